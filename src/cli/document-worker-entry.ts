import { fileURLToPath } from 'node:url';

/**
 * Where the document worker's module is: the bundle the CLI build wrote beside its own (bin/build-cli.js
 * injects its path as __SALW_DOCUMENT_WORKER__), or, when the sources run directly (tests), the
 * TypeScript file, which the worker reader runs through tsx.
 */
declare const __SALW_DOCUMENT_WORKER__: string | undefined;

export function documentWorkerEntry(): string {
  if (typeof __SALW_DOCUMENT_WORKER__ !== 'undefined') return __SALW_DOCUMENT_WORKER__;
  return fileURLToPath(new URL('./document-worker.ts', import.meta.url));
}
