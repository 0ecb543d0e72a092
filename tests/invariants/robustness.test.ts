import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PIPELINES } from '../../pipelines/index.ts';
import { decoderFor, detectFormat } from '../../src/decoders/sniff.ts';
import { loadExtractors } from '../../src/pipeline/lazy-extractor.ts';
import type { Extractor } from '../../src/extractors/extractor.ts';
import type { DocumentModel } from '../../src/model/document.ts';
import type { Extraction, Lineage } from '../../src/model/records.ts';
import { allLexicons } from '../../src/language/registry.ts';
import { LANGUAGES } from '../../src/language/types.ts';
import { negatedZeroTokens } from '../../src/transforms/count-statements/mentions.ts';
import { GROUP_SPACES } from '../../src/transforms/digits.ts';
import { asciiDigits, parseNumberPhrase } from '../../src/transforms/quantity.ts';
import { readEmptyMarker } from '../../src/transforms/unknown.ts';
import { REPO_ROOT } from '../helpers/tmp.ts';

/**
 * Properties every extractor keeps on every document, including damaged ones: it never throws, every
 * record points at lines that exist, and every number it loads is written in the record's own verbatim
 * source text (a loaded number that its source does not show is a wrong number loaded silently).
 * The corpus is every text and HTML fixture plus the seeds, and deterministic mutations of each
 * (lines dropped, duplicated, joined, truncated, digits changed, table-like garbage inserted).
 */

const EXTRACTORS: Extractor[] = PIPELINES.flatMap((p) => [...p.extractors]);
// The pipelines declare their extractors and load the code when a document is read (lazy-extractor.ts).
beforeAll(() => loadExtractors(PIPELINES));

function corpus(): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(txt|html)$/.test(name)) files.push(path);
    }
  };
  walk(join(REPO_ROOT, 'tests', 'fixtures'));
  for (const name of readdirSync(join(REPO_ROOT, 'raw'))) if (!name.startsWith('.') && !name.endsWith('.json')) files.push(join(REPO_ROOT, 'raw', name));
  return files.sort();
}

/** A small deterministic PRNG (mulberry32), so a failing mutant can be reproduced from its seed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MUTATIONS: Record<string, (lines: string[], random: () => number) => string[]> = {
  dropLine: (lines, r) => lines.filter((_, i) => i !== Math.floor(r() * lines.length)),
  duplicateLine: (lines, r) => {
    const i = Math.floor(r() * lines.length);
    return [...lines.slice(0, i + 1), lines[i] ?? '', ...lines.slice(i + 1)];
  },
  joinLines: (lines, r) => {
    const i = Math.floor(r() * Math.max(1, lines.length - 1));
    return [...lines.slice(0, i), `${lines[i] ?? ''} ${lines[i + 1] ?? ''}`, ...lines.slice(i + 2)];
  },
  truncate: (lines, r) => {
    const keep = Math.floor(r() * lines.length);
    const last = lines[keep] ?? '';
    return [...lines.slice(0, keep), last.slice(0, Math.floor(r() * last.length))];
  },
  changeDigits: (lines, r) => lines.map((line) => line.replace(/\d/g, (d) => (r() < 0.2 ? String(Math.floor(r() * 10)) : d))),
  insertGarbage: (lines, r) => {
    const i = Math.floor(r() * lines.length);
    const garbage = ['2019 | | 12 |', '| N/A | 3 | State (police) | x |', 'In 2020, 1,2,3 weapons were seized: , , ,', '[7] 7 7 7', 'Table 3: 1979–', '2010 : Klingon'][Math.floor(r() * 6)] ?? '';
    return [...lines.slice(0, i), garbage, ...lines.slice(i)];
  },
};

/** The digits of a number as the source might write them: `9607` matches `9,607`, `9 607`, `9’607`, `9.607`. */
function writtenIn(value: number, source: string): boolean {
  const digits = String(value);
  // Arabic-Indic digits (`١٬٢٠٥`) are the same number: compare on ASCII digits, U+066C is a separator too.
  // Every space a number's groups may be parted by (the thin U+2009 and figure U+2007 too): the parser's own set.
  // The South Asian grouping (`1,08,306`): its two-digit groups are parted by commas too.
  const compact = asciiDigits(source)
    .replace(/(\d),(?=\d{2}(?:,\d{2})*,\d{3}\b)/g, '$1')
    .replace(new RegExp(`(\\d)[,.’' \\u066c${GROUP_SPACES}](?=\\d{3}\\b)`, 'g'), '$1');
  if (new RegExp(`(?<!\\d)0*${digits}(?!\\d)`).test(compact)) return true;
  // Or a 0 said by negating the action ("لم يتم إتلاف أي أسلحة": none were destroyed), as the count statements read it.
  if (value === 0 && negatedZeroTokens(source).length > 0) return true;
  // Or digits times a scale word of any lexicon: "1.3 million", "2,3 mil", "12 тыс.", "12万", "12k".
  if (scaledIn(value, compact)) return true;
  // Or a 0 said by a word meaning none alone in a table cell (`néant`, `nil`, `ninguno`), as the table readers read it.
  if (value === 0 && source.split('|').some((cell) => readEmptyMarker(cell) !== null)) return true;
  // Or as words of any registered language: "two AK-74 rifles", "twenty-one", "quince fusiles".
  const words = compact.split(/[^\p{L}-]+/u);
  // Up to five words: "one hundred and fifty".
  const phrase = (text: string) => LANGUAGES.some((language) => parseNumberPhrase(text, language, { articles: true })?.value === value);
  if (words.some((_, i) => [1, 2, 3, 4, 5].some((n) => phrase(words.slice(i, i + n).join(' '))))) return true;
  // Or Chinese numerals, which no space parts from the words around them ("枪支二十三支"): each run of them.
  return [...compact.matchAll(/[零〇一二两三四五六七八九十百千万]+/gu)].some((m) => parseNumberPhrase(m[0], 'zh', { articles: true })?.value === value);
}

