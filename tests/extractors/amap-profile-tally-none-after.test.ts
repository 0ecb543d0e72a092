import { describe, expect, it } from 'vitest';
import { readTally } from '../../src/extractors/amap-profile/tallies.ts';
import type { Language } from '../../src/language/types.ts';

/**
 * A profile saying that no incident was recorded with the negated predicate AFTER the noun (`Cases of diversion have
 * not been recorded`, `Случаи утечки боеприпасов ... не зарегистрированы`) states a tally of 0, the words saying so
 * kept as the raw count (lexicon `tallyNoneAfter`). A few words of place may stand between; a clause or another
 * sentence between the noun and the negation is no such statement.
 */
describe('a tally of 0 said after its noun', () => {
  it.each<[string, 'explosions' | 'diversions', Language, string]>([
    ['Случаи утечки боеприпасов в открытых источниках не зарегистрированы.', 'diversions', 'ru', 'не зарегистрированы'],
    ['Случаи хищения боеприпасов не выявлены.', 'diversions', 'ru', 'не выявлены'],
    ['Cases of diversion have not been recorded.', 'diversions', 'en', 'have not been recorded'],
    ['Cases of diversion from national stockpiles in open sources have not been reported.', 'diversions', 'en', 'have not been reported'],
    ['Les cas de détournement n’ont pas été signalés.', 'diversions', 'fr', 'n’ont pas été signalés'],
    ['Casos de desvío de municiones no han sido registrados.', 'diversions', 'es', 'no han sido registrados'],
    ['Casos de desvio de munições não foram registados.', 'diversions', 'pt', 'não foram registados'],
  ])('%s', (sentence, topic, language, raw) => {
    const tally = readTally(sentence, topic, language);
    expect(tally && { count: tally.reported_count, raw: tally.reported_raw }).toEqual({ count: 0, raw });
  });

  it.each<[string, Language]>([
    ['Случаи утечки боеприпасов отмечались, но их число не зарегистрировано в открытых источниках.', 'ru'],
    ['Cases of diversion occur, but the weapons taken have not been recorded.', 'en'],
  ])('no 0 when a clause stands between: %s', (sentence, language) => {
    expect(readTally(sentence, 'diversions', language)?.reported_count ?? null).toBeNull();
  });
});
