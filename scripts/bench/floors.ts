/**
 * The floors the pipeline is compared with: the least work a program could do for the same result on
 * this machine, measured in the benchmark's own process on one thread.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { pdfParseOptions } from '../../src/decoders/pdf.ts';
import { eachPageOnce } from '../../src/decoders/pdf-pages.ts';

/** Read and sha256 every file, then insert `rows` rows with one prepared statement in one transaction. */
export function coldFloor(rawDir: string, rows: number, scratchDb: string): number {
  const started = performance.now();
  const digests: string[] = [];
  for (const name of readdirSync(rawDir).sort()) digests.push(createHash('sha256').update(readFileSync(join(rawDir, name))).digest('hex'));
  rmSync(scratchDb, { force: true });
  const db = new Database(scratchDb);
  db.pragma('journal_mode = WAL');
  db.exec('CREATE TABLE facts (id INTEGER PRIMARY KEY, document TEXT NOT NULL, n INTEGER, words TEXT)');
  const insert = db.prepare('INSERT INTO facts (document, n, words) VALUES (?, ?, ?)');
  db.transaction(() => {
    for (let i = 0; i < rows; i++) insert.run(digests[i % digests.length], i, 'a verbatim line of the document it came from');
  })();
  db.close();
  rmSync(scratchDb, { force: true });
  rmSync(`${scratchDb}-wal`, { force: true });
  rmSync(`${scratchDb}-shm`, { force: true });
  return (performance.now() - started) / 1000;
}

/** The sizes of a folder's files (sum), for MB/s. */
export function folderBytes(dir: string): number {
  return readdirSync(dir).reduce((sum, name) => sum + statSync(join(dir, name)).size, 0);
}

/** A floor's time on this thread: wall seconds, and CPU seconds (pdf.js's worker runs on this thread too, in Node). */
export interface FloorTime {
  seconds: number;
  cpuSeconds: number;
}

async function timed(work: () => Promise<void>): Promise<FloorTime> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  await work();
  const used = process.cpuUsage(cpu);
  return { seconds: (performance.now() - started) / 1000, cpuSeconds: (used.user + used.system) / 1e6 };
}

/**
 * pdf-parse doing the work the PDF decoder asks of it, one file after the other on this thread, its module
 * loaded before the clock starts: each file opened with the decoder's options (the same fonts and character
 * maps), its info read, then each page's text content read once, from which pdf-parse makes the page's text
 * and fills the cells of the ruled tables its operator list draws (src/decoders/pdf-pages.ts). What the
 * decoder does besides (where the words stand, the layout, the text's blocks) is its own work, not the floor's.
 */
export function pdfParseFloor(files: readonly string[]): Promise<FloorTime> {
  return timedOverPdfs(files, async (parser) => {
    const pages = await eachPageOnce(parser, ({ text, tables }) => ({ text, tables }));
    // NOTE: a pdf-parse without the per-page steps: its public calls (the decoder falls back to them too).
    if (pages === null) await pdfParsePublicCalls(parser);
  });
}

type PdfParser = InstanceType<typeof import('pdf-parse').PDFParse>;

/** Times `read` over each file in turn, opened with the decoder's options and its info read; pdf-parse loaded before the clock. */
async function timedOverPdfs(files: readonly string[], read: (parser: PdfParser) => Promise<void>): Promise<FloorTime> {
  const { PDFParse } = await import('pdf-parse');
  return timed(async () => {
    for (const file of files) {
      const parser = new PDFParse(pdfParseOptions(new Uint8Array(readFileSync(file))));
      await parser.getInfo();
      await read(parser);
      await parser.destroy();
    }
  });
}

async function pdfParsePublicCalls(parser: PdfParser): Promise<void> {
  await parser.getText({ pageJoiner: '' });
  await parser.getTable();
}

/**
 * The same text and tables through pdf-parse's public calls (getText, then getTable), which read each page's
 * text content twice: the PDF floor until the decoder read each page once. Reported beside the floor, for
 * comparison with the figures measured against it.
 */
export function pdfParsePublicFloor(files: readonly string[]): Promise<FloorTime> {
  return timedOverPdfs(files, pdfParsePublicCalls);
}
