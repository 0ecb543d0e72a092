/**
 * The shapes of data-dictionary entries, and the column descriptions several tables share (the year,
 * the country, the action and agency codes, the lineage columns every fact table carries). The entries
 * themselves are in dictionary-run-tables.ts, dictionary-fact-tables.ts, dictionary-bookkeeping.ts and
 * dictionary-views.ts; dictionary.ts puts them together and writes them into the warehouse.
 */
import { ACTION_CODES, AGENCY_CODES } from '../model/vocabulary.ts';

/** Codes of a vocabulary of the model, in the order it lists them: the dictionary names what the extractors can write. */
export function codesOf(vocabulary: Readonly<Record<string, string>>): string[] {
  return Object.keys(vocabulary);
}

export interface ColumnDoc {
  /** What the value is, in the domain's words. */
  meaning: string;
  /** The unit of a number (`weapons`, `people`, `calendar year`), when it has one. */
  unit?: string;
  /** The codes the column holds, when it is a vocabulary column. */
  vocabulary?: string;
  /** A value as it appears in the warehouse built from the seeds. */
  example?: string;
}

export interface RelationDoc {
  type: 'table' | 'view';
  /** One or two sentences: what a row is, and what the table or view answers. */
  description: string;
  columns: Readonly<Record<string, ColumnDoc>>;
  /**
   * Relations a view takes columns from unchanged: a column not described in `columns` takes its
   * description from the first of these that describes it.
   */
  inherits?: readonly string[];
  /** For views with one row per fact: the fact table `salw-etl lineage` looks the row up in. */
  lineageTable?: string;
  /** Bookkeeping of the software, not data: listed last in the docs and hidden in Datasette. */
  internal?: boolean;
}

export const YEAR: ColumnDoc = { meaning: 'The calendar year the fact refers to, as the document states it (NULL when unknown).', unit: 'calendar year', example: '2005' };
export const COUNTRY: ColumnDoc = {
  meaning: 'The country the fact is about: ISO 3166-1 alpha-3 code, the join key between tables (taken from the document).',
  vocabulary: 'ISO 3166-1 alpha-3',
  example: 'KAZ',
};
export const YEAR_BASIS: ColumnDoc = {
  meaning: 'Whether the year is written in the text (`stated`) or worked out from context, e.g. "in the past year" in a 2005 report -> 2004 (`inferred`). Treat inferred years with care when citing.',
  vocabulary: 'stated, inferred',
  example: 'inferred',
};
export const ACTION: ColumnDoc = {
  meaning: 'What was done to the weapons, as a code; the words used are kept in count_statements.action_raw.',
  vocabulary: codesOf(ACTION_CODES).join(', '),
  example: 'destroyed',
};
export const AGENCY: ColumnDoc = {
  meaning: 'The agency that acted, as a code, when the statement names one (NULL otherwise).',
  vocabulary: codesOf(AGENCY_CODES).join(', '),
  example: 'police',
};
export const REPORTED_IN: ColumnDoc = {
  meaning: 'The year of the national report the statement is attributed to (e.g. "(National Report, 2006)"); NULL when no report is named.',
  unit: 'calendar year',
  example: '2006',
};

/** The lineage columns every fact table carries (WAREHOUSE.md). */
export const LINEAGE: Readonly<Record<string, ColumnDoc>> = {
  document_id: { meaning: 'The document (version) the value was read from: documents.document_id.', example: '2' },
  run_id: { meaning: 'The run that loaded the value: runs.run_id.', example: '1' },
  extractor: { meaning: 'Name and version of the code that extracted the value; the version is a digest of the extractor\'s code and the lexicon sections it reads, so it changes exactly when the extractor\'s output can.', example: 'poa-profile@0bc47e22' },
  line_start: { meaning: 'First line (1-based) of the words the value was read from, in the document\'s decoded text.', unit: 'line number', example: '14' },
  line_end: { meaning: 'Last line (1-based, inclusive) of the words the value was read from.', unit: 'line number', example: '14' },
  page: { meaning: 'The PDF page the words are on (1-based); NULL for text and HTML documents.', unit: 'page number' },
  source_text: { meaning: 'The verbatim words the value was read from: quote these when citing.', example: '2021 | Taraz | State (military) | 12 | 90 |' },
  fact_key: {
    meaning: 'What the fact is, independent of where it was read: a hash of the logical document, the table, the values, the source text (whitespace and case folded) and its occurrence among equal facts. A fact read again with the same key keeps its id (re-extraction, full refresh, a new version of the document), so a cited id keeps resolving. NULL for rows loaded before keys existed, until their document is next loaded.',
    example: '5f0c1e9a2b7d4c3e8a6f1b2d9c0e7a43',
  },
};
