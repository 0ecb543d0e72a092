import { describe, expect, it } from 'vitest';
import { readReportFacts } from '../../src/extractors/poa-report/facts.ts';
import type { DocLine } from '../../src/extractors/poa-shared/lines.ts';

const linesOf = (...texts: string[]): DocLine[] => texts.map((text, i) => ({ no: i + 1, text, page: null, listItem: false }));

describe('the reporting period a national report states in its header', () => {
  it.each([
    ['Reporting period: 1 January to 31 December 2023', 'en', 2023],
    ['Période couverte : du 1er janvier au 31 décembre 2022', 'fr', 2022],
    ['Reporting period: 1 July 2022 to 30 June 2023', 'en', null],
  ])('%s -> %s', (line, language, year) => {
    const lines = linesOf('NATIONAL REPORT', line, 'Date of submission: 10 May 2024');
    const facts = readReportFacts(lines, lines.length, language);
    expect(facts.reportingPeriod?.year ?? null).toBe(year);
    expect(facts.reportingPeriod?.words).toBe(line.slice(line.indexOf(':') + 1).trim());
    expect(facts.facts.date_raw).toBe('10 May 2024');
  });

  it('none stated: null', () => {
    const lines = linesOf('NATIONAL REPORT', 'Date of submission: 10 May 2024');
    expect(readReportFacts(lines, lines.length, 'en').reportingPeriod).toBeNull();
  });
});