/** Every lexicon's scale words (`thousand`, `тыс.`, `万`, `k`) and their values. */
const SCALES = allLexicons().flatMap((lexicon) => Object.entries(lexicon.scaleWords));

/** True when `source` writes `value` as digits (a decimal with either mark) times a scale word. */
function scaledIn(value: number, source: string): boolean {
  for (const [word, scale] of SCALES) {
    const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    for (const m of source.matchAll(new RegExp(`(?<![\\d.,])(\\d+)(?:[.,](\\d+))?\\s*${escaped}`, 'giu'))) {
      const fraction = m[2] ?? '';
      if (Number(`${m[1]}${fraction}`) * scale === value * 10 ** fraction.length) return true;
    }
  }
  return false;
}

function problemsOf(extraction: Extraction, doc: DocumentModel): string[] {
  const problems: string[] = [];
  const checkLineage = (table: string, record: Lineage) => {
    if (!(record.line_start >= 1 && record.line_end >= record.line_start && record.line_end <= doc.lines.length)) {
      problems.push(`${table}: lines ${record.line_start}-${record.line_end} outside 1-${doc.lines.length}`);
    }
    if (record.source_text.trim() === '') problems.push(`${table} line ${record.line_start}: empty source_text`);
  };
  const checkNumber = (table: string, column: string, value: number | null, record: Lineage) => {
    // A value read from other words than its row's (a year from the table's year row above) carries them in a
    // recorded step: that step is its lineage, and the value must be written there.
    const steps = (record as { steps?: readonly { column: string; source_words: string }[] }).steps ?? [];
    const stepWords = steps.filter((step) => step.column === column).map((step) => step.source_words);
    if (value !== null && !writtenIn(value, record.source_text) && !stepWords.some((words) => writtenIn(value, words))) {
      problems.push(`${table}.${column} = ${value} is not written in its source_text ${JSON.stringify(record.source_text.slice(0, 160))}`);
    }
  };
  for (const e of extraction.explosions) {
    checkLineage('explosions', e);
    checkNumber('explosions', 'year', e.year, e);
    checkNumber('explosions', 'deaths', e.deaths, e);
    checkNumber('explosions', 'injuries', e.injuries, e);
  }
  for (const d of extraction.diversions) {
    checkLineage('diversions', d);
    checkNumber('diversions', 'year', d.year, d);
    checkNumber('diversions', 'quantity', d.quantity, d);
  }
  for (const t of extraction.tallies) checkLineage('tallies', t);
  for (const s of extraction.sections) checkLineage('sections', s);
  for (const c of extraction.citations) checkLineage('citations', c);
  for (const r of extraction.report_submissions) {
    checkLineage('report_submissions', r);
    checkNumber('report_submissions', 'report_year', r.report_year, r);
  }
  for (const s of extraction.count_statements) {
    checkLineage('count_statements', s);
    checkNumber('count_statements', 'total', s.total, s);
    if (s.year_basis === 'stated') checkNumber('count_statements', 'year', s.year, s);
    for (const c of s.counts) {
      checkLineage('weapon_counts', c);
      // Counts may be written as words ("one machine gun"); digits must be in the text when they are digits.
      if (c.quantity > 12) checkNumber('weapon_counts', 'quantity', c.quantity, c);
    }
    const sum = s.counts.filter((c) => !c.is_total && c.parent_category === null).reduce((a, c) => a + c.quantity, 0);
    if (s.components_sum !== null && s.components_sum !== sum) problems.push(`count statement line ${s.line_start}: components_sum ${s.components_sum} but top-level parts add to ${sum}`);
    if (s.reconciliation === 'balanced' && s.total !== null && s.components_sum !== null && s.components_sum !== s.total) problems.push(`count statement line ${s.line_start}: 'balanced' but ${s.components_sum} != ${s.total}`);
  }
  return problems;
}

async function decode(text: string, path: string): Promise<DocumentModel> {
  const bytes = new TextEncoder().encode(text);
  return decoderFor(detectFormat(bytes)).decode(bytes, { sourcePath: path });
}

const files = corpus();

describe.each(files.map((f) => [relative(REPO_ROOT, f), f]))('%s', (_name, path) => {
  const original = readFileSync(path, 'utf8');

  it('every extractor keeps the properties on the document and on its mutants', async () => {
    const variants: [string, string][] = [['original', original]];
    const lines = original.split('\n');
    let seed = 1;
    for (const [mutation, mutate] of Object.entries(MUTATIONS)) {
      for (let k = 0; k < 3; k++, seed++) variants.push([`${mutation}#${seed}`, mutate(lines, prng(seed)).join('\n')]);
    }
    const problems: string[] = [];
    for (const [label, text] of variants) {
      const doc = await decode(text, path);
      for (const extractor of EXTRACTORS) {
        let extraction: Extraction;
        try {
          extraction = extractor.extract(doc, { kind: extractor.kinds[0] ?? 'amap_profile', countryIso3: null, reportYear: null, language: null, sourcePath: path });
        } catch (error) {
          problems.push(`${label} ${extractor.name}: threw ${(error as Error).message}`);
          continue;
        }
        for (const p of problemsOf(extraction, doc)) problems.push(`${label} ${extractor.name}: ${p}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
