// The hand-off summary, "What you've tried", shown when a troubleshooter hands the reader over to Client Services:
// made only from the session's path (each step and the option chosen there), never from anything the reader typed.
// Pure: the labels come from whoever calls it (the page's own headings and option texts in the browser, the string
// files in the tests), so the same lines can be built in any language.
import type { PathStep } from './wizard-location.ts';

/** Where the summary reads the words the reader saw. */
export interface SummaryLabels {
  /** A step's title, as its heading shows it. */
  title(step: string): string;
  /** The label of the option that sends this event from this step. */
  option(step: string, event: string): string;
}

/** One step the reader went through: the question or instruction, and what they answered or reported. */
export interface SummaryLine {
  step: string;
  question: string;
  answer: string;
}

/** One line per step the reader passed, with the option chosen there, in the order taken; the last step has none. */
export function summaryLines(path: readonly PathStep[], labels: SummaryLabels): SummaryLine[] {
  return path.flatMap(({ step, event }) =>
    event === undefined ? [] : [{ step, question: labels.title(step), answer: labels.option(step, event) }],
  );
}

/** One summary line as plain text. */
export function lineText({ question, answer }: SummaryLine): string {
  return `${question} — ${answer}`;
}

/** The whole summary as plain text, to copy: a heading, the numbered lines, and where the troubleshooter ended. */
export function summaryText(heading: string, lines: readonly SummaryLine[], ended: string): string {
  return [heading, ...lines.map((line, i) => `${i + 1}. ${lineText(line)}`), ended].join('\n');
}
