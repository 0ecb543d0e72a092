/**
 * The benchmark's PDF figure: the built CLI reading a folder of PDFs with one worker, against pdf-parse
 * doing the same work on one thread (floors.ts), in rounds that take turns (pipeline, floor, pdf-parse's
 * public calls), so that what else the machine runs weighs on each alike. Each turn is a process of its
 * own (the floor's through pdf-floor.ts), so none runs on code a turn before made fast. Each figure is the
 * median of the rounds, in wall and CPU seconds: on a shared machine the CPU ratio is the steadier one.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { FloorTime } from './floors.ts';
import { measure } from './measure.ts';

export interface PdfFigures {
  files: number;
  pages: number;
  rounds: number;
  /** Medians over the rounds. */
  seconds: number;
  cpu_seconds: number | null;
  threads: 1;
  pages_per_s: number;
  pdf_parse_seconds: number;
  pdf_parse_cpu_seconds: number;
  pdf_parse_threads: 1;
  pdf_parse_pages_per_s: number;
  /** Wall time of the pipeline over the floor's (medians). */
  ratio: number;
  cpu_ratio: number | null;
  /** pdf-parse's public getText and getTable, which read each page's text twice: the floor before 2026-11-28. */
  pdf_parse_public_seconds: number;
  pdf_parse_public_cpu_seconds: number;
  /** Every round, in order: [pipeline wall, pipeline CPU, floor wall, floor CPU]. */
  each_round: Array<[number, number | null, number, number]>;
}

/** One turn of a floor, in a process of its own (pdf-floor.ts). */
function floorTurn(root: string, work: 'decoder-work' | 'public-calls', pdfDir: string): FloorTime {
  const { stdout } = measure(process.execPath, [join(root, 'bin/run-ts.js'), join(root, 'scripts/bench/pdf-floor.ts'), work, pdfDir], root);
  return JSON.parse(stdout.trim().split('\n').pop() ?? '') as FloorTime;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

/** Measures `rounds` turns of the pipeline (a fresh warehouse each) and the floors over the PDFs in `pdfDir`. */
export function measurePdf(options: { root: string; pdfDir: string; files: readonly string[]; pages: number; rounds: number; scratch: string }): PdfFigures {
  const { root, pdfDir, files, pages, rounds, scratch } = options;
  const pipeline: Array<{ seconds: number; cpuSeconds: number | null }> = [];
  const floor: FloorTime[] = [];
  const publicCalls: FloorTime[] = [];
  for (let i = 0; i < rounds; i++) {
    const warehouse = join(scratch, `pdf-${i}.sqlite`);
    pipeline.push(measure(process.execPath, [join(root, 'bin/salw-etl.js'), 'run', '--raw', pdfDir, '--warehouse', warehouse, '--quiet', '--workers', '1'], root));
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${warehouse}${suffix}`, { force: true });
    floor.push(floorTurn(root, 'decoder-work', pdfDir));
    publicCalls.push(floorTurn(root, 'public-calls', pdfDir));
  }
  const cpus = pipeline.map((p) => p.cpuSeconds);
  const cpu = cpus.every((c): c is number => c !== null) ? median(cpus) : null;
  const seconds = median(pipeline.map((p) => p.seconds));
  const floorSeconds = median(floor.map((f) => f.seconds));
  const floorCpu = median(floor.map((f) => f.cpuSeconds));
  return {
    files: files.length,
    pages,
    rounds,
    seconds: round2(seconds),
    cpu_seconds: cpu === null ? null : round2(cpu),
    threads: 1,
    pages_per_s: Math.round((pages / seconds) * 10) / 10,
    pdf_parse_seconds: round2(floorSeconds),
    pdf_parse_cpu_seconds: round2(floorCpu),
    pdf_parse_threads: 1,
    pdf_parse_pages_per_s: Math.round((pages / floorSeconds) * 10) / 10,
    ratio: round2(seconds / floorSeconds),
    cpu_ratio: cpu === null ? null : round2(cpu / floorCpu),
    pdf_parse_public_seconds: round2(median(publicCalls.map((f) => f.seconds))),
    pdf_parse_public_cpu_seconds: round2(median(publicCalls.map((f) => f.cpuSeconds))),
    each_round: pipeline.map((p, k) => [round2(p.seconds), p.cpuSeconds === null ? null : round2(p.cpuSeconds), round2(floor[k]?.seconds ?? 0), round2(floor[k]?.cpuSeconds ?? 0)]),
  };
}
