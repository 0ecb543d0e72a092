import { describe, expect, it } from 'vitest';
import { decodePlainText } from '../../src/decoders/text.ts';
import { poaReportExtractor } from '../../src/extractors/poa-report/index.ts';

/** A national report exported from a PDF: the page's furniture between the two halves of a sentence is no part of it. */
const extract = (text: string) =>
  poaReportExtractor.extract(decodePlainText(text, 'utf-8'), { kind: 'poa_report', countryIso3: null, reportYear: null, language: null, sourcePath: 'x.txt' });

describe('a statement cut by a page break', () => {
  it('pdftotext: form feed, running document code and a bare page number between the halves', () => {
    const out = extract(
      [
        'UGA/PoA/NR/2020                                   Distr.: General', // 1
        '                                                  3 March 2020', //    2
        '', //                                                                   3
        'I. Collection and destruction', //                                      4
        'In 2019, the Uganda Police Force collected 740 firearms, of which 500 were', // 5
        '', //                                                                   6
        '                                                                 1', // 7
        '\fUGA/PoA/NR/2020', //                                                  8
        'pistols and 240 were shotguns.', //                                     9
        'II. Stockpile management', //                                          10
        'Depots were audited.', //                                               11
        '', //                                                                   12
        '                                                                 2', // 13
        '\fUGA/PoA/NR/2020', //                                                  14
        'III. Marking', //                                                       15
        'All weapons are marked.', //                                            16
        '', //                                                                   17
        '                                                                 3', // 18
      ].join('\n'),
    );
    expect(out.count_statements.map((s) => [s.total, s.components_sum, s.reconciliation, s.line_start, s.line_end])).toEqual([[740, 740, 'balanced', 5, 9]]);
    expect(out.count_statements.flatMap((s) => s.counts).map((w) => [w.category, w.quantity, w.line_start, w.line_end])).toEqual([
      ['firearms', 740, 5, 5],
      ['pistols', 500, 5, 9],
      ['shotguns', 240, 9, 9],
    ]);
    expect(out.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    // Neither the page number nor the header is text of a section.
    expect(out.sections.map((s) => s.answer)).toEqual([
      'In 2019, the Uganda Police Force collected 740 firearms, of which 500 were\npistols and 240 were shotguns.',
      'Depots were audited.',
      'All weapons are marked.',
    ]);
  });

  it('pdf-parse: a `Page n of m` footer and a `-- n of m --` joiner, in French', () => {
    const out = extract(
      [
        'Rapport national du Mali', //                                                1
        'Date : 12 mai 2016', //                                                      2
        '1. Collecte et destruction', //                                               3
        'En 2015, la gendarmerie a détruit 1 200 armes, dont 800 fusils et', //        4
        'Page 1 sur 2', //                                                             5
        '', //                                                                         6
        '-- 1 of 2 --', //                                                             7
        '', //                                                                         8
        '400 pistolets.', //                                                           9
        'Page 2 sur 2', //                                                            10
        '', //                                                                        11
        '-- 2 of 2 --', //                                                            12
      ].join('\n'),
    );
    expect(out.count_statements.map((s) => [s.total, s.components_sum, s.reconciliation, s.line_start, s.line_end])).toEqual([[1200, 1200, 'balanced', 4, 9]]);
  });

  it('a paragraph ended before the page break stays apart from the one after it', () => {
    const out = extract(
      [
        'KEN/PoA/NR/2018', //                                                         1
        '1. Collection and destruction', //                                           2
        'In 2017, the police destroyed 600 firearms.', //                             3
        '', //                                                                         4
        '1', //                                                                        5
        '\fKEN/PoA/NR/2018', //                                                        6
        'In 2016, the customs seized 90 pistols.', //                                 7
        '', //                                                                         8
        '2', //                                                                        9
      ].join('\n'),
    );
    expect(out.count_statements.map((s) => [s.year, s.total, s.line_start, s.line_end])).toEqual([
      [2017, 600, 3, 3],
      [2016, 90, 7, 7],
    ]);
  });
});
