import { describe, expect, it } from 'vitest';
import { decodePlainText } from '../../src/decoders/text.ts';
import { poaProfileExtractor } from '../../src/extractors/poa-profile/index.ts';
import { readSubmissionLine } from '../../src/extractors/poa-profile/listings.ts';

const extract = (lines: string[]) =>
  poaProfileExtractor.extract(decodePlainText(lines.join('\n'), 'utf-8'), { kind: 'poa_profile', countryIso3: null, reportYear: null, language: null, sourcePath: 'page.txt' });

describe('a reports table with a status column', () => {
  it('reads the status cell as a status and a date cell as no language', () => {
    expect(readSubmissionLine('2014 | Submitted | English | 02/06/2014')).toMatchObject({ year: 2014, status: { raw: 'Submitted', submitted: true }, languages: [{ raw: 'English', code: 'en' }] });
    expect(readSubmissionLine('2018 | Submitted (late) | English, Français | 2018-11-19')?.languages.map((t) => t.code)).toEqual(['en', 'fr']);
    expect(readSubmissionLine('2016 | Not submitted | – | –')).toMatchObject({ year: 2016, status: { submitted: false }, languages: [] });
    expect(readSubmissionLine('2020 | No presentado | – | –')?.status?.submitted).toBe(false);
    expect(readSubmissionLine('2012 | Soumis | Français | 12.05.2012')?.languages.map((t) => t.code)).toEqual(['fr']);
    // A row with no status cell is read as before.
    expect(readSubmissionLine('2014 | Français, English')?.languages.map((t) => t.code)).toEqual(['fr', 'en']);
  });

  it('gives a submission for each submitted row only, and says which cycles were not submitted, with no language warning', () => {
    const out = extract([
      'Jamaica',
      'National reports',
      'Reporting cycle | Status | Language(s) | Received',
      '2014 | Submitted | English | 02/06/2014',
      '2016 | Not submitted | – | –',
      '2018 | Submitted (late) | English | 19/11/2018',
      '2020 | Pending | English | –',
      '2022 | Received | – | 30/05/2022',
    ]);
    expect(out.report_submissions.map((r) => [r.report_year, r.language])).toEqual([
      [2014, 'en'],
      [2018, 'en'],
    ]);
    expect(out.issues.filter((i) => i.rule === 'unknown-language')).toEqual([]);
    expect(out.issues.filter((i) => i.rule === 'report-not-submitted').map((i) => i.line_start)).toEqual([5, 7]);
    expect(out.issues.filter((i) => i.rule === 'submission-language-missing').map((i) => i.line_start)).toEqual([8]);
  });
});

describe('an amnesty that brought in weapons', () => {
  it('is a voluntary surrender; weapons brought in by anyone else are no surrender', () => {
    const out = extract([
      'Bahamas',
      'Collection and destruction',
      '  - A firearms amnesty from 1 to 31 July 2017 brought in 118 weapons: 64 pistols, 31 revolvers and 23 shotguns. (National Report, 2018)',
      '  - In 2019, the national buy-back programme brought in 45 rifles. (National Report, 2020)',
      '  - In 2019, traffickers brought in 300 pistols from abroad. (National Report, 2020)',
    ]);
    expect(out.count_statements.map((s) => [s.year, s.action, s.total, s.components_sum])).toEqual([
      [2017, 'surrendered', 118, 118],
      [2019, 'surrendered', 45, null],
    ]);
  });
});
