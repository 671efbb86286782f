// Large buffers let go of at once. A worker that holds a large heap may run no full garbage
// collection for minutes, and a buffer of hundreds of MB it no longer uses (the site's data file
// just read, a serialized file just written) would stay in memory all that time: a 100,000-article
// build's page workers each kept their 780 MB file so. Its memory is handed instead to a message
// that is never delivered (both ports are closed), which frees it as soon as the ports are.
import { DefaultDeserializer } from "node:v8";
import { MessageChannel } from "node:worker_threads";

/** Buffers smaller than this are left to the collector (and Node's shared pool of small buffers is never touched). */
const WORTH_RELEASING_BYTES = 1024 ** 2;

const pending = new Set<Promise<void>>();

/**
 * Frees the memory of `bytes` (the whole ArrayBuffer it is part of, which must be the caller's own:
 * read from a file or made by `v8.serialize`, and never deserialized by `v8.deserialize`, whose
 * typed arrays are views into it: see {@link deserializeOwn}), leaving it empty. The memory is freed once the
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

/** Node's deserializer, but a typed array or Buffer in the value is a copy, never a view into the bytes read. */
class OwningDeserializer extends DefaultDeserializer {
  // Not in Node's typings, but what `readValue` calls for each typed array (node/lib/v8.js).
  _readHostObject(): unknown {
    // Node's own method returns a view into the bytes being read whenever the offset is aligned.
    const view = (DefaultDeserializer.prototype as unknown as { _readHostObject(): unknown })._readHostObject.call(
      this,
    ) as ArrayBufferView;
    if (Buffer.isBuffer(view)) return Buffer.from(view);
    if (view instanceof DataView)
      return new DataView(view.buffer.slice(view.byteOffset, view.byteOffset + view.byteLength));
    const TypedArray = view.constructor as new (source: ArrayBufferView) => ArrayBufferView;
    return new TypedArray(view);
  }
}

/**
 * `v8.deserialize`, except that the value holds nothing of `bytes` (its typed arrays are copies), so
 * that `bytes` may be released ({@link releaseBuffer}) while the value lives on.
 */
export function deserializeOwn(bytes: Uint8Array): unknown {
  const deserializer = new OwningDeserializer(bytes);
  deserializer.readHeader();
  return deserializer.readValue();
}
