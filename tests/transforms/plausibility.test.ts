import { describe, expect, it } from 'vitest';
import { type CountStatementRecord, emptyExtraction, type Extraction, type SectionRecord } from '../../src/model/records.ts';
import { plausibleValues } from '../../src/transforms/plausibility.ts';

const ctx = { kind: 'poa_report' as const, countryIso3: 'KEN', sourcePath: 'r.txt', currentYear: 2026 };
const at = (line: number, source_text: string) => ({ line_start: line, line_end: line, page: null, source_text });

const statement = (line: number, year: number | null, reportedIn: number | null): CountStatementRecord => ({
  ...at(line, 'destroyed 300 rifles'), year, year_basis: year === null ? null : 'stated', action: 'destroyed', action_raw: 'destroyed', agency: null, agency_raw: null,
  total: 300, components_sum: null, reconciliation: 'no_parts', reported_in: reportedIn, counts: [],
});
const section = (line: number, year: number | null, dateIso: string | null): SectionRecord => ({
  ...at(line, 'Answer.'), topic: null, heading_raw: null, question: null, source_tag: null, answer: 'Answer.', source_report_year: year, source_date_raw: dateIso, source_date_iso: dateIso,
});
const check = (extraction: Extraction) => plausibleValues.apply(extraction, ctx);

describe('values no document can mean', () => {
  it('leaves plausible years as they are and says nothing', () => {
    const extraction: Extraction = {
      ...emptyExtraction(),
      document: { report_year: 2027, report_year_basis: 'date', date_raw: '2 January 2027', date_iso: '2027-01-02' },
      count_statements: [statement(5, 1900, 2027)],
      sections: [section(4, 2010, '2011-05-06')],
    };
    expect(check(extraction)).toEqual(extraction);
  });

  it('sets a statement year before 1900 or after next year to NULL, with a warning on its line', () => {
    const out = check({ ...emptyExtraction(), count_statements: [statement(5, 1899, 2020), statement(6, 2028, 2020)] });
    expect(out.count_statements.map((s) => s.year)).toEqual([null, null]);
    expect(out.issues.map((i) => [i.rule, i.line_start, i.record])).toEqual([
      ['implausible-year', 5, { table: 'count_statements', index: 0 }],
      ['implausible-year', 6, { table: 'count_statements', index: 1 }],
    ]);
  });

  it("sets the report's own implausible year and date to NULL, and with them its statements' reported_in and its sections' source year", () => {
    const out = check({
      ...emptyExtraction(),
      document: { report_year: 9999, report_year_basis: 'submission', date_raw: '31/12/9999', date_iso: '9999-12-31' },
      count_statements: [statement(5, 2015, 9999)],
      sections: [section(4, 9999, null)],
    });
    expect(out.document).toEqual({ report_year: null, report_year_basis: null, date_raw: '31/12/9999', date_iso: null });
    expect(out.count_statements.map((s) => [s.year, s.reported_in])).toEqual([[2015, null]]);
    expect(out.sections.map((s) => s.source_report_year)).toEqual([null]);
    expect(out.issues).toEqual([
      {
        severity: 'warning',
        rule: 'implausible-year',
        line_start: null,
        message: "the document's year 9999 and date 9999-12-31 (from '31/12/9999') are outside 1900-2027; stored as NULL, and so the year its statements are reported in and its sections' source year",
      },
    ]);
  });

  it("sets a section's implausible source year and date (a PoA page's Source/Date pair) to NULL, each with a warning", () => {
    const out = check({ ...emptyExtraction(), sections: [section(7, 201, '0201-05-14'), section(9, 2010, '2010-06-01')] });
    expect(out.sections.map((s) => [s.source_report_year, s.source_date_iso, s.source_date_raw])).toEqual([
      [null, null, '0201-05-14'],
      [2010, '2010-06-01', '2010-06-01'],
    ]);
    expect(out.issues.map((i) => [i.rule, i.line_start, i.record])).toEqual([
      ['implausible-year', 7, { table: 'sections', index: 0 }],
      ['implausible-year', 7, { table: 'sections', index: 0 }],
    ]);
  });

  it('sets a casualty count above any recorded disaster to NULL', () => {
    const out = check({
      ...emptyExtraction(),
      explosions: [{ ...at(3, '2019 | Arys | 60000 | 2'), year: 2019, location: 'Arys', owner_raw: null, owner_type: null, owner_sector: null, deaths: 60_000, injuries: 2, row_number: 1, table_caption: null }],
    });
    expect(out.explosions.map((e) => [e.year, e.deaths, e.injuries])).toEqual([[2019, null, 2]]);
    expect(out.issues.map((i) => i.rule)).toEqual(['implausible-count']);
  });
});
