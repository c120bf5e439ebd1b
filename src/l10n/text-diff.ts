// A word diff of two texts (a longest common subsequence of words, spaces and punctuation), and the
// same diff cut into the lines that changed: what `npm run l10n -- --diff` prints and the status page shows.

export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

const tokenPattern = /\s+|[\p{L}\p{N}_]+|[^\s\p{L}\p{N}_]/gu;
/** Above this many cells the table costs more than it is worth: the middle is shown as replaced. */
const maxCells = 4_000_000;

function push(parts: DiffPart[], kind: DiffPart['kind'], text: string): void {
  if (!text) return;
  const last = parts[parts.length - 1];
  if (last?.kind === kind) last.text += text;
  else parts.push({ kind, text });
}

/** The parts of `after` that are new, the parts of `before` that are gone, and what both share, in order. */
export function wordDiff(before: string, after: string): DiffPart[] {
  const a = before.match(tokenPattern) ?? [];
  const b = after.match(tokenPattern) ?? [];
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const parts: DiffPart[] = [];
  push(parts, 'same', a.slice(0, start).join(''));
  const n = endA - start;
  const m = endB - start;
  if (n * m > maxCells) {
    push(parts, 'removed', a.slice(start, endA).join(''));
    push(parts, 'added', b.slice(start, endB).join(''));
  } else {
    // lcs[i * (m + 1) + j]: length of the common subsequence of a[start + i..endA) and b[start + j..endB).
    const lcs = new Uint32Array((n + 1) * (m + 1));
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        lcs[i * (m + 1) + j] =
          a[start + i] === b[start + j]
            ? lcs[(i + 1) * (m + 1) + j + 1]! + 1
            : Math.max(lcs[(i + 1) * (m + 1) + j]!, lcs[i * (m + 1) + j + 1]!);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a[start + i] === b[start + j]) {
        push(parts, 'same', a[start + i]!);
        i++;
        j++;
      } else if (i < n && (j === m || lcs[(i + 1) * (m + 1) + j]! >= lcs[i * (m + 1) + j + 1]!)) {
        // Removed words before the added ones that replace them: [-old-]{+new+}.
        push(parts, 'removed', a[start + i]!);
        i++;
      } else {
        push(parts, 'added', b[start + j]!);
        j++;
      }
    }
  }
  push(parts, 'same', a.slice(endA).join(''));
  return parts;
}

/**
 * The diff cut at line breaks (of either text), keeping only the lines where words were added or removed.
 * Each line is its list of parts, without the newline.
 */
export function changedLines(parts: readonly DiffPart[]): DiffPart[][] {
  const lines: DiffPart[][] = [[]];
  for (const part of parts) {
    part.text.split('\n').forEach((piece, index) => {
      if (index > 0) lines.push([]);
      if (piece) lines[lines.length - 1]!.push({ kind: part.kind, text: piece });
    });
  }
  return lines.filter((line) => line.some((p) => p.kind !== 'same' && p.text.trim() !== ''));
}

/** A diff line as text, git's --word-diff=plain style: [-removed-]{+added+}. */
export function plainDiffLine(line: readonly DiffPart[]): string {
  return line
    .map((p) => (p.kind === 'same' ? p.text : p.kind === 'added' ? `{+${p.text}+}` : `[-${p.text}-]`))
    .join('');
}
