// The hand-over part of <slh-wizard>, loaded only when a reader reaches a hand-over to Client Services: fills "What
// you've tried" from the session's path, in the page's language and, on a translated page, in English too (from the
// data-en labels the build wrote beside each heading and option), and copies it as plain text. Nothing is sent or
// stored: the text lives in the page, and on the clipboard only when the reader asks for it.
import { summaryLines, summaryText, type SummaryLabels } from '../wizards/handover-summary.ts';
import type { PathStep } from '../wizards/wizard-location.ts';

const copies = new WeakMap<HTMLElement, string>();

/** The words the reader saw (or, in English, their data-en twin) for each step and option on this page. */
function pageLabels(root: HTMLElement, english: boolean): SummaryLabels {
  const read = (element: HTMLElement | null | undefined): string =>
    (english ? element?.dataset['en'] : undefined) ?? element?.textContent?.trim() ?? '';
  const section = (step: string) => root.querySelector(`section[data-step="${CSS.escape(step)}"]`);
  return {
    title: (step) => read(section(step)?.querySelector('h2')),
    option: (step, event) => read(section(step)?.querySelector(`a[data-event="${CSS.escape(event)}"]`)),
  };
}

/** Writes one language's summary into its block (its <ol> and ended line) and returns it as plain text. */
function fill(block: HTMLElement, path: readonly PathStep[], labels: SummaryLabels): string {
  const lines = summaryLines(path, labels);
  const ended = (block.dataset['ended'] ?? '').replace('{{title}}', labels.title(path.at(-1)?.step ?? ''));
  block.querySelector('ol')?.replaceChildren(
    ...lines.map(({ question, answer }) => {
      const item = document.createElement('li');
      const chosen = document.createElement('strong');
      chosen.textContent = answer;
      item.append(`${question} — `, chosen);
      return item;
    }),
  );
  const endLine = block.querySelector('[data-ended-line]');
  if (endLine) endLine.textContent = ended;
  return summaryText(block.dataset['heading'] ?? '', lines, ended);
}

/** Shows the summary of this path under the hand-over; hidden when there is nothing to sum up (a bookmarked end). */
export function showSummary(root: HTMLElement, path: readonly PathStep[]): void {
  const summary = root.querySelector<HTMLElement>('[data-summary]');
  if (!summary) return;
  const english = summary.querySelector<HTMLElement>('[data-summary-en]');
  const own = fill(summary, path, pageLabels(root, false));
  copies.set(root, english ? `${own}\n\n${fill(english, path, pageLabels(root, true))}` : own);
  summary.hidden = path.length < 2;
  const status = summary.querySelector('[data-copy-status]');
  if (status) status.textContent = '';
}

/** Copies the summary as plain text and says whether it worked in the live region beside the button. */
export async function copySummary(root: HTMLElement): Promise<void> {
  const summary = root.querySelector<HTMLElement>('[data-summary]');
  const status = summary?.querySelector('[data-copy-status]');
  let result: string | undefined;
  if (status) status.textContent = ''; // A second copy is announced again.
  try {
    await navigator.clipboard.writeText(copies.get(root) ?? '');
    result = summary?.dataset['copied'];
  } catch {
    result = summary?.dataset['copyFailed'];
  }
  if (status) status.textContent = result ?? '';
}
