// Small statistics over measured samples.

/** The `q` quantile (0…1) of samples, nearest rank; 0 for no samples. */
export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return 0;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank] ?? 0;
}

/** The largest sample, 0 for none. */
export function maximum(samples: readonly number[]): number {
  return samples.reduce((a, b) => Math.max(a, b), 0);
}
