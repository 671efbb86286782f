/** What to tell an editor about a filesystem error, by its code: the cause in words, and the fix. */
const ADVICE: Record<string, string> = {
  ENOSPC:
    "the disk is full: free some space (or set ARCHIVE_OUT_DIR / ARCHIVE_CACHE_DIR to a disk with room) and build again",
  EDQUOT: "the disk quota is used up: free some space and build again",
  EACCES: "permission denied: make the folder writable by the user running the build, or build elsewhere",
  EPERM: "the operation is not permitted: make the folder writable by the user running the build, or build elsewhere",
  EROFS: "the filesystem is read-only: build onto a writable disk (ARCHIVE_OUT_DIR, ARCHIVE_CACHE_DIR)",
  EMFILE: "too many open files: raise the limit (ulimit -n) and build again",
  ENOTDIR: "a part of the path is a file, not a folder: point the setting at a folder",
};

/**
 * One line describing a filesystem error (a full disk, no permission) with its fix, or undefined
 * for any other error (a bug, whose stack trace is worth printing).
 */
export function describeFsError(error: unknown): string | undefined {
  const { code, path, syscall, message } = (error ?? {}) as NodeJS.ErrnoException;
  if (code && ADVICE[code])
    return `${syscall ?? "a file operation"} failed on ${path ?? "a file"} (${code}): ${ADVICE[code]}`;
  // An error that crossed from a worker thread keeps only its message: `ENOSPC: no space left on device, write`.
  const fromMessage = /^(E[A-Z]+): ([^,]*)(?:, (.*))?$/u.exec(message ?? "");
  const advice = fromMessage?.[1] ? ADVICE[fromMessage[1]] : undefined;
  if (!fromMessage || !advice) return undefined;
  return `${fromMessage[3] ?? "a file operation"} failed (${fromMessage[1]}: ${fromMessage[2]}): ${advice}`;
}
