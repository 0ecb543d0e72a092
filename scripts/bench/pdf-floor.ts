/**
 * One turn of a PDF floor in a process of its own, as the pipeline's turn is (a cold start, nothing learnt
 * from the turn before): `node bin/run-ts.js scripts/bench/pdf-floor.ts <decoder-work|public-calls> <folder>`.
 * pdf-parse and pdf.js's worker module are loaded before the clock starts (opening the first file loads the
 * latter); prints `{"seconds":..,"cpuSeconds":..}`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pdfParseOptions } from '../../src/decoders/pdf.ts';
import { pdfParseFloor, pdfParsePublicFloor } from './floors.ts';

const [work, dir] = process.argv.slice(2);
if ((work !== 'decoder-work' && work !== 'public-calls') || !dir) {
  console.error('usage: pdf-floor.ts <decoder-work|public-calls> <folder of PDFs>');
  process.exit(2);
}
const files = readdirSync(dir).filter((name) => name.endsWith('.pdf')).sort().map((name) => join(dir, name));
const { PDFParse } = await import('pdf-parse');
const first = files[0];
if (first) {
  const parser = new PDFParse(pdfParseOptions(new Uint8Array(readFileSync(first))));
  await parser.getInfo();
  await parser.destroy();
}
const time = work === 'decoder-work' ? await pdfParseFloor(files) : await pdfParsePublicFloor(files);
console.log(JSON.stringify(time));
