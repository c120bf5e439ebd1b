// Summaries the benchmark reports: the median of repeated runs or pages, and the worst one.

/** The middle value (mean of the two middle values for an even count); NaN for no values. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The largest value; NaN for no values. */
export function max(values: readonly number[]): number {
  return values.length === 0 ? Number.NaN : Math.max(...values);
}

/** Sum of values. */
export function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
