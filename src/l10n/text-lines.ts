// Line numbers for findings, so the report can say "file, line 12": in plain text by offset, and in a
// string file by key.

/** The 1-based line of an offset in a text. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * The line of every string value in a JSON file of nested objects, by dotted key ("article.helpful.yes"):
 * a small scanner, since JSON.parse keeps no positions. Read only when there is a finding to place.
 */
export function jsonKeyLines(json: string): Map<string, number> {
  const lines = new Map<string, number>();
  const path: string[] = [];
  let pendingKey: string | undefined;
  let keyLine = 1;
  let line = 1;
  for (let i = 0; i < json.length; i++) {
    const c = json[i];
    if (c === '\n') line++;
    else if (c === '{') {
      if (pendingKey !== undefined) path.push(pendingKey);
      pendingKey = undefined;
    } else if (c === '}') path.pop();
    else if (c === '"') {
      let j = i + 1;
      while (j < json.length && json[j] !== '"') j += json[j] === '\\' ? 2 : 1;
      const value = JSON.parse(json.slice(i, j + 1)) as string;
      i = j;
      let k = j + 1;
      while (k < json.length && /\s/.test(json[k]!)) k++;
      if (json[k] === ':') {
        pendingKey = value;
        keyLine = line;
      } else if (pendingKey !== undefined) {
        lines.set([...path, pendingKey].join('.'), keyLine);
        pendingKey = undefined;
      }
    }
  }
  return lines;
}
