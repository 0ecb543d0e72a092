/** Step 6b: whose figure a statement is: the document's country's, or several States', a region's, the world's. */
import { AGGREGATE_SCOPE, CONTINUATION } from './compile.ts';
import type { Draft, Range } from './types.ts';

/**
 * The words that make a statement's figure an aggregate of several States, a region or the world ("58 States have
 * destroyed 1,300,000 weapons", "1,200,000 firearms were destroyed worldwide", "les États de la région ont saisi
 * 40 000 armes"), or null when its clause names none. Looked for from the clause's start to where the next clause of
 * the sentence starts (`until`), so that words after the counts ("... destroyed worldwide in 2019") count and a
 * neighbouring clause's do not. A national report quotes such figures beside its own; they are never its country's.
 */
export function aggregateScope(text: string, draft: Pick<Draft, 'start' | 'end'>, until: number | null): string | null {
  const end = Math.max(draft.end, until ?? draft.end);
  return AGGREGATE_SCOPE.exec(text.slice(draft.start, end))?.[0] ?? null;
}

/**
 * The aggregate words of the sentence before, when the statement's sentence refers back to it ("In 2024, 91 States
 * submitted reports. Of these, 58 reported the destruction of ... more than 1.3 million weapons."): "of these" counts
 * the States the sentence before names, so the figure is theirs. Null when the sentence opens otherwise.
 */
export function referredAggregateScope(text: string, sentence: Range, before: Range | undefined): string | null {
  if (before === undefined || !CONTINUATION.test(text.slice(sentence.start, sentence.end).trimStart())) return null;
  return AGGREGATE_SCOPE.exec(text.slice(before.start, before.end))?.[0] ?? null;
}
