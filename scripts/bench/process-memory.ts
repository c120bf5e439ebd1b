// Peak memory of a process and everything it started, sampled from /proc (Linux). The build runs
// Node, esbuild/rolldown workers and Pagefind's native binary, so one process's RSS would undercount.
import { readFileSync, readdirSync, existsSync } from 'node:fs';

function descendants(pid: number): number[] {
  const out: number[] = [pid];
  const tasks = `/proc/${pid}/task`;
  if (!existsSync(tasks)) return out;
  for (const task of readdirSync(tasks)) {
    let children = '';
    try {
      children = readFileSync(`${tasks}/${task}/children`, 'utf8');
    } catch {
      continue; // the task ended while we looked
    }
    for (const child of children.split(/\s+/).filter(Boolean)) out.push(...descendants(Number(child)));
  }
  return out;
}

// VmHWM is each process's own high-water mark, so a peak between two samples still counts as long as
// the process is alive at the next one.
function rssBytes(pid: number): number {
  try {
    const match = /^VmHWM:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Fewer samples than this and the figure would mostly show a process that had only just started. */
const minimumSamples = 5;

/**
 * Samples the tree under `pid` until stop() is called; stop() returns the peak total RSS in bytes, or
 * undefined off Linux or when the process ended too soon to be sampled honestly.
 */
export function samplePeakMemory(pid: number, everyMs = 50): { stop: () => number | undefined } {
  if (!existsSync('/proc/self/status')) return { stop: () => undefined };
  let peak = 0;
  let samples = 0;
  const sample = () => {
    const total = descendants(pid).reduce((sum, p) => sum + rssBytes(p), 0);
    if (total > 0) samples += 1;
    peak = Math.max(peak, total);
  };
  sample();
  const timer = setInterval(sample, everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      return samples >= minimumSamples ? peak : undefined;
    },
  };
}
