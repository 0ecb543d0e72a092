import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/tmp.ts';

/**
 * The import graph of src/, as the README's layout section states it. Each folder of src/ may import
 * only the folders listed for it (and itself). Layers, bottom to top:
 *
 *   model
 *   language                      (lexicons: data per language)
 *   transforms                    (the parsers: numbers, dates, unknown markers, furniture, count statements)
 *   sources, decoders, classify, extractors   (peers: never import each other)
 *   warehouse                     (imports only model)
 *   pipeline                      (on top of those)
 *   fetch                         (downloads into raw/: sniffs with the decoders, names kinds of the model)
 *   ops                           (above pipeline and warehouse)
 *   analyst                       (above warehouse)
 *   cli                           (on top)
 */
const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  model: [],
  language: ['model'],
  transforms: ['model', 'language'],
  sources: ['model', 'language', 'transforms'],
  decoders: ['model', 'language', 'transforms'],
  classify: ['model', 'language', 'transforms'],
  extractors: ['model', 'language', 'transforms'],
  warehouse: ['model'],
  pipeline: ['model', 'language', 'transforms', 'sources', 'decoders', 'classify', 'extractors', 'warehouse'],
  fetch: ['model', 'decoders'],
  ops: ['model', 'language', 'transforms', 'sources', 'decoders', 'classify', 'extractors', 'warehouse', 'pipeline', 'fetch'],
  analyst: ['model', 'warehouse'],
  cli: ['model', 'language', 'transforms', 'sources', 'decoders', 'classify', 'extractors', 'warehouse', 'pipeline', 'fetch', 'ops', 'analyst', 'pipelines'],
};

const SRC = join(REPO_ROOT, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Relative module specifiers of `import ... from`, `export ... from` and `import('...')`. */
function relativeImports(code: string): string[] {
  const specifiers: string[] = [];
  for (const match of code.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+'(\.[^']+)'|import\(\s*'(\.[^']+)'\s*\)/gu)) {
    const specifier = match[1] ?? match[2];
    if (specifier) specifiers.push(specifier);
  }
  return specifiers;
}

/** The top folder of src/ a path lies in (`warehouse`), or `pipelines` for the pipeline definitions beside src/. */
function layerOf(path: string): string {
  const fromSrc = relative(SRC, path);
  if (fromSrc.startsWith('..')) return relative(REPO_ROOT, path).split(/[\\/]/u)[0] ?? '';
  return fromSrc.split(/[\\/]/u)[0] ?? '';
}

const edges = sourceFiles(SRC).flatMap((file) =>
  relativeImports(readFileSync(file, 'utf8')).map((specifier) => ({
    file: relative(REPO_ROOT, file),
    from: layerOf(file),
    to: layerOf(resolve(dirname(file), specifier)),
    specifier,
  })),
);

describe('the import graph of src/', () => {
  it('has a rule for every folder of src/', () => {
    const folders = readdirSync(SRC, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
    expect(folders.filter((f) => !(f in ALLOWED))).toEqual([]);
  });

  it('reads the imports it checks (the scanner is not blind)', () => {
    expect(edges.some((e) => e.from === 'pipeline' && e.to === 'warehouse')).toBe(true);
    expect(relativeImports("import type { A } from '../x/a.ts';\nexport { b } from './b.ts';\nconst c = await import('../c.ts');")).toEqual(['../x/a.ts', './b.ts', '../c.ts']);
  });

  it('has no import against the layers', () => {
    const against = edges
      .filter((e) => e.from !== e.to && !(ALLOWED[e.from] ?? []).includes(e.to))
      .map((e) => `${e.file} (${e.from}) imports ${e.specifier} (${e.to})`);
    expect(against).toEqual([]);
  });
});

/**
 * Inside src/warehouse: the schema's declaration (declaration/) is data every backend reads, so it imports
 * only itself and the fact tables' columns; PostgreSQL's code (postgres/) is the one place that speaks
 * PostgreSQL (the `pg` client, its SQL), so nothing else in src/ imports `pg` or it, but the commands that
 * select a backend (cli, ops, analyst).
 */
const WAREHOUSE = join(SRC, 'warehouse');
const warehouseFolderOf = (path: string): string => {
  const parts = relative(WAREHOUSE, path).split(/[\\/]/u);
  return parts.length > 1 && !parts[0]?.startsWith('..') ? (parts[0] ?? '') : '';
};

describe('the folders of src/warehouse', () => {
  it('declaration/ imports only itself and fact-columns.ts', () => {
    const against = edges
      .filter((e) => warehouseFolderOf(join(REPO_ROOT, e.file)) === 'declaration')
      .map((e) => ({ file: e.file, target: relative(WAREHOUSE, resolve(dirname(join(REPO_ROOT, e.file)), e.specifier)) }))
      .filter(({ target }) => !target.startsWith('declaration/') && target !== 'fact-columns.ts')
      .map(({ file, target }) => `${file} imports ${target}`);
    expect(against).toEqual([]);
  });

  it('postgres/ and the pg client are imported only from postgres/ and the layers that select a backend', () => {
    const selectors = new Set(['cli', 'ops', 'analyst']);
    const against = edges
      .filter((e) => warehouseFolderOf(resolve(dirname(join(REPO_ROOT, e.file)), e.specifier)) === 'postgres')
      .filter((e) => !selectors.has(e.from) && warehouseFolderOf(join(REPO_ROOT, e.file)) !== 'postgres')
      .map((e) => `${e.file} imports ${e.specifier}`);
    const pgClient = sourceFiles(SRC)
      .filter((file) => /from\s+'pg'/u.test(readFileSync(file, 'utf8')) && warehouseFolderOf(file) !== 'postgres')
      .map((file) => relative(REPO_ROOT, file));
    expect([...against, ...pgClient]).toEqual([]);
    expect(edges.some((e) => warehouseFolderOf(join(REPO_ROOT, e.file)) === 'postgres')).toBe(true);
  });
});
