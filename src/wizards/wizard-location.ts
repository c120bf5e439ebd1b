// How a wizard page's address and history name a step: the URL hash is the state id, and each history entry keeps
// the path that led there, so reload, Back and Forward resume the same place. Pure: the session machine writes and
// checks the entries, the element reads `location` and `history` and writes what the session asks for.

/** One step of the path a reader took: the step, and the event of the option chosen there (none on the last). */
export interface PathStep {
  step: string;
  event?: string;
}

/** What the wizard keeps in each of its history entries. */
export interface WizardHistoryEntry {
  wizard: string;
  /** From where the reader started to the step this entry shows (the last one). */
  path: PathStep[];
}

/** The step id a URL hash names: without the '#', percent-decoded; '' when there is no hash. */
export function hashStepId(hash: string): string {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw; // A malformed escape is just an unknown id.
  }
}

/** The URL hash for a step id. */
export function stepHash(stepId: string): string {
  return `#${encodeURIComponent(stepId)}`;
}
