import { ContentError } from "../errors.ts";

/** What a content folder gave at one fingerprint: the value to show, and the content error if it failed. */
export interface LoadedContent<T> {
  /** The fingerprint of the content folder this was loaded at. */
  fingerprint: string;
  /** The last value loaded without a content error (or the empty one, when none has been yet). */
  value: T;
  /** The content error of the folder as it is now, if it has one. */
  error: ContentError | undefined;
  /** False while nothing has loaded without an error yet: `value` is then the empty one. */
  hasGoodContent: boolean;
}

/**
 * A loader for the dev server that keeps the last good content: `get(fingerprint)` loads again
 * when the fingerprint changed; a `ContentError` keeps the value of the last load that succeeded
 * (or `empty()` before any did) and is reported beside it. Any other error is thrown, and the next
 * call tries again.
 */
export function lastGoodContent<T>(load: () => T, empty: () => T): { get(fingerprint: string): LoadedContent<T> } {
  let current: LoadedContent<T> | undefined;
  let lastGood: T | undefined;
  return {
    get(fingerprint) {
      if (current?.fingerprint === fingerprint) return current;
      try {
        lastGood = load();
        current = { fingerprint, value: lastGood, error: undefined, hasGoodContent: true };
      } catch (error) {
        if (!(error instanceof ContentError)) throw error;
        const hasGoodContent = lastGood !== undefined;
        current = { fingerprint, value: lastGood ?? empty(), error, hasGoodContent };
      }
      return current;
    },
  };
}
