/** Small measurement helpers shared by the benchmarks. */

/** CPU time (user + system) of this process so far, in milliseconds. */
export function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** Wall-clock milliseconds since `start` (from `process.hrtime.bigint()`). */
export function wallMsSince(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Median of a non-empty list. */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of nothing');
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** `+6.1%` style, from a ratio (1.061). */
export function pct(ratio: number): string {
  const p = (ratio - 1) * 100;
  return `${p >= 0 ? '+' : ''}${p.toFixed(1)}%`;
}

export function fixed(n: number, digits = 0): string {
  return n.toFixed(digits);
}
