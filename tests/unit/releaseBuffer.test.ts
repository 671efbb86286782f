// A large buffer let go of at once (src/io/releaseBuffer.ts): its memory is freed without waiting
// for a full garbage collection, and a small one (perhaps a slice of Node's shared pool) is left be.
import { readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { serialize, deserialize } from "node:v8";
import { describe, expect, test } from "vitest";
import { buffersReleased, deserializeOwn, releaseBuffer } from "../../src/io/releaseBuffer.ts";

const MB = 1024 ** 2;

describe("releasing a buffer", () => {
  test("a 64 MB file's bytes are freed once the promise resolves, with no collection run", async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "press-archive-release-")), "big.bin");
    writeFileSync(file, Buffer.alloc(64 * MB, 0x41));
    const bytes = readFileSync(file);
    const before = process.memoryUsage().arrayBuffers;
    expect(bytes.length).toBe(64 * MB);
    await releaseBuffer(bytes);
    expect(bytes.length).toBe(0);
    expect(before - process.memoryUsage().arrayBuffers).toBeGreaterThanOrEqual(60 * MB);
  });

  test("what was read from the bytes stays whole: a value deserialized from them, with Hangul", async () => {
    const value = { title: "광주광역시장 시정 혁신", list: Array.from({ length: 200_000 }, (_, i) => `발언 ${i}`) };
    const bytes = serialize(value);
    expect(bytes.length).toBeGreaterThan(MB);
    const read = deserialize(bytes) as typeof value;
    await releaseBuffer(bytes);
    expect(bytes.length).toBe(0);
    expect(read).toEqual(value);
  });

  test("a small buffer, and the others sharing Node's pool with it, are left untouched", async () => {
    const small = Buffer.from("시정");
    const neighbour = Buffer.from("혁신");
    await releaseBuffer(small);
    await buffersReleased();
    expect(small.toString()).toBe("시정");
    expect(neighbour.toString()).toBe("혁신");
  });

  test("buffersReleased waits for every release under way", async () => {
    const buffers = [serialize("가".repeat(MB)), serialize("나".repeat(MB))];
    for (const bytes of buffers) void releaseBuffer(bytes);
    await buffersReleased();
    expect(buffers.map((bytes) => bytes.length)).toEqual([0, 0]);
  });

  test("typed arrays and Buffers read with deserializeOwn are copies: they outlive the released bytes", async () => {
    const spans = Int32Array.from({ length: 600_000 }, (_, i) => i - 1);
    const value = { spans, raw: Buffer.from("발언의 자리"), label: "광주" };
    const bytes = serialize(value);
    const read = deserializeOwn(bytes) as typeof value;
    await releaseBuffer(bytes);
    expect(bytes.length).toBe(0);
    expect(read.spans).toEqual(spans);
    expect(read.raw.toString()).toBe("발언의 자리");
    expect(read.label).toBe("광주");
  });
});
