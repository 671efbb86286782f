// Summaries of V8 CPU profiles (`node --cpu-prof`): self time by function and by package, and the
// inclusive time of named functions (everything they and their callees ran).
import { readFileSync } from "node:fs";
import path from "node:path";

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

/** The parts of a `.cpuprofile` file read here. */
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** A function's share of the samples. */
export interface FunctionTime {
  functionName: string;
  /** Source file, relative to the project when inside it. */
  file: string;
  /** 1-based line. */
  line: number;
  /** The package or kind of code it belongs to. */
  category: string;
  ms: number;
}

/** What one or more profiles say. */
export interface ProfileSummary {
  /** Sampled time, milliseconds (idle included). */
  totalMs: number;
  /** Functions by self time, most first. */
  self: FunctionTime[];
  /** Self time by package or kind of code, most first. */
  categories: { category: string; ms: number }[];
  /** Inclusive time of the functions asked for by name (counted once per sample, however deep the recursion). */
  inclusive: { functionName: string; ms: number }[];
}

/** Native functions behind node:fs: time spent in them is file system work (mostly writing the site). */
const FS_NATIVES = new Set([
  "mkdir",
  "open",
  "openFileHandle",
  "close",
  "stat",
  "lstat",
  "fstat",
  "readdir",
  "read",
  "readFileUtf8",
  "writeBuffer",
  "writeBuffers",
  "writeString",
  "writeUtf8String",
  "writeFileUtf8",
  "rename",
  "unlink",
  "rmdir",
  "copyFile",
]);

/** Which package (or kind of code) a script belongs to. */
export function categoryOf(url: string, functionName: string, root: string): string {
  if (url === "") {
    if (functionName.startsWith("(")) return functionName;
    return FS_NATIVES.has(functionName) ? "fs natives (file system calls)" : "V8 builtins";
  }
  if (url.startsWith("node:")) return "node internals";
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/u.exec(url);
  if (modules?.[1]) return modules[1];
  const file = url.replace(/^file:\/\//u, "");
  const bundled = /\/dist\/(?:\.prerender\/)?((?:pages|chunks)\/[^?]+)/u.exec(file);
  if (bundled?.[1]) return `site bundle: ${bundled[1].replace(/_[\w-]{8}\.mjs$/u, ".mjs")}`;
  if (file.startsWith(path.join(root, "src"))) return "src/ (ours, unbundled)";
  return "other";
}

/** Summarises CPU profile files, merged. `watch` names functions whose inclusive time is wanted. */
export function summariseProfiles(files: readonly string[], root: string, watch: readonly string[]): ProfileSummary {
  const self = new Map<string, FunctionTime>();
  const categories = new Map<string, number>();
  const inclusive = new Map<string, number>(watch.map((name) => [name, 0]));
  const watched = new Set(watch);
  let totalMs = 0;
  for (const file of files) {
    const profile = JSON.parse(readFileSync(file, "utf8")) as CpuProfile;
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    const parent = new Map<number, number>();
    for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
    const watchedAbove = new Map<number, string[]>();
    const namesAbove = (id: number): string[] => {
      const known = watchedAbove.get(id);
      if (known) return known;
      const up = parent.get(id);
      const name = byId.get(id)?.callFrame.functionName ?? "";
      const own = up === undefined ? [] : namesAbove(up);
      const names = watched.has(name) && !own.includes(name) ? [...own, name] : own;
      watchedAbove.set(id, names);
      return names;
    };
    profile.samples.forEach((id, i) => {
      const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
      totalMs += ms;
      const frame = byId.get(id)?.callFrame;
      if (!frame) return;
      const category = categoryOf(frame.url, frame.functionName, root);
      const relative = frame.url
        .replace(/^file:\/\//u, "")
        .replace(`${root}/`, "")
        .replace(/\?.*$/u, "");
      const key = `${frame.functionName}\0${relative}\0${frame.lineNumber}`;
      const entry = self.get(key) ?? {
        functionName: frame.functionName || "(anonymous)",
        file: relative,
        line: frame.lineNumber + 1,
        category,
        ms: 0,
      };
      entry.ms += ms;
      self.set(key, entry);
      categories.set(category, (categories.get(category) ?? 0) + ms);
      for (const name of namesAbove(id)) inclusive.set(name, (inclusive.get(name) ?? 0) + ms);
    });
  }
  return {
    totalMs,
    self: [...self.values()].sort((a, b) => b.ms - a.ms),
    categories: [...categories].map(([category, ms]) => ({ category, ms })).sort((a, b) => b.ms - a.ms),
    inclusive: [...inclusive].map(([functionName, ms]) => ({ functionName, ms })),
  };
}

/** A span of a profiled process's life, in seconds since it started. */
export interface Span {
  phase: string;
  from: number;
  to: number;
}

/** One span's sampled time and its self time by package or kind of code, most first. */
export interface SpanSplit {
  phase: string;
  ms: number;
  categories: { category: string; ms: number }[];
  /** Its functions by self time, most first (`name file:line`). */
  functions: { name: string; ms: number }[];
}

/** Splits one profile's samples over spans of the process's life (a sample after the last span counts in it). */
export function splitBySpan(file: string, root: string, spans: readonly Span[]): SpanSplit[] {
  const profile = JSON.parse(readFileSync(file, "utf8")) as CpuProfile & { startTime: number };
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const splits = spans.map((span) => ({
    span,
    ms: 0,
    categories: new Map<string, number>(),
    functions: new Map<string, number>(),
  }));
  let micros = profile.startTime;
  profile.samples.forEach((id, i) => {
    micros += profile.timeDeltas[i] ?? 0;
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const at = (micros - profile.startTime) / 1e6;
    const split = splits.find((s) => at >= s.span.from && at < s.span.to) ?? splits.at(-1);
    const frame = byId.get(id)?.callFrame;
    if (!split || !frame) return;
    const category = categoryOf(frame.url, frame.functionName, root);
    split.ms += ms;
    split.categories.set(category, (split.categories.get(category) ?? 0) + ms);
    const file = frame.url
      .replace(/^file:\/\//u, "")
      .replace(`${root}/`, "")
      .replace(/\?.*$/u, "");
    const name = `${frame.functionName || "(anonymous)"} ${file}:${frame.lineNumber + 1}`;
    split.functions.set(name, (split.functions.get(name) ?? 0) + ms);
  });
  const sorted = (map: Map<string, number>): [string, number][] => [...map].sort((a, b) => b[1] - a[1]);
  return splits.map(({ span, ms, categories, functions }) => ({
    phase: span.phase,
    ms,
    categories: sorted(categories).map(([category, t]) => ({ category, ms: t })),
    functions: sorted(functions)
      .slice(0, 30)
      .map(([name, t]) => ({ name, ms: t })),
  }));
}
