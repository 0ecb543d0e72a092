import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PIPELINES } from '../../pipelines/index.ts';
import { decodePlainText } from '../../src/decoders/text.ts';
import { type CountStatementRecord, emptyExtraction, type Extraction } from '../../src/model/records.ts';
import { DEFAULT_LIMITS } from '../../src/pipeline/limits.ts';
import { readDocument } from '../../src/pipeline/read-document.ts';
import { unreadTableIssues } from '../../src/extractors/poa-shared/unread-tables.ts';
import { makeWorkspace, writeFile } from '../helpers/tmp.ts';

const model = (text: string) => decodePlainText(text, 'utf-8');

/** A statement read from `line` (only its lineage matters here). */
const statementAt = (line: number): CountStatementRecord =>
  ({ line_start: line, line_end: line, page: null, source_text: '412' }) as unknown as CountStatementRecord;

const DATED = ['Intro text.', 'Table 1. Destructions by the police, 2020', 'Date | Place | Firearms destroyed', '14 February 2020 | Jayapura | 412', '9 July 2020 | Makassar | 286', '', 'After.'].join('\n');

describe('a table seen but not read', () => {
  it('is named by its caption, with its lines and how many counts it holds', () => {
    expect(unreadTableIssues(model(DATED), emptyExtraction(), 'r.txt')).toEqual([
      {
        severity: 'warning',
        rule: 'table-not-read',
        line_start: 3,
        message: "r.txt:3: table 'Table 1. Destructions by the police, 2020' (lines 3-5) holds 2 counts and none was read: its layout is not one the extractor knows; nothing is loaded from it.",
      },
    ]);
  });

  it('is named by its header when it has no caption, in any language the lexicons hold', () => {
    const spanish = ['Fecha | Lugar | Armas destruidas', '3 de marzo de 2021 | Lima | 1.204', '', 'Fin.'].join('\n');
    expect(unreadTableIssues(model(spanish), emptyExtraction(), 'r.txt').map((i) => i.message)).toEqual([
      "r.txt:1: table 'Fecha | Lugar | Armas destruidas' (lines 1-2) holds 1 count and none was read: its layout is not one the extractor knows; nothing is loaded from it.",
    ]);
    const russian = ['Дата | Место | Уничтожено оружия', '12.05.2019 | Бишкек | 530', '', 'Конец.'].join('\n');
    expect(unreadTableIssues(model(russian), emptyExtraction(), 'r.txt').map((i) => i.rule)).toEqual(['table-not-read']);
  });

  it('is not reported when a fact was read from any of its lines', () => {
    const read: Extraction = { ...emptyExtraction(), count_statements: [statementAt(5)] };
    expect(unreadTableIssues(model(DATED), read, 'r.txt')).toEqual([]);
  });

  it('is not reported again when the extractor said something about one of its lines', () => {
    const said: Extraction = { ...emptyExtraction(), issues: [{ severity: 'warning', rule: 'malformed-row', message: 'row 4', line_start: 4 }] };
    expect(unreadTableIssues(model(DATED), said, 'r.txt')).toEqual([]);
  });

  it('is not reported when it holds no count: years, dates and words only', () => {
    const years = ['Instrument | Signed | Ratified', 'Firearms Protocol | 2001 | 2005', 'Arms Trade Treaty | 2013 | 2014', '', 'End.'].join('\n');
    expect(unreadTableIssues(model(years), emptyExtraction(), 'r.txt')).toEqual([]);
  });

  it('is about weapons when its rows are labelled with weapon categories under a header that names none', () => {
    const rows = ['Category | Number', 'Pistols | 120', 'Pump-action shotguns | 95', 'Rifles | 40', '', 'End.'].join('\n');
    expect(unreadTableIssues(model(rows), emptyExtraction(), 'r.txt').map((i) => i.message)).toEqual([
      "r.txt:1: table 'Category | Number' (lines 1-4) holds 3 counts and none was read: its layout is not one the extractor knows; nothing is loaded from it.",
    ]);
    // One weapon word among other rows is no table of weapons.
    const budget = ['Item | Amount', 'Vehicles | 12', 'Rifles | 3', 'Radios | 40', '', 'End.'].join('\n');
    expect(unreadTableIssues(model(budget), emptyExtraction(), 'r.txt')).toEqual([]);
  });

  it('is not reported when neither its caption nor its header is about weapons (a contents page, a budget)', () => {
    const contents = ['Contents | Page', 'National coordination | 3', 'Marking and record-keeping | 7', '', 'End.'].join('\n');
    expect(unreadTableIssues(model(contents), emptyExtraction(), 'r.txt')).toEqual([]);
  });

  it('is reported by a whole reading of a national report, beside what the report reader did read', async () => {
    const workspace = makeWorkspace('unread-table');
    const text = [
      'REPUBLIC OF EXAMPLE',
      'National Report on the Implementation of the Programme of Action, 2021',
      '',
      '1. Collection and destruction',
      'The police destroyed 1,200 firearms in 2020. The destructions are listed in Table 1.',
      '',
      'Table 1. Destructions by the police, 2020',
      'Region | Firearms destroyed',
      'Papua | 412',
      'South Sulawesi | 286',
      '',
      '2. Marking and record-keeping',
      'All firearms are marked at manufacture.',
    ].join('\n');
    const absPath = join(workspace.raw, 'report.txt');
    writeFile(absPath, text);
    const file = { path: 'report.txt', absPath, sha256: createHash('sha256').update(text).digest('hex'), sizeBytes: Buffer.byteLength(text), mtime: '', meta: { kind: 'poa_report' as const }, metaProblem: null };
    const reading = await readDocument({ file, selectedPipelines: PIPELINES.map((p) => p.name), currentYear: 2026, limits: DEFAULT_LIMITS }, PIPELINES).finally(workspace.cleanup);
    if (reading.stage !== 'extracted') throw new Error(`not extracted: ${reading.stage}`);
    expect(reading.extraction.count_statements.map((s) => [s.line_start, s.total])).toEqual([[5, 1200]]);
    expect(reading.extraction.issues.filter((i) => i.rule === 'table-not-read').map((i) => i.line_start)).toEqual([8]);
  });
});
