// How much of a script actually ran, from V8's block coverage (what Chromium's Profiler reports):
// ranges nest, and the innermost range that covers a character decides whether it ran.

export interface CoverageRange {
  startOffset: number;
  endOffset: number;
  count: number;
}

export interface ScriptCoverage {
  /** Length of the script source in characters. */
  length: number;
  functions: readonly { ranges: readonly CoverageRange[] }[];
}

/** Characters of the script that executed at least once. */
export function executedLength(script: ScriptCoverage): number {
  const counts = new Int32Array(script.length);
  // Outer ranges first, so nested (more specific) ranges overwrite them.
  const ranges = script.functions
    .flatMap((f) => f.ranges)
    .sort((a, b) => a.startOffset - b.startOffset || b.endOffset - a.endOffset);
  for (const range of ranges)
    counts.fill(range.count, Math.max(0, range.startOffset), Math.min(script.length, range.endOffset));
  let executed = 0;
  for (const count of counts) if (count > 0) executed += 1;
  return executed;
}
