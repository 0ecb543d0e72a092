import { describe, expect, it } from 'vitest';
import type { Language } from '../../../src/language/types.ts';
import { extractCountStatements } from '../../../src/transforms/count-statements/index.ts';

function read(text: string, language: Language) {
  const { statements, issues } = extractCountStatements([{ text, span: { lineStart: 3, lineEnd: 3 } }], { reportedIn: 2024, language });
  return { statements: statements.length, issues: issues.map((i) => [i.severity, i.rule, i.line_start, i.message]) };
}

// Promise 1: a sentence that counts weapons and names a year, but whose count no action word makes a statement, says so.
describe('a weapons count in a sentence with a year and no action read is reported (count-not-read), never dropped silently', () => {
  it.each([
    ['In 2022 the police held 37 firearms in storage.', 'en', '37 firearms'],
    ['In 2022 the police detained 12 suspects with 37 firearms.', 'en', '37 firearms'],
    ['In 2022 the armed forces registered 1,200 rifles.', 'en', '1,200 rifles'],
    ['En 2022, la police a enregistré 37 armes.', 'fr', '37 armes'],
    ['En 2022 la policía registró 37 armas.', 'es', '37 armas'],
    ['Em 2022 a polícia registou 37 armas.', 'pt', '37 armas'],
    ['В 2022 году полиция зарегистрировала 37 единиц оружия.', 'ru', '37 единиц оружия'],
  ] as const)('%s', (text, language, words) => {
    const got = read(text, language);
    expect(got.statements).toBe(0);
    expect(got.issues).toEqual([
      ['info', 'count-not-read', 3, `"${text}": ${words} is counted in a sentence that names a year, but no action word (seized, surrendered, destroyed, collected, stolen, lost) was read with it: no count statement loaded.`],
    ]);
  });

  it.each([
    // No year: a stock or a register, as most such sentences are; nothing to report.
    ['The police hold 37 firearms in storage.', 'en'],
    // No weapons counted.
    ['In 2022 the police detained 12 suspects.', 'en'],
  ] as const)('%s: no issue', (text, language) => {
    expect(read(text, language)).toEqual({ statements: 0, issues: [] });
  });
});
