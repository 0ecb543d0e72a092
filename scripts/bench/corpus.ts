/**
 * The benchmark's corpus: every profile, PoA page and national report the repository holds (the seeds,
 * the devsets, the golden fixtures; text and HTML), copied until the corpus has the documents asked
 * for, plus PDFs laid out as real ones are (scripts/wrapped-pdf.ts) from the text documents. Each copy
 * differs from the others by an invisible tail (a zero-width space and spaces, or an HTML comment), so
 * every copy is its own document with its own sha256, and extraction does the same work on it.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeWrappedPdf } from '../wrapped-pdf.ts';

export interface CorpusSource {
  /** Path relative to the repository, for the report. */
  name: string;
  text: string;
  format: 'text' | 'html';
}

export interface Corpus {
  dir: string;
  documents: number;
  bytes: number;
  /** Per format: documents and bytes. */
  formats: Record<'text' | 'html' | 'pdf', { documents: number; bytes: number }>;
  pdfPages: number;
  sources: number;
}

/** Folders of documents the pipeline reads (other genres and damaged files left to their own tests). */
const SOURCE_FOLDERS = [
  'raw',
  'tests/fixtures/devset/docs',
  'tests/fixtures/devset-local/docs',
  'tests/fixtures/amap_profile',
  'tests/fixtures/poa_profile',
  'tests/fixtures/poa_report',
  'tests/fixtures/html',
];

export function corpusSources(root: string): CorpusSource[] {
  const sources: CorpusSource[] = [];
  for (const folder of SOURCE_FOLDERS) {
    const dir = join(root, folder);
    for (const name of readdirSync(dir).sort()) {
      const format = name.endsWith('.txt') ? 'text' : name.endsWith('.html') ? 'html' : null;
      if (!format || !statSync(join(dir, name)).isFile()) continue;
      sources.push({ name: `${folder}/${name}`, text: readFileSync(join(dir, name), 'utf8'), format });
    }
  }
  return sources;
}

function varied(source: CorpusSource, copy: number): string {
  return source.format === 'html' ? `${source.text}\n<!-- copy ${copy} -->\n` : `${source.text}\n\u200b${' '.repeat(copy % 7)}${copy}\u200b\n`;
}

/** The pages a wrapped PDF has: counted from the page objects pdfkit wrote. */
function pdfPageCount(bytes: Uint8Array): number {
  return (Buffer.from(bytes).toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
}

/**
 * Writes `documents` files into `dir`: `pdfs` of them PDFs made from the text sources, the rest text and
 * HTML copies of every source in turn. File names carry the copy number first, so discovery interleaves
 * the kinds as a real raw folder does.
 */
export async function writeCorpus(root: string, dir: string, documents: number, pdfs: number): Promise<Corpus> {
  mkdirSync(dir, { recursive: true });
  const sources = corpusSources(root);
  const formats: Corpus['formats'] = { text: { documents: 0, bytes: 0 }, html: { documents: 0, bytes: 0 }, pdf: { documents: 0, bytes: 0 } };
  const plain = documents - pdfs;
  for (let i = 0; i < plain; i++) {
    const source = sources[i % sources.length] as CorpusSource;
    const copy = Math.floor(i / sources.length);
    const text = varied(source, copy);
    const name = `${String(copy).padStart(5, '0')}_${source.name.replaceAll('/', '_')}`;
    writeFileSync(join(dir, name), text);
    formats[source.format].documents++;
    formats[source.format].bytes += Buffer.byteLength(text);
  }
  const textSources = sources.filter((s) => s.format === 'text');
  let pdfPages = 0;
  // Few distinct layouts, each written once per source; copies differ by their title (in the PDF's info).
  for (let i = 0; i < pdfs; i++) {
    const source = textSources[i % textSources.length] as CorpusSource;
    const bytes = await makeWrappedPdf(source.text.split('\n'), { title: `${source.name} copy ${i}`, pageNumbers: i % 2 === 0 });
    writeFileSync(join(dir, `${String(i).padStart(5, '0')}_pdf_${source.name.replaceAll('/', '_').replace(/\.txt$/, '')}.pdf`), bytes);
    formats.pdf.documents++;
    formats.pdf.bytes += bytes.length;
    pdfPages += pdfPageCount(bytes);
  }
  return {
    dir,
    documents,
    bytes: formats.text.bytes + formats.html.bytes + formats.pdf.bytes,
    formats,
    pdfPages,
    sources: sources.length,
  };
}
