// The benchmark's figures as one table with the targets next to them, PASS/FAIL per line.
import type { BuildLogSummary } from "./buildLog.ts";

/** One line of the table. */
export interface Line {
  /** What was measured. */
  label: string;
  /** The figure, formatted. */
  value: string;
  /** The target, or "" for a figure given for information. */
  target: string;
  /** PASS/FAIL against the target; null when there is none. */
  pass: boolean | null;
}

/** A line with a target. */
export function checked(label: string, value: string, target: string, pass: boolean): Line {
  return { label, value, target, pass };
}

/** A line for information only. */
export function info(label: string, value: string): Line {
  return { label, value, target: "", pass: null };
}

/** Seconds, e.g. `12.3 s`. */
export const seconds = (s: number): string => `${s.toFixed(1)} s`;
/** Bytes as MB (MiB), e.g. `1840 MB`. */
export const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
/** Bytes as GB (GiB), e.g. `1.84 GB`. */
export const gigabytes = (bytes: number): string => `${(bytes / 1024 ** 3).toFixed(2)} GB`;
/** Bytes as KB (KiB), e.g. `14.1 KB`. */
export const kilobytes = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
/** Milliseconds, e.g. `4.2 ms`. */
export const millis = (ms: number): string => `${ms.toFixed(1)} ms`;

/** The table as text: one line per figure, columns aligned. */
export function formatTable(lines: readonly Line[]): string {
  const rows = [
    ["measure", "value", "target", "result"],
    ...lines.map((l) => [l.label, l.value, l.target, l.pass === null ? "" : l.pass ? "PASS" : "FAIL"]),
  ];
  const widths = [0, 1, 2, 3].map((c) => Math.max(...rows.map((r) => [...(r[c] ?? "")].length)));
  const pad = (text: string, width: number): string => text + " ".repeat(Math.max(0, width - [...text].length));
  const out = rows.map((r) =>
    r
      .map((cell, c) => pad(cell, widths[c] ?? 0))
      .join("  ")
      .trimEnd(),
  );
  out.splice(1, 0, widths.map((w) => "-".repeat(w)).join("  "));
  return `${out.join("\n")}\n`;
}

/** Where a build's time went, from its log, as text lines. */
export function formatSplit(title: string, summary: BuildLogSummary, wallSeconds: number): string {
  const { phases } = summary;
  const lines = [
    `${title} (wall ${seconds(wallSeconds)}; Astro's own total ${seconds(phases.total)})`,
    ...(summary.buildOk ? [`  ${summary.buildOk}`] : []),
    `  content sync (loader: read, parse, quotes, HTML)  ${seconds(phases.contentSync)}`,
    `  collect build info (sync + types)                 ${seconds(phases.collectBuildInfo)}`,
    `  vite: server entrypoints                          ${seconds(phases.staticEntrypoints)}`,
    `  vite: client scripts                              ${seconds(phases.client)}`,
    `  generating static routes                          ${seconds(phases.generate)}`,
    `  warnings logged                                   ${summary.warnings}`,
    "  routes by time (pages, sum of per-page times, wall incl. getStaticPaths):",
    ...[...summary.routes]
      .sort((a, b) => b.wallSeconds - a.wallSeconds || b.renderSeconds - a.renderSeconds)
      .filter((r) => r.wallSeconds >= 1 || r.renderSeconds >= 0.5)
      .map(
        (r) =>
          `    ${r.route.padEnd(40)} ${String(r.pages).padStart(6)} pages  ${seconds(r.renderSeconds).padStart(8)}  wall ${seconds(r.wallSeconds).padStart(8)}`,
      ),
  ];
  return `${lines.join("\n")}\n`;
}
