import { describe, expect, it } from 'vitest';
import { decodePlainText } from '../../src/decoders/text.ts';
import { poaReportExtractor } from '../../src/extractors/poa-report/index.ts';

/**
 * An erratum at the end of a report (`In Table 3, for the 2021 figure of weapons destroyed (1,350) read 1,305`): the
 * figure it names is replaced by its new one where it names one loaded figure beyond doubt (its year and action narrow
 * it down); otherwise a warning says the erratum was not applied. The superseded figure had loaded silently.
 */
const extract = (text: string) =>
  poaReportExtractor.extract(decodePlainText(text, 'utf-8'), { kind: 'poa_report', countryIso3: null, reportYear: null, language: null, sourcePath: 'x.txt' });
const report = (title: string, body: string[], erratum: string[]) => [title, 'Date: 30.06.2023', '', ...body, '', ...erratum].join('\n');
const totals = (out: ReturnType<typeof extract>) => out.count_statements.map((s) => [s.line_start, s.year, s.action, s.total]);
const warnings = (out: ReturnType<typeof extract>) => out.issues.filter((i) => i.rule === 'count-corrected' || i.rule === 'erratum-not-applied').map((i) => [i.rule, i.line_start]);

const TABLE = ['2. Destruction', 'Table 3: Weapons seized and destroyed by the National Police, 2020-2021', '', '| Action | 2020 | 2021 |', '|---|---:|---:|', '| Seized | 1,845 | 1,350 |', '| Destroyed | 1,200 | 1,350 |'];

describe('poa-report: errata', () => {
  it('en: the table cell the erratum names (its year and action) takes the new figure', () => {
    const out = extract(report('NATIONAL REPORT OF PAKISTAN ON THE PROGRAMME OF ACTION', TABLE, ['Erratum', 'In Table 3, for the 2021 figure of weapons destroyed (1,350) read 1,305.']));
    expect(totals(out)).toEqual([[9, 2020, 'seized', 1845], [9, 2021, 'seized', 1350], [10, 2020, 'destroyed', 1200], [10, 2021, 'destroyed', 1305]]);
    expect(out.count_statements[3]?.counts.map((c) => c.quantity)).toEqual([1305]);
    expect(warnings(out)).toEqual([['count-corrected', 13]]);
  });

  it('fr: a figure of a sentence, the erratum in French', () => {
    const out = extract(
      report('RAPPORT NATIONAL DU SÉNÉGAL SUR LE PROGRAMME D’ACTION', ['2. Destruction', 'En 2021, la Police nationale a détruit 1 350 armes à feu.'], ['Erratum', 'Page 2, paragraphe 1 : au lieu de « 1 350 », lire « 1 305 ».']),
    );
    expect(totals(out)).toEqual([[5, 2021, 'destroyed', 1305]]);
    expect(warnings(out)).toEqual([['count-corrected', 8]]);
  });

  it('an erratum naming a figure read twice, or none, is reported and changes nothing', () => {
    const twice = extract(report('NATIONAL REPORT OF PAKISTAN ON THE PROGRAMME OF ACTION', TABLE, ['Erratum', 'In Table 3, for the 2021 figure (1,350) read 1,305.']));
    expect(totals(twice).map((s) => s[3])).toEqual([1845, 1350, 1200, 1350]);
    expect(warnings(twice)).toEqual([['erratum-not-applied', 13]]);
    const none = extract(report('NATIONAL REPORT OF PAKISTAN ON THE PROGRAMME OF ACTION', TABLE, ['Erratum', 'In Table 3, for the 2021 figure (1,999) read 1,305.']));
    expect(totals(none).map((s) => s[3])).toEqual([1845, 1350, 1200, 1350]);
    expect(warnings(none)).toEqual([['erratum-not-applied', 13]]);
  });
});
