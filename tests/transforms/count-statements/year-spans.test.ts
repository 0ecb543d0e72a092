import { describe, expect, it } from 'vitest';
import { extractCountStatements } from '../../../src/transforms/count-statements/index.ts';
import { yearTokenOffsets } from '../../../src/transforms/count-statements/years.ts';
import type { Language } from '../../../src/language/types.ts';

/**
 * A span of years (`2019/20`, a financial year; `2019-20`; `2019/2020`) is no one calendar year: a statement in it has
 * year NULL with a warning, never its first year, and the digits of its tail are no count.
 */

const read = (text: string, language: Language = 'en') => {
  const out = extractCountStatements([{ text, span: { lineStart: 1, lineEnd: 1 } }], { reportedIn: 2022, language, agencyAliases: {} });
  return { statements: out.statements.map((s) => [s.year, s.action, s.total]), rules: out.issues.map((i) => i.rule) };
};

describe('a span of years is no stated year', () => {
  it('reads the subject after the span: its name is kept, an agency the vocabulary lacks said so', () => {
    const text = 'In 2019/20 the Australian Border Force seized 1,320 firearms at the border.';
    const out = extractCountStatements([{ text, span: { lineStart: 1, lineEnd: 1 } }], { reportedIn: 2022, language: 'en', agencyAliases: {} });
    expect(out.statements.map((s) => [s.year, s.action, s.total, s.agency, s.agency_raw])).toEqual([[null, 'seized', 1320, null, 'the Australian Border Force']]);
    expect(out.issues.map((i) => i.rule)).toEqual(['year-unknown', 'unknown-agency']);
  });

  it.each([
    'In 2019-20 the police seized 1,320 firearms.',
    'In 2019–20 the police seized 1,320 firearms.',
    'In 2019/2020 the police seized 1,320 firearms.',
    'In 2019 – 2020 the police seized 1,320 firearms.',
  ])('%s', (text) => {
    expect(read(text)).toEqual({ statements: [[null, 'seized', 1320]], rules: ['year-unknown'] });
  });

  it.each([
    ['En 2019/20, la police a saisi 1 320 armes.', 'fr'],
    ['В 2019/20 году полиция изъяла 1 320 единиц оружия.', 'ru'],
  ] as const)('%s', (text, language) => {
    expect(read(text, language).statements).toEqual([[null, 'seized', 1320]]);
  });

  it('keeps a year followed by a dash and a count a year, and the count a count', () => {
    expect(read('In 2018 – 300 weapons were seized by the police.').statements).toEqual([[2018, 'seized', 300]]);
    expect(read('In 2018 the police seized 1,320 firearms.').statements).toEqual([[2018, 'seized', 1320]]);
  });

  it('marks both ends of a span as years, so neither is read as a count', () => {
    const text = 'In 2019-20 and 2018/2019 the police';
    expect([...yearTokenOffsets(text, 0)].sort((a, b) => a - b)).toEqual([3, 8, 15, 20]);
  });
});
