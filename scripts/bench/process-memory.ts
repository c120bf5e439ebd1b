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

function rssBytes(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Samples the tree under `pid` until stop() is called; stop() returns the peak total RSS in bytes (undefined off Linux). */
export function samplePeakMemory(pid: number, everyMs = 250): { stop: () => number | undefined } {
  if (!existsSync('/proc/self/status')) return { stop: () => undefined };
  let peak = 0;
  const sample = () => {
    peak = Math.max(peak, descendants(pid).reduce((total, p) => total + rssBytes(p), 0));
  };
  sample();
  const timer = setInterval(sample, everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      return peak;
    },
  };
}
