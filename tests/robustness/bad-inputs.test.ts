import { execFileSync } from 'node:child_process';
import { lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PIPELINES } from '../../pipelines/index.ts';
import { encodeText, makeEncryptedPdf, makePdfFromText, makeScanPdf, makeTruncatedPdf } from '../../scripts/make-fixtures.ts';
import { formatPlan, planRun } from '../../src/ops/plan.ts';
import type { RunSummary } from '../../src/pipeline/run.ts';
import type { DiscoverFs } from '../../src/sources/discover.ts';
import { FACT_TABLES } from '../../src/warehouse/schema.ts';
import { testBackend } from '../helpers/backend.ts';
import { REPO_ROOT, makeWorkspace, writeFile } from '../helpers/tmp.ts';

/**
 * The bad-input corpus: one raw folder holding every kind of hostile entry the pipeline meets (bad bytes,
 * empty and broken files, links in and out and in loops, hidden entries, orphan and broken sidecars,
 * duplicates, a FIFO, unreadable files and folders), each with the outcome it must have. After the run,
 * every entry of the folder is accounted for (a document of this run, or a run_entries row with its
 * reason), the warehouse passes integrity_check and foreign_key_check, and every fact has its lineage.
 */

/** SQLite, or PostgreSQL read through an exact copy (tests/helpers/backend.ts): what a hostile file leaves must load on both. */
const backend = await testBackend();

const POA_SEED = readFileSync(join(REPO_ROOT, 'raw', '003_9c7cc2717d99486b.txt'));
const AMAP_SEED = readFileSync(join(REPO_ROOT, 'raw', '000_88da758a976dd473.txt'));
const RUSSIAN = readFileSync(join(REPO_ROOT, 'tests', 'fixtures', 'encodings', 'ru_report.utf8.txt'), 'utf8');
const TUNISIA = readFileSync(join(REPO_ROOT, 'tests', 'fixtures', 'devset', 'docs', 'd04_poa_tunisia_stripped_labels.txt'));

const bytes = (...parts: (Uint8Array | number[] | string)[]): Uint8Array =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p as Uint8Array))));

/** Deterministic pseudo-random bytes. */
function noise(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length);
  let a = seed;
  for (let i = 0; i < length; i++) {
    a = (Math.imul(a, 1103515245) + 12345) >>> 0;
    out[i] = a >>> 24;
  }
  return out;
}

type Outcome = 'loaded' | 'quarantined' | 'skipped' | `entry:${'skipped' | 'refused' | 'unreadable' | 'duplicate'}`;

interface Case {
  /** Path under raw/ (a folder ends with `/`). */
  path: string;
  expected: Outcome;
  /** What the reason (status_reason, issue or entry reason) must say. */
  says?: RegExp;
  why: string;
}

