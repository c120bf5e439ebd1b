// An article body as translation segments: one per "## " section when the translation has the same
// sections as the English (the usual case), or the whole body as one segment when it does not. Each
// segment's text is trimmed; the spacing around it stays in the file, so rebuilding a body from
// unchanged segments gives it back byte for byte.
import { splitSections } from './article-sections.ts';

export interface Segment {
  /** "s0" (the lead), "s1" ... per section, or "body". */
  id: string;
  /** The English heading, null for the lead and for a whole body. */
  heading: string | null;
  english: string;
  /** The translation's text of this segment, when there is a translation. */
  translation?: string;
}

export interface Segmentation {
  segments: Segment[];
  /** The translated body with the given segment texts; segments not given keep their current text. */
  rebuild(texts: ReadonlyMap<string, string>): string;
}

/** The text and the spacing around it: [before, text, after]. */
function unwrap(text: string): [string, string, string] {
  const start = text.length - text.trimStart().length;
  const core = text.trim();
  return [text.slice(0, start), core, text.slice(start + core.length)];
}

export function segmentBody(englishBody: string, translationBody: string | undefined): Segmentation {
  const english = splitSections(englishBody);
  const translation = translationBody === undefined ? undefined : splitSections(translationBody);
  const emptyLead = (sections: { text: string }[]) => sections[0]!.text.trim() === '';
  const aligned =
    !translation || (translation.length === english.length && emptyLead(translation) === emptyLead(english));
  if (!aligned) {
    const [before, , after] = unwrap(translationBody!);
    return {
      segments: [{ id: 'body', heading: null, english: englishBody.trim(), translation: translationBody!.trim() }],
      rebuild: (texts) => (texts.has('body') ? `${before}${texts.get('body')}${after}` : translationBody!),
    };
  }
  // A missing translation is built on the English file's spacing.
  const base = translation ?? english;
  const segments = english
    .map((s, i): Segment => ({
      id: `s${i}`,
      heading: s.heading,
      english: s.text.trim(),
      ...(translation ? { translation: translation[i]!.text.trim() } : {}),
    }))
    .filter((s) => s.english !== '');
  return {
    segments,
    rebuild: (texts) =>
      base
        .map((section, i) => {
          const text = texts.get(`s${i}`);
          if (text === undefined) return section.text;
          const [before, , after] = unwrap(section.text);
          return `${before}${text}${after}`;
        })
        .join(''),
  };
}
