import { describe, expect, it } from 'vitest';
import { decodePdfPages, type PdfPageText } from '../../src/decoders/pdf.ts';
import { decodePlainText } from '../../src/decoders/text.ts';
import { poaReportExtractor } from '../../src/extractors/poa-report/index.ts';

/**
 * A national report exported from a PDF that prints its code and date only in the running footer (or header) of every
 * page: they are the document's code and date, and the date gives the report year. They had been NULL (and with them
 * every row's reported_in), the footer being read as page furniture only.
 */
const extract = (text: string) =>
  poaReportExtractor.extract(decodePlainText(text, 'utf-8'), { kind: 'poa_report', countryIso3: null, reportYear: null, language: null, sourcePath: 'x.txt' });
const facts = (text: string) => {
  const out = extract(text);
  const d = out.document;
  return { code: d.document_code, date: d.date_raw, iso: d.date_iso, year: d.report_year, basis: d.report_year_basis, reportedIn: out.count_statements.map((s) => s.reported_in) };
};

describe('the code and date of a running footer or header', () => {
  it('a footer of parts set apart by bars, with the page number', () => {
    const text = [
      'NATIONAL REPORT ON THE IMPLEMENTATION OF THE PROGRAMME OF ACTION', // 1
      '', // 2
      '1. Collection and destruction', // 3
      'In 2023, the police destroyed 1,200 firearms.', // 4
      '', // 5
      'Malawi PoA Report | MNFP/PoA/2024/02 | 3 April 2024 | Page 1 of 2', // 6
      'MALAWI NATIONAL FOCAL POINT', // 7
      '2. Marking', // 8
      'All firearms are marked.', // 9
      '', // 10
      'Malawi PoA Report | MNFP/PoA/2024/02 | 3 April 2024 | Page 2 of 2', // 11
    ].join('\n');
    expect(facts(text)).toEqual({ code: 'MNFP/PoA/2024/02', date: '3 April 2024', iso: '2024-04-03', year: 2024, basis: 'date', reportedIn: [2024] });
  });

  it('a French footer of dashes and a month without a day', () => {
    const text = [
      'RAPPORT NATIONAL SUR LA MISE EN ŒUVRE DU PROGRAMME D’ACTION', // 1
      '', // 2
      '1. Collecte et destruction', // 3
      'En 2022, la gendarmerie a détruit 800 armes.', // 4
      '', // 5
      'Rapport national du Niger — Mars 2023 — Page 1 sur 2', // 6
      '2. Marquage', // 7
      'Les armes sont marquées.', // 8
      '', // 9
      'Rapport national du Niger — Mars 2023 — Page 2 sur 2', // 10
    ].join('\n');
    expect(facts(text)).toEqual({ code: null, date: 'Mars 2023', iso: null, year: 2023, basis: 'date', reportedIn: [2023] });
  });

  it('the header’s own date comes first; a date on one page only is none of the document’s', () => {
    const dated = [
      'NATIONAL REPORT ON THE IMPLEMENTATION OF THE PROGRAMME OF ACTION', // 1
      'Date of submission: 12 January 2024', // 2
      '', // 3
      '1. Collection and destruction', // 4
      'In 2023, the police destroyed 1,200 firearms.', // 5
      '', // 6
      'PoA Report | 3 April 2024 | Page 1 of 2', // 7
      '2. Marking', // 8
      'All firearms are marked.', // 9
      '', // 10
      'PoA Report | 3 April 2024 | Page 2 of 2', // 11
    ].join('\n');
    expect(facts(dated)).toMatchObject({ date: '12 January 2024', year: 2024, basis: 'submission' });
    const once = dated.replace('Date of submission: 12 January 2024', '').replace('PoA Report | 3 April 2024 | Page 2 of 2', 'PoA Report | Page 2 of 2');
    expect(facts(once)).toMatchObject({ date: null, year: null });
  });
});

/**
 * The same footer in a PDF: the decoder leaves a PDF's running lines out of its text (src/decoders/pdf.ts) and gives
 * them with the model (`runningLines`); the report's facts read them there. They had been lost before the extractor
 * saw them, so a real PDF dated only in its footer loaded date, year and code NULL.
 */
describe('the code and date of a PDF running footer', () => {
  const page = (n: number, body: string): PdfPageText => ({
    page: n,
    text: ['Republic of Malawi', body, `Malawi PoA Report | MNFP/PoA/2024/02 | 3 April 2024 | Page ${n} of 3`].join('\n'),
    tables: [],
  });
  const model = decodePdfPages(
    [
      page(1, 'NATIONAL REPORT ON THE IMPLEMENTATION OF THE PROGRAMME OF ACTION\n1. Collection and destruction\nIn 2023, the police destroyed 1,200 firearms.'),
      page(2, '2. Marking\nAll firearms are marked at import.'),
      page(3, '3. Record-keeping\nRecords are kept for twenty years.'),
    ],
    null,
    'malawi.pdf',
  );

  it('leaves the footer out of the text and gives it with the model, page by page', () => {
    expect(model.lines.some((line) => line.includes('MNFP'))).toBe(false);
    expect(model.runningLines?.filter((line) => line.text.includes('MNFP')).map((line) => line.page)).toEqual([1, 2, 3]);
  });

  it("reads the footer's code and date as the document's", () => {
    const out = poaReportExtractor.extract(model, { kind: 'poa_report', countryIso3: null, reportYear: null, language: null, sourcePath: 'malawi.pdf' });
    const d = out.document;
    expect({ code: d.document_code, date: d.date_raw, iso: d.date_iso, year: d.report_year, reportedIn: out.count_statements.map((s) => s.reported_in) }).toEqual({
      code: 'MNFP/PoA/2024/02',
      date: '3 April 2024',
      iso: '2024-04-03',
      year: 2024,
      reportedIn: [2024],
    });
  });
});
