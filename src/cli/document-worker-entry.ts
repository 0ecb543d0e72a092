import { fileURLToPath } from 'node:url';

/**
 * Where the document worker's module is: the bundle the CLI build wrote beside its own (bin/build-cli.js
 * injects its path relative to the CLI bundle as __SALW_DOCUMENT_WORKER__, so a moved package still finds
 * it), or, when the sources run directly (tests), the TypeScript file, which the worker reader runs
 * through tsx.
 */
declare const __SALW_DOCUMENT_WORKER__: string | undefined;

export function documentWorkerEntry(): string {
  if (typeof __SALW_DOCUMENT_WORKER__ !== 'undefined') return fileURLToPath(new URL(__SALW_DOCUMENT_WORKER__, import.meta.url));
  return fileURLToPath(new URL('./document-worker.ts', import.meta.url));
}
