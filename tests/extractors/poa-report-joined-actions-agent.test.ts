import { describe, expect, it } from 'vitest';
import { decodePlainText } from '../../src/decoders/text.ts';
import { poaReportExtractor } from '../../src/extractors/poa-report/index.ts';

/**
 * A caption naming two actions joined before one agent (`Weapons seized and destroyed by the Islamabad Capital
 * Territory Police, 2020-2022`): both actions are that agent's. The first action's rows had agency NULL (its agent
 * was read between it and the next action only); an action with an agent of its own keeps it.
 */
const extract = (text: string) =>
  poaReportExtractor.extract(decodePlainText(text, 'utf-8'), { kind: 'poa_report', countryIso3: null, reportYear: null, language: null, sourcePath: 'x.txt' });
const report = (caption: string, rows: string[]) =>
  ['NATIONAL REPORT ON THE PROGRAMME OF ACTION', 'Date of submission: 30.06.2023', '', '2. Illicit weapons', caption, '', ...rows, '', '3. Marking', 'Firearms are marked at import.'].join('\n');
const agencies = (text: string) => extract(text).count_statements.map((s) => [s.year, s.action, s.agency, s.agency_raw]);

describe('poa-report: actions joined in a caption share its agent', () => {
  it.each([
    ['Table 3: Weapons seized and destroyed by the Islamabad Capital Territory Police, 2020-2021', ['| Action | 2020 | 2021 |', '|---|---:|---:|', '| Seized | 1,845 | 2,010 |', '| Destroyed | 1,200 | 1,350 |'], 'police', 'the Islamabad Capital Territory Police'],
    ['Tableau 3 : Armes saisies et détruites par la Police nationale, 2020-2021', ['| Action | 2020 | 2021 |', '|---|---:|---:|', '| Saisies | 1 845 | 2 010 |', '| Détruites | 1 200 | 1 350 |'], 'police', 'la Police nationale'],
  ])('%s', (caption, rows, agency, raw) => {
    const read = agencies(report(caption, rows));
    expect(read.map((s) => s.slice(0, 2))).toEqual([[2020, 'seized'], [2021, 'seized'], [2020, 'destroyed'], [2021, 'destroyed']]);
    expect(new Set(read.map((s) => `${s[2]}|${s[3]}`))).toEqual(new Set([`${agency}|${raw}`]));
  });

  it('an action with an agent of its own keeps it', () => {
    const read = agencies(report('Table 3: Weapons seized by the Customs Service and destroyed by the Police, 2020-2021', ['| Action | 2020 | 2021 |', '|---|---:|---:|', '| Seized | 1,845 | 2,010 |', '| Destroyed | 1,200 | 1,350 |']));
    expect(read.map((s) => [s[1], s[2]])).toEqual([['seized', 'customs'], ['seized', 'customs'], ['destroyed', 'police'], ['destroyed', 'police']]);
  });
});
