import { describe, expect, it } from 'vitest';
import type { Language } from '../../../src/language/types.ts';
import { extractCountStatements } from '../../../src/transforms/count-statements/index.ts';

/** Each statement of one sentence, as [year, action, agency, total, counts]. */
function read(text: string, language: Language): unknown[] {
  return extractCountStatements([{ text, span: { lineStart: 1, lineEnd: 1 } }], { reportedIn: 2024, language }).statements.map((s) => [
    s.year, s.action, s.agency, s.total, s.counts.map((c) => `${c.category} ${c.quantity}`),
  ]);
}

describe('weapons received as surrendered are a surrender: the receipt verb makes the describing participle the action', () => {
  it.each([
    ['In 2023 the National Police received 300 voluntarily surrendered weapons.', 'en', [[2023, 'surrendered', 'police', 300, ['firearms 300']]]],
    ['In 2023 the police took in 120 handed-in firearms.', 'en', [[2023, 'surrendered', 'police', 120, ['firearms 120']]]],
    ['In 2022, the army accepted 45 surrendered rifles.', 'en', [[2022, 'surrendered', 'defence', 45, ['rifles 45']]]],
    // A public body the vocabulary does not know received them: a surrender still, its agency NULL.
    ['In 2023 the Kenya Forest Service took in 120 handed-in firearms.', 'en', [[2023, 'surrendered', null, 120, ['firearms 120']]]],
    ['В 2023 году органами внутренних дел принято 300 добровольно сданных единиц оружия.', 'ru', [[2023, 'surrendered', 'police', 300, ['firearms 300']]]],
    // The participle after the noun was read before: the receipt changes nothing there.
    ['En 2023 la Policía Nacional recibió 300 armas entregadas voluntariamente.', 'es', [[2023, 'surrendered', 'police', 300, ['firearms 300']]]],
    ['En 2023 la Police nationale a reçu 300 armes remises volontairement.', 'fr', [[2023, 'surrendered', 'police', 300, ['firearms 300']]]],
    ['Em 2023 a Polícia Nacional recebeu 300 armas entregues voluntariamente.', 'pt', [[2023, 'surrendered', 'police', 300, ['firearms 300']]]],
  ] as const)('%s', (text, language, expected) => {
    expect(read(text, language)).toEqual(expected);
  });

  it.each([
    // Received seized weapons were seized by someone else: no seizure of the receiver's is read (it would count them twice).
    ['In 2023 the police received 300 seized weapons from customs.', 'en'],
    // Surrendered weapons held, not received: a stock, no statement.
    ['In 2023 the police held 300 surrendered weapons.', 'en'],
    // An armoury (no public body) receiving them stores weapons surrendered elsewhere, perhaps in another year.
    ['In 2017 the central armoury received 30 surrendered rifles.', 'en'],
  ] as const)('%s: no statement', (text, language) => {
    expect(read(text, language)).toEqual([]);
  });
});
