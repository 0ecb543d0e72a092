import type { Extractor } from '../../src/extractors/extractor.ts';
import { ExtractionError } from '../../src/model/errors.ts';
import { emptyExtraction } from '../../src/model/records.ts';
import type { PipelineDefinition } from '../../src/pipeline/definition.ts';

/**
 * A stand-in extractor for testing the pipeline machinery on its own: documents whose first line is
 * `STUB PROFILE` (classified through a sidecar `kind`) hold lines `<year> <location> <deaths>`, each an
 * explosion. `THROW` makes the extractor fail; `INVALID` yields a row the warehouse rejects (a CHECK).
 */
export function stubExtractor(version = 1): Extractor {
  return {
    name: 'stub',
    fixedVersion: String(version),
    kinds: ['amap_profile'],
    extract(doc, ctx) {
      const extraction = emptyExtraction();
      doc.lines.forEach((line, i) => {
        if (line === 'THROW') throw new ExtractionError('the stub was told to fail', { documentPath: ctx.sourcePath, line: i + 1 });
        const match = /^(\d{4}) (\S+) (\d+|INVALID)$/.exec(line);
        if (!match) return;
        extraction.explosions.push({
          year: Number(match[1]), location: match[2] ?? null, owner_raw: null,
          owner_type: match[3] === 'INVALID' ? ('bogus' as 'state') : null, owner_sector: null,
          deaths: match[3] === 'INVALID' ? null : Number(match[3]), injuries: null,
          row_number: extraction.explosions.length + 1, table_caption: null,
          line_start: i + 1, line_end: i + 1, page: null, source_text: line,
        });
      });
      return extraction;
    },
  };
}

export function stubPipeline(version = 1): PipelineDefinition {
  return {
    name: 'stub',
    description: 'test stub',
    kinds: ['amap_profile'],
    extractors: [stubExtractor(version)],
    transforms: [],
    schedule: { cron: '0 2 * * *', timezone: 'UTC' },
  };
}

/** Sidecar JSON making a file a stub document of country KAZ. */
export function stubSidecar(extra: Record<string, string> = {}): string {
  return JSON.stringify({ kind: 'amap_profile', country_iso3: 'KAZ', ...extra });
}
