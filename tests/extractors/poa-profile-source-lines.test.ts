import { describe, expect, it } from 'vitest';
import { readSourceAttribution, readSourceDateLine, readSourceYear } from '../../src/extractors/poa-shared/source-pair.ts';

/**
 * The Source/Date pair under a PoA page's template answers, as damaged pages write it: labels stripped to
 * a colon, doubled colons, labels in other languages, and a contact's name where the report should be.
 * The year of a contact line is never taken for the report's.
 */

describe('readSourceDateLine: labels stripped, doubled or in another language', () => {
  it.each([
    [': National Report on the Implementation of the International Tracing Instrument, 2010', 'source', false, 'National Report on the Implementation of the International Tracing Instrument, 2010'],
    [': 27/05/2010', 'date', false, '27/05/2010'],
    [': : 27/05/2010', 'date', false, '27/05/2010'],
    ['::Rapport national sur l’exécution du Programme d’action, 2011', 'source', false, 'Rapport national sur l’exécution du Programme d’action, 2011'],
    ['Source:: National Report on the implementation of the PoA, 2012', 'source', true, 'National Report on the implementation of the PoA, 2012'],
    ['Source : : National Report, 2012', 'source', true, 'National Report, 2012'],
    ['Date:: 14/06/2012', 'date', true, '14/06/2012'],
    ['Fuente : Informe nacional, 2014', 'source', true, 'Informe nacional, 2014'],
    ['Fecha:: 09/10/2013', 'date', true, '09/10/2013'],
    ['Источник : Национальный доклад, 2010', 'source', true, 'Национальный доклад, 2010'],
    ['Fonte: Relatório nacional, 2016', 'source', true, 'Relatório nacional, 2016'],
    ['Data: 03/05/2016', 'date', true, '03/05/2016'],
  ])('%s -> %s', (line, kind, labelled, content) => {
    expect(readSourceDateLine(line)).toEqual({ kind, labelled, content });
  });

  it('a question or prose with a colon inside is no Source/Date line', () => {
    expect(readSourceDateLine('Marking at the time of import::')).toBeNull();
    expect(readSourceDateLine('Sources of illicit weapons include theft from depots.')).toBeNull();
    expect(readSourceDateLine('Dated records are kept: 30 years.')).toBeNull();
  });
});

describe('readSourceYear: a contact where the report should be gives no year', () => {
  it.each([
    'Mr. Kofi Asante, Executive Secretary, National Commission on Small Arms',
    'Mrs. Claudette Brown, Ministry of National Security, 2012',
    "M. Paul Ndongo, Point focal du Programme d'action, tél. 2012 4477",
    'Mme Aïssata Diallo, Coordinatrice du Programme national, 2010',
    'Sr. Juan Benítez, Dirección de Material Bélico, 2014',
    'Sra. Ana Giménez, Programa de Acción, 2013',
    'г-н И. Петров, Программа действий, 2010',
    'Col. Ahmed Musa, Programme of Action focal point, 2011',
  ])('%s -> NULL, a person', (content) => {
    expect(readSourceYear(content)).toEqual({ year: null, years: [], namesNoReport: true, namesPerson: true });
  });

  it('a line naming an office and no report gives no year either', () => {
    expect(readSourceYear('Dirección de Material Bélico, 2014')).toEqual({ year: null, years: [], namesNoReport: true, namesPerson: false });
  });

  it('the digits of a telephone number beside a report are no year', () => {
    expect(readSourceYear('National Report, contact tel. 2010 4455').year).toBeNull();
    expect(readSourceYear('National Report, +233 302 2011 45').year).toBeNull();
    expect(readSourceYear('National Report on the implementation of the PoA, 2010').year).toBe(2010);
    expect(readSourceYear('Informe nacional sobre la ejecución del Programa de Acción, 2012 y 2010').years).toEqual([2012, 2010]);
  });

  it('a report named with a person after it keeps its year; a title inside a word or in lower case is no person', () => {
    expect(readSourceYear('National Report on the implementation of the PoA, 2010, submitted by Mr. John Smith').year).toBe(2010);
    expect(readSourceYear('Draft report 2012').year).toBe(2012);
    expect(readSourceYear('ms report of the PoA, 2012').year).toBe(2012);
  });
});

describe('readSourceAttribution: what the analyst is told', () => {
  const source = (content: string, labelled = true) => ({ line: { kind: 'source' as const, labelled, content }, lineNo: 7 });
  const date = (content: string, labelled = true) => ({ line: { kind: 'date' as const, labelled, content }, lineNo: 8 });

  it('a person in the Source line: year NULL with a warning naming the person, the date still read', () => {
    const found = readSourceAttribution(source("M. Paul Ndongo, Point focal du Programme d'action, tél. 2012 4477"), date('03/04/2012'));
    expect([found.source_report_year, found.source_date_raw, found.source_date_iso]).toEqual([null, '03/04/2012', null]);
    expect(found.issues.map((i) => [i.severity, i.rule, i.line_start])).toEqual([
      ['warning', 'source-year-missing', 7],
      ['info', 'ambiguous-date', 8],
    ]);
    expect(found.issues[0]?.message).toContain('names a person');
  });

  it('a name in the Date line: no date, a warning', () => {
    const found = readSourceAttribution(source('National Report on the implementation of the PoA, 2014'), date('Sr. Juan Benítez'));
    expect([found.source_report_year, found.source_date_raw, found.source_date_iso]).toEqual([2014, null, null]);
    expect(found.issues.map((i) => [i.severity, i.rule, i.line_start])).toEqual([['warning', 'unreadable-date', 8]]);
  });

  it('a contact behind a stripped label: a Source line all the same, year NULL, both said', () => {
    const line = readSourceDateLine(': Mr. Kofi Asante, National Commission on Small Arms, tel. 2010 4455');
    expect(line).toEqual({ kind: 'source', labelled: false, content: 'Mr. Kofi Asante, National Commission on Small Arms, tel. 2010 4455' });
    const found = readSourceAttribution(line ? { line, lineNo: 7 } : null, date('14/06/2012', false));
    expect([found.source_report_year, found.source_date_iso]).toEqual([null, '2012-06-14']);
    expect(found.issues.map((i) => [i.severity, i.rule, i.line_start])).toEqual([
      ['warning', 'source-year-missing', 7],
      ['info', 'label-missing', 7],
      ['info', 'label-missing', 8],
    ]);
  });

  it('both labels stripped: the year and the date read, each with a label-missing note', () => {
    const found = readSourceAttribution(source('National Report on the Implementation of the PoA, 2010', false), date('27/05/2010', false));
    expect([found.source_report_year, found.source_date_raw, found.source_date_iso]).toEqual([2010, '27/05/2010', '2010-05-27']);
    expect(found.issues.map((i) => [i.severity, i.rule, i.line_start])).toEqual([
      ['info', 'label-missing', 7],
      ['info', 'label-missing', 8],
    ]);
  });
});
