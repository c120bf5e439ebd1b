// An article body cut at its "## " headings: the unit the English diff and the XLIFF export work in.
// The cut is lossless (joining the sections gives the body back byte for byte), and a "## " inside a
// fenced code block is not a heading.

export interface Section {
  /** The heading text without "## ", or null for the lead before the first heading. */
  heading: string | null;
  /** The section as written, heading line included, up to the next heading. */
  text: string;
}

const fence = /^(```|~~~)/;

/** The lead (possibly empty) and one section per level-2 heading, in order. */
export function splitSections(body: string): Section[] {
  const sections: Section[] = [{ heading: null, text: '' }];
  let open: string | null = null;
  for (const line of body.split(/(?<=\n)/)) {
    const marker = fence.exec(line)?.[1];
    if (marker && (open === null || open === marker)) open = open === null ? marker : null;
    const heading = open === null && !marker ? /^## +(.*?)\s*$/.exec(line) : null;
    if (heading) sections.push({ heading: heading[1] ?? '', text: line });
    else sections[sections.length - 1]!.text += line;
  }
  return sections;
}