const CASES: Case[] = [
  { path: 'poa_ff.txt', expected: 'loaded', says: /1 invalid byte sequence\(s\) read as U\+FFFD on line\(s\) 57/, why: 'the PoA seed with one 0xFF appended: read as UTF-8, the byte replaced, a warning' },
  { path: 'poa_broken_number.txt', expected: 'loaded', says: /the total 607 is written across an unreadable byte/, why: '9,607 written as 9<0xFF>607: that number is not loaded' },
  { path: 'amap.txt', expected: 'loaded', why: 'the A-MAP seed' },
  { path: 'amap_copy.txt', expected: 'entry:duplicate', says: /same bytes .* as amap\.txt, which is loaded once$/, why: 'the same bytes under another name' },
  { path: 'amap_copy_sidecar.txt', expected: 'entry:duplicate', says: /its sidecar differs from that of amap\.txt and is ignored/, why: 'the same bytes with a different sidecar' },
  { path: 'empty.txt', expected: 'quarantined', says: /the file is empty \(0 bytes\)/, why: 'an empty file' },
  { path: 'blank.txt', expected: 'quarantined', says: /holds no text \(only whitespace\)/, why: 'whitespace only' },
  { path: 'noise.bin', expected: 'skipped', says: /./, why: 'random bytes: no known kind' },
  { path: 'minutes.txt', expected: 'skipped', says: /./, why: 'plain text of no known kind' },
  { path: 'ru_1251.txt', expected: 'loaded', why: 'a Russian national report in windows-1251: decoded, encoding recorded' },
  { path: 'poa_utf16.txt', expected: 'loaded', why: 'the PoA seed in UTF-16LE with a BOM' },
  { path: 'truncated.pdf', expected: 'quarantined', says: /could not read truncated\.pdf/, why: 'a PDF cut short' },
  { path: 'encrypted.pdf', expected: 'quarantined', says: /could not read encrypted\.pdf/, why: 'a PDF with a password' },
  { path: 'scan.pdf', expected: 'quarantined', says: /could not read scan\.pdf/, why: 'a PDF holding only an image' },
  { path: 'country_xxx.txt', expected: 'loaded', says: /country_iso3 "XXX" is not an ISO 3166-1 alpha-3 country code/, why: 'a sidecar country that is no country' },
  { path: 'bad_sidecar.txt', expected: 'loaded', says: /sidecar is not valid JSON/, why: 'a sidecar that is not JSON' },
  { path: '.DS_Store', expected: 'entry:skipped', says: /hidden file/, why: 'a hidden file' },
  { path: '.git/', expected: 'entry:skipped', says: /hidden folder/, why: 'a hidden folder (its files are not read)' },
  { path: 'orphan.txt.meta.json', expected: 'entry:skipped', says: /orphan sidecar: no document orphan\.txt/, why: 'a sidecar without its document' },
  { path: 'sub/tunisia.txt', expected: 'loaded', why: 'a document in a sub-folder' },
  { path: 'link_inside.txt', expected: 'entry:duplicate', says: /as sub\/tunisia\.txt/, why: 'a link to a file inside the raw folder: followed, its bytes are loaded once' },
  { path: 'link_outside.txt', expected: 'entry:refused', says: /symbolic link leads outside the raw folder/, why: 'a link leaving the raw folder' },
  { path: 'link_broken.txt', expected: 'entry:refused', says: /broken symbolic link/, why: 'a link to nothing' },
  { path: 'loop/', expected: 'entry:refused', says: /folder already walked as the raw folder itself/, why: 'a link to the raw folder: never loops' },
  { path: 'alias/', expected: 'entry:refused', says: /folder already walked as sub/, why: 'a second way into a folder' },
  { path: 'fifo.txt', expected: 'entry:refused', says: /not a regular file/, why: 'a FIFO would block a read' },
  { path: 'locked.txt', expected: 'entry:unreadable', says: /EACCES/, why: 'a file that cannot be read (injected EACCES)' },
  { path: 'locked_dir/', expected: 'entry:unreadable', says: /folder cannot be listed \(EACCES/, why: 'a folder that cannot be listed (injected EACCES)' },
  { path: 'stray_byte.html', expected: 'skipped', says: /./, why: 'an HTML page with one stray byte: read as UTF-8 with a warning' },
  { path: 'ru_koi8.txt', expected: 'loaded', why: 'a Russian national report in KOI8-R' },
  { path: 'poa_utf16be.txt', expected: 'loaded', why: 'the PoA seed in UTF-16BE with a BOM' },
  { path: 'poa_bom_crlf.txt', expected: 'loaded', why: 'the PoA seed with a UTF-8 BOM and CRLF line ends' },
  { path: 'poa_many_bad.txt', expected: 'loaded', says: /12 invalid byte sequence\(s\) read as U\+FFFD/, why: 'the PoA seed with twelve stray bytes: still UTF-8, each line named' },
  { path: 'name with spaces é.txt', expected: 'loaded', why: 'a file name with spaces and an accent' },
  { path: 'deep/a/b/c/d/e/amap_deep.txt', expected: 'loaded', why: 'a document six folders down' },
  { path: 'empty_dir/', expected: 'entry:skipped', says: /empty folder/, why: 'an empty folder' },
  { path: 'dir.meta.json/', expected: 'entry:skipped', says: /empty folder/, why: 'a folder named like a sidecar' },
  { path: 'empty_sidecar.txt', expected: 'loaded', says: /sidecar is not valid JSON/, why: 'a sidecar of zero bytes' },
  { path: 'array_sidecar.txt', expected: 'loaded', says: /sidecar is not a JSON object/, why: 'a sidecar holding a JSON array' },
  { path: 'link_to_hidden.txt', expected: 'loaded', why: 'a link inside the raw folder to a hidden file: followed (the hidden file itself is skipped)' },
  { path: '.hidden_target.txt', expected: 'entry:skipped', says: /hidden file/, why: 'the hidden target of that link' },
  { path: 'link_chain.txt', expected: 'entry:duplicate', says: /as amap\.txt/, why: 'a link to a link to a file inside' },
  { path: 'link_inside_amap', expected: 'entry:duplicate', says: /as amap\.txt/, why: 'the middle link of that chain' },
  { path: 'null_bytes.txt', expected: 'skipped', says: /./, why: 'a file of NUL bytes: of no known kind, recorded with the reason' },
  { path: 'bom_then_1252.txt', expected: 'loaded', says: /starts with a UTF-8 byte-order mark but the bytes after it are not UTF-8; read as windows-1252/, why: 'a UTF-8 BOM before windows-1252 bytes: the bytes are read as windows-1252 (not U+FFFD), the contradiction a warning' },
  { path: 'nul_inside.txt', expected: 'loaded', says: /1 control character\(s\) \(NUL, ESC, \.\.\.: never text\) read as U\+FFFD on line\(s\) \d+/, why: 'the PoA seed with a NUL byte between two lines: loaded whole, the NUL named' },
  { path: 'nul_in_number.txt', expected: 'loaded', says: /the total 7 is written across an unreadable byte/, why: '9,607 written as 9,6<NUL>07: read as 7 before; now that number is not loaded' },
  { path: 'cr_only.txt', expected: 'loaded', why: 'the PoA seed with CR-only line ends (classic Mac OS): lines as with LF' },
  { path: 'script_only.html', expected: 'quarantined', says: /the page holds no readable text: its body is empty or only scripts/, why: 'an HTML page that is only a <script>: nothing a reader sees, not classified by its source' },
  { path: 'script_only_kind.html', expected: 'quarantined', says: /the page holds no readable text/, why: 'the same page with a sidecar naming a kind: never loaded as an empty document' },
  { path: 'text_named.pdf', expected: 'loaded', why: 'plain text under a .pdf name: read by its bytes, as text' },
  { path: 'pdf_named.txt', expected: 'loaded', why: 'a PDF under a .txt name: read by its bytes, as a PDF' },
  { path: 'zero_pages.pdf', expected: 'quarantined', says: /broken: the PDF has no pages/, why: 'a well-formed PDF with no page at all' },
  { path: 'future_year.txt', expected: 'loaded', says: /report_year 2090 is in the future/, why: 'a sidecar report_year after the next year: refused, the year read from the document' },
  { path: 'language_xx.txt', expected: 'loaded', says: /language "xx" is not an ISO 639-1 code/, why: 'a sidecar language of two letters that is no language: refused, not loaded as a language' },
  { path: 'report.txt.gz', expected: 'quarantined', says: /a gzip-compressed file: compressed files and archives are not unpacked/, why: 'a gzip of the PoA seed: named, not read as text of unknown kind' },
  { path: 'report.zip', expected: 'quarantined', says: /a ZIP archive \(or a \.docx, \.xlsx or \.odt document/, why: 'a ZIP storing an HTML page (its first KiB looks like HTML): named by its magic number' },
  { path: 'sidecar_dir.txt', expected: 'loaded', says: /the sidecar sidecar_dir\.txt\.meta\.json is a folder, not a JSON file/, why: 'a sidecar that is a folder: the document loads without it, with the reason' },
  { path: 'sidecar_dir.txt.meta.json/', expected: 'entry:skipped', says: /empty folder/, why: 'that folder itself' },
  { path: 'too_big.txt', expected: 'quarantined', says: /the file is 2\.5 MiB, over the size limit of 2 MiB; raise it with --max-bytes/, why: 'a file over the size limit (the corpus runs with 2 MiB): not read at all' },
  { path: 'too_many_lines.txt', expected: 'quarantined', says: /the document has 60000 lines of text, over the limit of 50000; raise it with --max-lines/, why: 'a dump of short lines over the line limit' },
  { path: 'too_many_pages.pdf', expected: 'quarantined', says: /the PDF has 25 pages, over the limit of 20; raise it with --max-pages/, why: 'a PDF over the page limit: refused from its catalogue, no page read' },
  { path: 'one_long_line.txt', expected: 'loaded', why: 'the PoA seed with every line break gone (about 500 KB on one line, repeated): read in time, no crash' },
  { path: 'cut_short.txt', expected: 'loaded', says: /the document seems cut short: its last line \(\d+\) stops inside a sentence\. What it holds is loaded; the sections it never reached are missing, not empty/, why: 'the A-MAP seed saved only in part, mid-paragraph: classified and loaded as far as it goes, with a warning' },
  { path: 'wrong_charset.html', expected: 'loaded', says: /the page declares windows-1252 but its letters are runs of high bytes, as Cyrillic text is; read as windows-1251/, why: 'a Russian report in windows-1251 under a stale <meta charset=iso-8859-1>: read as Cyrillic, not as Latin mojibake skipped as unknown' },
];

/** A ZIP local file header storing (not compressing) one file, as `zip -0` writes it. */
function storedZip(name: string, content: Uint8Array): Uint8Array {
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(10, 4);
  header.writeUInt32LE(content.length, 18);
  header.writeUInt32LE(content.length, 22);
  header.writeUInt16LE(Buffer.byteLength(name), 26);
  return bytes(header, name, content);
}

/** Fails reads of `locked.txt` and listings of `locked_dir` as a file system without permission would. */
function lockedFs(raw: string): DiscoverFs {
  const denied = (path: string) => Object.assign(new Error(`EACCES: permission denied, open '${path}'`), { code: 'EACCES' });
  return {
    readdir: async (path) => {
      if (path === join(raw, 'locked_dir')) throw denied(path);
      return readdir(path, { withFileTypes: true });
    },
    readFile: async (path) => {
      if (path === join(raw, 'locked.txt')) throw denied(path);
      return readFile(path);
    },
  };
}

async function buildCorpus(dir: string, raw: string): Promise<void> {
  writeFile(join(raw, 'poa_ff.txt'), bytes(POA_SEED, [0xff]));
  writeFile(join(raw, 'poa_broken_number.txt'), Buffer.from(POA_SEED.toString('latin1').replace('9,607', '9\xff607'), 'latin1'));
  writeFile(join(raw, 'amap.txt'), AMAP_SEED);
  writeFile(join(raw, 'amap_copy.txt'), AMAP_SEED);
  writeFile(join(raw, 'amap_copy_sidecar.txt'), AMAP_SEED);
  writeFile(join(raw, 'amap_copy_sidecar.txt.meta.json'), JSON.stringify({ source_url: 'https://example.org/other' }));
  writeFile(join(raw, 'empty.txt'), '');
  writeFile(join(raw, 'blank.txt'), '   \n\n\t\n');
  writeFile(join(raw, 'noise.bin'), noise(4096, 7));
  writeFile(join(raw, 'minutes.txt'), 'Minutes of the meeting of the garden committee.\nThe roses are fine.\n');
  writeFile(join(raw, 'ru_1251.txt'), encodeText(RUSSIAN, 'windows-1251'));
  writeFile(join(raw, 'poa_utf16.txt'), encodeText(POA_SEED.toString('utf8'), 'utf-16le-bom'));
  writeFile(join(raw, 'truncated.pdf'), await makeTruncatedPdf());
  writeFile(join(raw, 'encrypted.pdf'), await makeEncryptedPdf());
  writeFile(join(raw, 'scan.pdf'), await makeScanPdf());
  writeFile(join(raw, 'country_xxx.txt'), bytes(AMAP_SEED, '\n'));
  writeFile(join(raw, 'country_xxx.txt.meta.json'), JSON.stringify({ country_iso3: 'XXX' }));
  writeFile(join(raw, 'bad_sidecar.txt'), bytes(AMAP_SEED, '\n\n'));
  writeFile(join(raw, 'bad_sidecar.txt.meta.json'), '{"kind": "amap_profile",');
  writeFile(join(raw, '.DS_Store'), noise(64, 3));
  writeFile(join(raw, '.git', 'config'), '[core]\n');
  writeFile(join(raw, 'orphan.txt.meta.json'), JSON.stringify({ country_iso3: 'KAZ' }));
  writeFile(join(raw, 'sub', 'tunisia.txt'), TUNISIA);
  symlinkSync(join(raw, 'sub', 'tunisia.txt'), join(raw, 'link_inside.txt'));
  writeFile(join(dir, 'outside.txt'), AMAP_SEED);
  symlinkSync(join(dir, 'outside.txt'), join(raw, 'link_outside.txt'));
  symlinkSync(join(raw, 'nothing-here.txt'), join(raw, 'link_broken.txt'));
  symlinkSync(raw, join(raw, 'loop'));
  symlinkSync(join(raw, 'sub'), join(raw, 'alias'));
  execFileSync('mkfifo', [join(raw, 'fifo.txt')]);
  writeFile(join(raw, 'locked.txt'), AMAP_SEED);
  writeFile(join(raw, 'locked_dir', 'inside.txt'), AMAP_SEED);
  writeFile(join(raw, 'ru_koi8.txt'), encodeText(RUSSIAN, 'koi8-r'));
  writeFile(join(raw, 'poa_utf16be.txt'), encodeText(POA_SEED.toString('utf8'), 'utf-16be-bom'));
  writeFile(join(raw, 'poa_bom_crlf.txt'), bytes([0xef, 0xbb, 0xbf], POA_SEED.toString('utf8').replace(/\n/g, '\r\n')));
  writeFile(join(raw, 'poa_many_bad.txt'), Buffer.from(POA_SEED.toString('latin1').split('\n').map((line, i) => (i % 5 === 0 && i < 60 ? `${line}\xfe` : line)).join('\n'), 'latin1'));
  writeFile(join(raw, 'name with spaces é.txt'), bytes(AMAP_SEED, '\n\n\n'));
  writeFile(join(raw, 'deep', 'a', 'b', 'c', 'd', 'e', 'amap_deep.txt'), bytes(AMAP_SEED, '\n\n\n\n'));
  mkdirSync(join(raw, 'empty_dir'));
  mkdirSync(join(raw, 'dir.meta.json'));
  writeFile(join(raw, 'empty_sidecar.txt'), bytes(AMAP_SEED, ' \n'));
  writeFile(join(raw, 'empty_sidecar.txt.meta.json'), '');
  writeFile(join(raw, 'array_sidecar.txt'), bytes(AMAP_SEED, '  \n'));
  writeFile(join(raw, 'array_sidecar.txt.meta.json'), '[1, 2]');
  writeFile(join(raw, '.hidden_target.txt'), bytes(AMAP_SEED, '   \n'));
  symlinkSync(join(raw, '.hidden_target.txt'), join(raw, 'link_to_hidden.txt'));
  symlinkSync(join(raw, 'link_inside_amap'), join(raw, 'link_chain.txt'));
  symlinkSync(join(raw, 'amap.txt'), join(raw, 'link_inside_amap'));
  writeFile(join(raw, 'null_bytes.txt'), new Uint8Array(512));
  writeFile(join(raw, 'bom_then_1252.txt'), bytes([0xef, 0xbb, 0xbf], encodeText(AMAP_SEED.toString('utf8'), 'windows-1252')));
  const poaLines = POA_SEED.toString('utf8').split('\n');
  writeFile(join(raw, 'nul_inside.txt'), bytes(poaLines.slice(0, 40).join('\n'), '\n', [0], poaLines.slice(40).join('\n')));
  writeFile(join(raw, 'nul_in_number.txt'), bytes(POA_SEED.toString('utf8').replace('9,607', '9,6\u000007')));
  writeFile(join(raw, 'cr_only.txt'), bytes(POA_SEED.toString('utf8').replace(/\n/g, '\r')));
  const scriptOnly = '<!DOCTYPE html>\n<html><head><title>National report</title></head><body>\n<script>\ndocument.write("Seized: 9,607 weapons");\n</script>\n</body></html>\n';
  writeFile(join(raw, 'script_only.html'), scriptOnly);
  writeFile(join(raw, 'script_only_kind.html'), scriptOnly.replace('National report', 'Country profile'));
  writeFile(join(raw, 'script_only_kind.html.meta.json'), JSON.stringify({ kind: 'amap_profile' }));
  writeFile(join(raw, 'text_named.pdf'), bytes(AMAP_SEED, '\n\n\n\n\n'));
  writeFile(join(raw, 'pdf_named.txt'), await makePdfFromText(AMAP_SEED.toString('utf8').split('\n').slice(0, 60)));
  writeFile(join(raw, 'zero_pages.pdf'), '%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');
  writeFile(join(raw, 'future_year.txt'), bytes(AMAP_SEED, '\n \n'));
  writeFile(join(raw, 'future_year.txt.meta.json'), JSON.stringify({ report_year: 2090 }));
  writeFile(join(raw, 'language_xx.txt'), bytes(AMAP_SEED, '\n  \n'));
  writeFile(join(raw, 'language_xx.txt.meta.json'), JSON.stringify({ language: 'xx' }));
  writeFile(join(raw, 'report.txt.gz'), gzipSync(POA_SEED));
  writeFile(join(raw, 'report.zip'), storedZip('index.html', bytes('<!DOCTYPE html>\n<html lang="en"><body><p>Kazakhstan: 9,607 weapons seized.</p></body></html>\n')));
  writeFile(join(raw, 'sidecar_dir.txt'), bytes(AMAP_SEED, '\n\t\n'));
  mkdirSync(join(raw, 'sidecar_dir.txt.meta.json'));
  const escapeHtml = (line: string) => line.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const russianPage = `<!DOCTYPE html>\n<html lang="ru"><head><meta charset="iso-8859-1"></head>\n<body>\n${RUSSIAN.split('\n').filter((l) => l.trim() !== '').map((l) => `<p>${escapeHtml(l)}</p>`).join('\n')}\n</body></html>\n`;
  writeFile(join(raw, 'wrong_charset.html'), encodeText(russianPage, 'windows-1251'));
  const seedText = POA_SEED.toString('utf8');
  // The A-MAP seed cut in the middle of its longest paragraph past its tables, as a download that stopped.
  const profile = AMAP_SEED.toString('utf8');
  const longest = profile.split('\n').slice(20).reduce((a, b) => (b.length > a.length ? b : a));
  writeFile(join(raw, 'cut_short.txt'), bytes(profile.slice(0, profile.indexOf(longest) + Math.floor(longest.length / 2)).replace(/\s+\S*$/u, ' of the')));
  writeFile(join(raw, 'too_big.txt'), bytes(seedText.repeat(Math.ceil((2.5 * 1024 * 1024) / seedText.length)).slice(0, 2.5 * 1024 * 1024)));
  writeFile(join(raw, 'too_many_lines.txt'), bytes(Array.from({ length: 60_000 }, (_, i) => `row ${i}`).join('\n')));
  writeFile(join(raw, 'too_many_pages.pdf'), await makePdfFromText(Array.from({ length: 50 }, (_, i) => `Page line ${i + 1}: national report on small arms.`), { linesPerPage: 2 }));
  writeFile(join(raw, 'one_long_line.txt'), bytes(Array.from({ length: 20 }, () => seedText.replace(/\s+/gu, ' ')).join(' ')));
  writeFile(join(raw, 'stray_byte.html'), bytes('<!DOCTYPE html>\n<html lang="ru"><head><title>Отчёт</title></head>\n<body><p>Изъято 1 560 единиц оружия.</p>\n<p>Конец', [0xc0], '</p></body></html>\n'));
}

function query<T>(warehouse: string, sql: string, ...params: unknown[]): T[] {
  const db = new Database(warehouse, { readonly: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

/** Every entry of the folder, as discovery names them (folders with a trailing `/`), not descending into links or hidden folders. */
function folderEntries(raw: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(raw, prefix)).sort()) {
    const rel = prefix ? `${prefix}/${name}` : name;
    const info = lstatSync(join(raw, rel));
    if (info.isDirectory() && !name.startsWith('.')) {
      const inside = folderEntries(raw, rel);
      out.push(...(inside.length > 0 ? inside : [`${rel}/`]));
    }
    else out.push(info.isDirectory() || (info.isSymbolicLink() && pointsAtFolder(join(raw, rel))) ? `${rel}/` : rel);
  }
  return out;
}

function pointsAtFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** The checks every run over the corpus must pass. */
function expectWarehouseSound(warehouse: string): void {
  expect(query(warehouse, 'PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
  expect(query(warehouse, 'PRAGMA foreign_key_check')).toEqual([]);
  for (const table of FACT_TABLES) {
    const incomplete = query<{ n: number }>(warehouse, `SELECT count(*) AS n FROM ${table} t LEFT JOIN documents d ON d.document_id = t.document_id
      WHERE d.document_id IS NULL OR t.source_text = '' OR t.line_start IS NULL OR t.extractor = ''`);
    expect(incomplete, `${table}: facts without complete lineage`).toEqual([{ n: 0 }]);
  }
}

describe('the bad-input corpus', () => {
  const ws = makeWorkspace('bad-inputs');
  let summary: RunSummary;
  beforeAll(async () => {
    await buildCorpus(ws.dir, ws.raw);
    summary = await backend.runPipelines({
      rawDir: ws.raw, warehousePath: ws.warehouse, pipelines: PIPELINES, allPipelines: PIPELINES, discoverFs: lockedFs(ws.raw),
      // Limits far below the defaults, so the corpus holds files over each without being large itself.
      limits: { maxBytes: 2 * 1024 * 1024, maxLines: 50_000, maxPages: 20 },
    });
  }, 120_000);
  afterAll(() => ws.cleanup());

  it('ends partial (some documents quarantined), never failed', () => {
    expect(summary.status).toBe('partial');
    expect(summary.message).toBeNull();
  });

  it.each(CASES.map((c) => [c.path, c.expected, c] as const))('%s: %s', (path, expected, c) => {
    if (expected.startsWith('entry:')) {
      const entry = summary.entries.find((e) => e.path === path);
      expect(entry?.outcome, c.why).toBe(expected.slice('entry:'.length));
      if (c.says) expect(entry?.reason).toMatch(c.says);
      return;
    }
    const [doc] = query<{ document_id: number; status: string; status_reason: string | null }>(ws.warehouse,
      'SELECT document_id, status, status_reason FROM documents WHERE source_path = ?', path);
    expect(doc?.status, c.why).toBe(expected);
    if (c.says) {
      const said = [doc?.status_reason ?? '', ...query<{ message: string }>(ws.warehouse, 'SELECT message FROM quality_issues WHERE document_id = ?', doc?.document_id).map((i) => i.message)];
      expect(said.some((text) => c.says?.test(text)), `${c.why}: ${JSON.stringify(said)}`).toBe(true);
    }
  });

  it('accounts for every entry of the folder: a document of this run or an entry with its reason', () => {
    const documents = new Set(query<{ source_path: string }>(ws.warehouse, 'SELECT source_path FROM documents WHERE last_run_id = ?', summary.runId).map((d) => d.source_path));
    const entries = new Set(query<{ path: string }>(ws.warehouse, 'SELECT path FROM run_entries WHERE run_id = ?', summary.runId).map((e) => e.path));
    const unaccounted = folderEntries(ws.raw).filter((path) => {
      if (documents.has(path) || entries.has(path)) return false;
      // A sidecar is read with its document (or its duplicate); a hidden or unreadable folder stands for its files.
      const sidecarOf = path.endsWith('.meta.json') ? path.slice(0, -'.meta.json'.length) : null;
      if (sidecarOf && (documents.has(sidecarOf) || entries.has(sidecarOf))) return false;
      return ![...entries].some((e) => e.endsWith('/') && path.startsWith(e));
    });
    expect(unaccounted).toEqual([]);
    // And the cases above are the whole folder.
    expect(folderEntries(ws.raw).filter((p) => !p.endsWith('.meta.json') || p === 'orphan.txt.meta.json').filter((p) => !CASES.some((c) => p === c.path || (c.path.endsWith('/') && p.startsWith(c.path))))).toEqual([]);
  });

  it('keeps the PoA seed whole despite the appended byte: 62 weapon counts, 8 count statements, 9 submissions, Russian intact, one warning', () => {
    const [doc] = query<{ document_id: number; encoding: string }>(ws.warehouse, `SELECT document_id, encoding FROM documents WHERE source_path = 'poa_ff.txt'`);
    const n = (table: string) => query<{ n: number }>(ws.warehouse, `SELECT count(*) AS n FROM ${table} WHERE document_id = ?`, doc?.document_id)[0]?.n;
    expect(doc?.encoding).toBe('utf-8');
    expect([n('weapon_counts'), n('count_statements'), n('report_submissions')]).toEqual([62, 8, 9]);
    expect(query(ws.warehouse, `SELECT severity, rule FROM quality_issues WHERE document_id = ? AND severity != 'info'`, doc?.document_id)).toEqual([{ severity: 'warning', rule: 'replaced-bytes' }]);
    expect(query(ws.warehouse, `SELECT report_year, language_raw FROM report_submissions WHERE document_id = ? AND language = 'ru' ORDER BY report_year`, doc?.document_id))
      .toEqual([2005, 2006, 2008, 2010, 2015].map((report_year) => ({ report_year, language_raw: 'Русский' })));
  });

  it('never loads a number written across the unreadable byte', () => {
    const [doc] = query<{ document_id: number }>(ws.warehouse, `SELECT document_id FROM documents WHERE source_path = 'poa_broken_number.txt'`);
    expect(query(ws.warehouse, `SELECT quantity FROM weapon_counts WHERE document_id = ? AND (quantity IN (9607, 607) OR source_text LIKE '%' || char(65533) || '%')`, doc?.document_id)).toEqual([]);
    expect(query(ws.warehouse, `SELECT total FROM count_statements WHERE document_id = ? AND source_text LIKE '%' || char(65533) || '%'`, doc?.document_id)).toEqual([{ total: null }]);
  });

  it('records the encodings chosen', () => {
    expect(query(ws.warehouse, `SELECT source_path, encoding FROM documents WHERE source_path IN ('ru_1251.txt', 'poa_utf16.txt', 'stray_byte.html') ORDER BY source_path`)).toEqual([
      { source_path: 'poa_utf16.txt', encoding: 'utf-16le' },
      { source_path: 'ru_1251.txt', encoding: 'windows-1251' },
      { source_path: 'stray_byte.html', encoding: 'utf-8' },
    ]);
  });

  it('reads files by their bytes, not their names or declarations: a BOM-prefixed windows-1252 file as windows-1252, a windows-1251 page declared Western as windows-1251', () => {
    expect(query(ws.warehouse, `SELECT source_path, format, encoding FROM documents WHERE source_path IN ('bom_then_1252.txt', 'pdf_named.txt', 'text_named.pdf') ORDER BY source_path`)).toEqual([
      { source_path: 'bom_then_1252.txt', format: 'text', encoding: 'windows-1252' },
      { source_path: 'pdf_named.txt', format: 'pdf', encoding: null },
      { source_path: 'text_named.pdf', format: 'text', encoding: 'utf-8' },
    ]);
    expect(query(ws.warehouse, `SELECT d.encoding, d.kind, count(w.count_id) > 0 AS has_counts FROM documents d LEFT JOIN weapon_counts w ON w.document_id = d.document_id WHERE d.source_path = 'wrong_charset.html' GROUP BY d.document_id`))
      .toEqual([{ encoding: 'windows-1251', kind: 'poa_report', has_counts: 1 }]);
  });

  it('never loads a number a control character cuts, nor a refused sidecar value', () => {
    const [doc] = query<{ document_id: number }>(ws.warehouse, `SELECT document_id FROM documents WHERE source_path = 'nul_in_number.txt'`);
    expect(query(ws.warehouse, `SELECT total FROM count_statements WHERE document_id = ? AND source_text LIKE '%' || char(65533) || '%'`, doc?.document_id)).toEqual([{ total: null }]);
    // '7 fully automatic weapons' further on is a count of its own; no total read from the cut number is loaded.
    expect(query(ws.warehouse, `SELECT quantity FROM weapon_counts WHERE document_id = ? AND (quantity IN (607, 9607) OR (is_total AND quantity = 7))`, doc?.document_id)).toEqual([]);
    expect(query(ws.warehouse, `SELECT source_path, report_year, language FROM documents WHERE source_path IN ('future_year.txt', 'language_xx.txt') ORDER BY source_path`)).toEqual([
      { source_path: 'future_year.txt', report_year: null, language: 'en' },
      { source_path: 'language_xx.txt', report_year: null, language: 'en' },
    ]);
  });

  it('leaves a sound warehouse', () => expectWarehouseSound(ws.warehouse));
});

describe('runs over a changing folder', () => {
  // It shows the plan of the refused run too, and src/ops/plan.ts reads SQLite only: run on SQLite alone until it reads both.
  it.skipIf(backend.kind === 'postgres')('refuses to empty the warehouse when the raw folder is empty or missing, and a returning file is the same version again', async () => {
    const ws = makeWorkspace('removal');
    try {
      writeFile(join(ws.raw, 'amap.txt'), AMAP_SEED);
      writeFile(join(ws.raw, 'poa.txt'), POA_SEED);
      const run = (extra: Partial<Parameters<typeof backend.runPipelines>[0]> = {}) =>
        backend.runPipelines({ rawDir: ws.raw, warehousePath: ws.warehouse, pipelines: PIPELINES, allPipelines: PIPELINES, ...extra });
      expect((await run()).status).toBe('succeeded');
      const before = query(ws.warehouse, 'SELECT document_id, source_path, version, status FROM documents ORDER BY document_id');
      const facts = query<{ n: number }>(ws.warehouse, 'SELECT count(*) AS n FROM weapon_counts')[0]?.n;

      rmSync(join(ws.raw, 'amap.txt'));
      rmSync(join(ws.raw, 'poa.txt'));
      writeFile(join(ws.raw, '.DS_Store'), 'x');
      const plan = await planRun({ rawDir: ws.raw, warehousePath: ws.warehouse, pipelines: PIPELINES, allPipelines: PIPELINES });
      expect(formatPlan(plan).split('\n').slice(1)).toEqual([
        '  would not take .DS_Store (skipped): hidden file (name starts with a dot)',
        expect.stringMatching(/^ {2}would refuse to remove 2 document\(s\): the raw folder is empty while 2 document\(s\) are current/),
        'documents: 0 seen, 0 to load, 0 to re-extract, 0 to supersede, 0 skipped (unchanged), 0 skipped (unknown kind), 0 to quarantine, 0 to remove',
      ]);
      const emptied = await run();
      expect([emptied.status, emptied.documentsRemoved, emptied.removalsRefused]).toEqual(['removal_refused', 0, 2]);
      expect(emptied.message).toMatch(/^the raw folder is empty while 2 document\(s\) are current .*run again with --allow-removals/);
      expect(query(ws.warehouse, 'SELECT document_id, source_path, version, status FROM documents ORDER BY document_id')).toEqual(before);

      rmSync(ws.raw, { recursive: true });
      const missing = await run();
      expect([missing.status, missing.documentsRemoved]).toEqual(['removal_refused', 0]);
      expect(missing.message).toMatch(/^the raw folder is missing/);
      mkdirSync(ws.raw);

      const confirmed = await run({ removalLimits: { allowRemovals: true } });
      expect([confirmed.status, confirmed.documentsRemoved]).toEqual(['succeeded', 2]);
      expect(query(ws.warehouse, `SELECT count(*) AS n FROM documents WHERE status = 'loaded'`)).toEqual([{ n: 0 }]);

      writeFile(join(ws.raw, 'amap.txt'), AMAP_SEED);
      writeFile(join(ws.raw, 'poa.txt'), POA_SEED);
      const back = await run();
      expect(back.status).toBe('succeeded');
      expect(query(ws.warehouse, 'SELECT document_id, source_path, version, status FROM documents ORDER BY document_id')).toEqual(before);
      expect(query(ws.warehouse, 'SELECT count(*) AS n FROM weapon_counts')).toEqual([{ n: facts }]);
      expect(query(ws.warehouse, 'SELECT status FROM runs ORDER BY run_id')).toEqual(
        ['succeeded', 'removal_refused', 'removal_refused', 'succeeded', 'succeeded'].map((status) => ({ status })));
      expectWarehouseSound(ws.warehouse);
    } finally {
      ws.cleanup();
    }
  }, 120_000);

  it('refuses removing more than 10 documents and more than 20% of them, allows fewer', async () => {
    const ws = makeWorkspace('removal-share');
    try {
      // 30 small documents of no known kind: current (skipped) documents, cheap to run.
      for (let i = 0; i < 30; i++) writeFile(join(ws.raw, `note_${String(i).padStart(2, '0')}.txt`), `Note number ${i} about the garden.\n`);
      const run = (extra: Partial<Parameters<typeof backend.runPipelines>[0]> = {}) =>
        backend.runPipelines({ rawDir: ws.raw, warehousePath: ws.warehouse, pipelines: PIPELINES, allPipelines: PIPELINES, ...extra });
      await run();
      for (let i = 0; i < 11; i++) rmSync(join(ws.raw, `note_${String(i).padStart(2, '0')}.txt`));
      const refused = await run();
      expect([refused.status, refused.documentsRemoved, refused.removalsRefused]).toEqual(['removal_refused', 0, 11]);
      expect(refused.message).toMatch(/^the run would remove 11 of 30 current documents \(more than 10 and more than 20%\)/);
      const raised = await run({ removalLimits: { maxRemovals: 11 } });
      expect([raised.status, raised.documentsRemoved]).toEqual(['succeeded', 11]);
      for (let i = 11; i < 14; i++) rmSync(join(ws.raw, `note_${String(i).padStart(2, '0')}.txt`));
      const few = await run();
      expect([few.status, few.documentsRemoved]).toEqual(['succeeded', 3]);
      expectWarehouseSound(ws.warehouse);
    } finally {
      ws.cleanup();
    }
  }, 120_000);
});
