// What the practice card's display shows for a machine snapshot, as the page's card binder draws it.
import { displayStateOf, displayText, type CardSnapshotLike } from '../../src/machines/card-display.ts';

export function cardDisplayText(snapshot: CardSnapshotLike): string {
  return displayText(displayStateOf(snapshot));
}
