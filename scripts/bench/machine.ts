// The machine a benchmark ran on, so its figures can be compared honestly.
import { availableParallelism, totalmem, type, release, arch } from 'node:os';
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

export interface Machine {
  cpu: string;
  /** What `nproc` says: CPUs this process may use. */
  cores: number;
  memoryBytes: number;
  /** The Mem: line of `free -h`, when available. */
  free: string | undefined;
  node: string;
  os: string;
  browser?: string;
}

export function machine(): Machine {
  let cpu = 'unknown';
  try {
    cpu = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? cpu;
  } catch {
    // not Linux
  }
  let free: string | undefined;
  try {
    free = execFileSync('free', ['-h'], { encoding: 'utf8' })
      .split('\n')
      .find((l) => l.startsWith('Mem:'))
      ?.replace(/\s+/g, ' ')
      .trim();
  } catch {
    free = undefined;
  }
  return {
    cpu,
    cores: availableParallelism(),
    memoryBytes: totalmem(),
    free,
    node: process.version,
    os: `${type()} ${release()} ${arch()}`,
  };
}
