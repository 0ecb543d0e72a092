/** Step 6a: the action of a statement (seized, surrendered, destroyed, ...). */
import { findActions } from '../categories.ts';
import type { TermMatch } from '../categories.ts';
import type { Draft } from './types.ts';

/** The action of a statement: the first action word before its second count, else the first anywhere. Offsets in the unit text. */
export function pickAction(text: string, draft: Pick<Draft, 'start' | 'end' | 'counts'>): TermMatch | null {
  const region = text.slice(draft.start, draft.end);
  const actions = findActions(region);
  const secondCount = draft.counts[1]?.start ?? draft.end;
  const head = actions.find((a) => draft.start + a.index < secondCount);
  const chosen = head ?? actions[0];
  return chosen ? { ...chosen, index: draft.start + chosen.index, end: draft.start + chosen.end } : null;
}
