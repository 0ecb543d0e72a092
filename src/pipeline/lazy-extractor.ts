import type { Extractor } from '../extractors/extractor.ts';
import type { DocumentKind } from '../model/kinds.ts';
import type { PipelineDefinition } from './definition.ts';

/**
 * An extractor declared by its name and kinds, whose code (the extractor, the lexicon matchers it
 * compiles when loaded: a quarter of a second) is imported only when a document is read. The run's thread
 * decides which documents need reading from the names and kinds alone, so a night with nothing new never
 * loads it; whatever reads a document loads the extractors first (`loadExtractors`, read-document.ts).
 * Loading checks that the code is the extractor declared: a name or kinds that differ are an error.
 */
export interface LazyExtractor extends Extractor {
  load(): Promise<void>;
}

export function lazyExtractor(declared: { name: string; kinds: readonly DocumentKind[] }, load: () => Promise<Extractor>): LazyExtractor {
  let loaded: Extractor | null = null;
  let loading: Promise<void> | null = null;
  return {
    name: declared.name,
    kinds: declared.kinds,
    load() {
      loading ??= load().then((extractor) => {
        if (extractor.name !== declared.name || extractor.kinds.join(',') !== declared.kinds.join(',')) {
          throw new Error(`the extractor declared as ${declared.name} (${declared.kinds.join(', ')}) is ${extractor.name} (${extractor.kinds.join(', ')}) in its code`);
        }
        loaded = extractor;
      });
      return loading;
    },
    extract(doc, ctx) {
      if (!loaded) throw new Error(`the extractor ${declared.name} is not loaded: call loadExtractors(pipelines) before reading`);
      return loaded.extract(doc, ctx);
    },
  };
}

/** Loads the code of every lazy extractor of `pipelines` (once; extractors given as code need nothing). */
export async function loadExtractors(pipelines: readonly PipelineDefinition[]): Promise<void> {
  await Promise.all(pipelines.flatMap((p) => p.extractors).map((e) => ('load' in e && typeof e.load === 'function' ? (e as LazyExtractor).load() : undefined)));
}
