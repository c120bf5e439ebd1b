// File changes decided in full before any is made, so `--mark` and `--import` write everything they
// decided or, when something is wrong, nothing at all. Reads see the planned state.
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmdirSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname } from 'node:path';

export class ContentWrites {
  private readonly planned = new Map<string, string | null>();

  /** The file as it will be: planned text, or the file on disk; undefined when it does not (or will not) exist. */
  read(path: string): string | undefined {
    const planned = this.planned.get(path);
    if (planned !== undefined) return planned ?? undefined;
    return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  }

  write(path: string, text: string): void {
    this.planned.set(path, text);
  }

  remove(path: string): void {
    this.planned.set(path, null);
  }

  /** Makes the planned changes; returns the files whose bytes changed (a file planned with its own text is left alone). */
  apply(): string[] {
    const changed: string[] = [];
    for (const [path, text] of this.planned) {
      const current = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
      if (text === null) {
        if (current === undefined) continue;
        unlinkSync(path);
        if (readdirSync(dirname(path)).length === 0) rmdirSync(dirname(path));
      } else {
        if (current === text) continue;
        mkdirSync(dirname(path), { recursive: true });
        // A temporary file renamed into place: an interrupted run never leaves half a file.
        const temporary = `${path}.${process.pid}.tmp`;
        writeFileSync(temporary, text);
        renameSync(temporary, path);
      }
      changed.push(path);
    }
    this.planned.clear();
    return changed;
  }
}
