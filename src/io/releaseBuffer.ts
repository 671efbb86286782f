// Large buffers let go of at once. A worker that holds a large heap may run no full garbage
// collection for minutes, and a buffer of hundreds of MB it no longer uses (the site's data file
// just read, a serialized file just written) would stay in memory all that time: a 100,000-article
// build's page workers each kept their 780 MB file so. Its memory is handed instead to a message
// that is never delivered (both ports are closed), which frees it as soon as the ports are.
import { MessageChannel } from "node:worker_threads";

/** Buffers smaller than this are left to the collector (and Node's shared pool of small buffers is never touched). */
const WORTH_RELEASING_BYTES = 1024 ** 2;

const pending = new Set<Promise<void>>();

/**
 * Frees the memory of `bytes` (the whole ArrayBuffer it is part of, which must be the caller's own:
 * read from a file or made by `v8.serialize`), leaving it empty. The memory is freed once the
 * returned promise resolves; {@link buffersReleased} waits for every release under way.
 */
export function releaseBuffer(bytes: Uint8Array): Promise<void> {
  const whole = bytes.buffer;
  if (!(whole instanceof ArrayBuffer) || whole.byteLength < WORTH_RELEASING_BYTES) return Promise.resolve();
  const { port1, port2 } = new MessageChannel();
  const released = new Promise<void>((resolve) => port1.once("close", () => resolve()));
  port1.postMessage(whole, [whole]);
  port1.close();
  port2.close();
  pending.add(released);
  void released.then(() => pending.delete(released));
  return released;
}

/** Resolves once every release under way has freed its memory. */
export async function buffersReleased(): Promise<void> {
  await Promise.all([...pending]);
}
