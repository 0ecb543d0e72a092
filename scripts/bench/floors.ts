/**
 * The floors the pipeline is compared with: the least work a program could do for the same result on
 * this machine, measured in the benchmark's own process on one thread.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { pdfjsResources } from '../../src/decoders/pdf.ts';

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

/**
 * pdf-parse doing the work the PDF decoder asks of it (each file's text and tables, with the same local
 * fonts and character maps), one file after the other on this thread, its module loaded before the clock starts.
 */
export async function pdfParseFloor(files: readonly string[]): Promise<number> {
  const { PDFParse } = await import('pdf-parse');
  const started = performance.now();
  for (const file of files) {
    const parser = new PDFParse({ data: new Uint8Array(readFileSync(file)), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, ...pdfjsResources() });
    await parser.getInfo();
    await parser.getText({ pageJoiner: '' });
    await parser.getTable();
    await parser.destroy();
  }
  return (performance.now() - started) / 1000;
}
