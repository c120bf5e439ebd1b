// How a wizard page's address and history name a step: the URL hash is the state id, and each history entry keeps
// the trail of steps that led there, so reload, Back and Forward resume the same place. Pure: the element passes in
// what it reads from `location` and `history`.

/** What the wizard keeps in each of its history entries. */
export interface WizardHistoryEntry {
  wizard: string;
  /** Step ids from where the reader started to the current step (the last one). */
  trail: string[];
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

/**
 * The trail a history entry holds, when the entry belongs to this wizard, ends at the step the address names and
 * lists only known steps; undefined otherwise (a bookmark, a typed hash, or an entry another script wrote).
 */
export function storedTrail(
  state: unknown,
  wizard: string,
  stepId: string,
  isKnown: (id: string) => boolean,
): string[] | undefined {
  if (typeof state !== 'object' || state === null) return undefined;
  const entry = state as Partial<WizardHistoryEntry>;
  if (entry.wizard !== wizard || !Array.isArray(entry.trail) || entry.trail.length === 0) return undefined;
  const trail: unknown[] = entry.trail;
  if (!trail.every((id): id is string => typeof id === 'string' && isKnown(id))) return undefined;
  return trail.at(-1) === stepId ? [...trail] : undefined;
}
