// The components an MDX body uses, counted, so a translation that dropped a <Kb id="3396" />,
// a <WizardLink>, a figure or a callout can be named before readers miss it.
import { withoutCode } from './mdx-text.ts';

/**
 * One label per opening or self-closing component tag, in order: `<Kb id="3396" />`,
 * `<WizardLink id="sms-code" />`, `<Callout>`. The id is part of the label because it is what
 * the link points to; other attributes (captions, kinds) may be legitimately adapted.
 */
export function componentReferences(body: string): string[] {
  const labels: string[] = [];
  for (const match of withoutCode(body).matchAll(/<([A-Z][\w.]*)\b((?:[^>"']|"[^"]*"|'[^']*')*)>/g)) {
    const [, name = '', attributes = ''] = match;
    const id = /\bid=(?:"([^"]*)"|'([^']*)')/.exec(attributes);
    labels.push(id ? `<${name} id="${id[1] ?? id[2]}" />` : `<${name}>`);
  }
  return labels;
}

/** References the source has more often than the translation, once per missing use, in source order. */
export function lostReferences(sourceBody: string, translationBody: string): string[] {
  const remaining = new Map<string, number>();
  for (const label of componentReferences(translationBody)) remaining.set(label, (remaining.get(label) ?? 0) + 1);
  const lost: string[] = [];
  for (const label of componentReferences(sourceBody)) {
    const left = remaining.get(label) ?? 0;
    if (left > 0) remaining.set(label, left - 1);
    else lost.push(label);
  }
  return lost;
}
