import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { LexiconReads } from './lexicon-reads.ts';

/**
 * Versions derived from the code: an extractor's version is a digest of the source files it runs (the
 * static closure of relative imports from its index.ts, type-only imports left out), of the lexicon
 * sections it declares it reads, and of the classifier's digest (decoding and classification decide what
 * the extractor is given). No version is written by hand: change a file an extractor imports and every
 * document it loaded is re-extracted on the next run; change a file it does not import and its documents
 * stay `unchanged`.
 *
 * Lexicon data files (src/language/lexicons/) are left out of file closures: every extractor reads some
 * sections of them, and a change to a section must re-extract only the documents of the extractors that
 * read it. The sections a closure reads are derived from its code (lexicon-reads.ts), and their data
 * enters the digest instead.
 */

/**
 * The lexicon as the digest sees it: the names of its sections, and one section's data over every
 * language (e.g. `{ en: {...}, fr: {...} }`, undefined when no language has it).
 */
export interface LexiconSections {
  names: readonly string[];
  read(section: string): unknown;
}

/**
 * The sections of a lexicon registry: one data object per language, keyed by language code, each holding
 * sections by name. The registry is passed in so tests can use an edited copy of the real one.
 */
export function lexiconSections(registry: Readonly<Record<string, object>>): LexiconSections {
  const names = [...new Set(Object.values(registry).flatMap((lexicon) => Object.keys(lexicon)))].sort();
  return {
    names,
    read(section) {
      const perLanguage: Record<string, unknown> = {};
      for (const [language, lexicon] of Object.entries(registry)) {
        const data = (lexicon as Record<string, unknown>)[section];
        if (data !== undefined) perLanguage[language] = data;
      }
      return Object.keys(perLanguage).length === 0 ? undefined : perLanguage;
    },
  };
}

/** No lexicon: no sections. */
export const noLexicon: LexiconSections = { names: [], read: () => undefined };

/** What the digest needs to know of an extractor (its name locates src/extractors/<name>/index.ts). */
export interface DigestedExtractor {
  name: string;
  /** A stand-in defined outside src/extractors (a test's stub) states its version; real extractors never do. */
  fixedVersion?: string;
}

/** The version ids in force: `classifier@<hex>` and `<extractor>@<hex>` per extractor name. */
export interface CodeVersions {
  classifier: string;
  extractors: Record<string, string>;
}

export interface DigestInputs {
  /** The project root (holding src/ and pipelines/). */
  root: string;
  extractors: readonly DigestedExtractor[];
  lexicon: LexiconSections;
  /** For tests: reads a source file by absolute path (a test passes an edited copy of one file). */
  readSource?: (absPath: string) => string;
}

const LEXICON_DIR = join('src', 'language', 'lexicons');
/**
 * Decoding and classification: whatever they import is the classifier's code. The guard on bytes the
 * decoder could not read (pipeline/replaced-bytes.ts) is with them: it nulls or drops numbers of every
 * extractor's records after extraction, so a change to it changes what every extractor loads. So is the
 * reading of a document (pipeline/read-document.ts): it decides what is empty, unreadable or over a limit.
 */
const CLASSIFIER_ROOTS = [join('src', 'decoders', 'sniff.ts'), join('src', 'classify'), join('src', 'pipeline', 'replaced-bytes.ts'), join('src', 'pipeline', 'read-document.ts')];
const DIGEST_HEX = 8;

// `import x from './a.ts'`, `import { a, type B } from '../b.ts'`, `export * from './c.ts'`, `import './d.ts'`.
const STATIC_IMPORT = /(?:^|[;\n])\s*(import|export)\s+(type\s+)?([\w$*{}\s,]*?)\s*from\s*['"]([^'"]+)['"]/gu;
const SIDE_EFFECT_IMPORT = /(?:^|[;\n])\s*import\s*['"]([^'"]+)['"]/gu;
const DYNAMIC_IMPORT = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/gu;

/** True when every name an import brings in is a type (`import type {...}`, or `import { type A, type B }`). */
function typeOnly(typeKeyword: string | undefined, clause: string): boolean {
  if (typeKeyword) return true;
  const braces = /^\{([^}]*)\}$/u.exec(clause.trim());
  if (!braces) return false;
  const names = (braces[1] ?? '').split(',').map((n) => n.trim()).filter((n) => n !== '');
  return names.length > 0 && names.every((n) => n.startsWith('type '));
}

/** The relative specifiers a source file imports for their values. */
export function valueImports(source: string): string[] {
  const found: string[] = [];
  for (const m of source.matchAll(STATIC_IMPORT)) if (!typeOnly(m[2], m[3] ?? '')) found.push(m[4] ?? '');
  for (const m of source.matchAll(SIDE_EFFECT_IMPORT)) found.push(m[1] ?? '');
  for (const m of source.matchAll(DYNAMIC_IMPORT)) found.push(m[1] ?? '');
  return found.filter((s) => s.startsWith('./') || s.startsWith('../'));
}

function isLexiconFile(root: string, absPath: string): boolean {
  return relative(root, absPath).startsWith(`${LEXICON_DIR}${sep}`);
}

/** Source files reachable from `roots` (files or directories, relative to root) by value imports; sorted, relative to root. */
export function importClosure(inputs: Pick<DigestInputs, 'root' | 'readSource'>, roots: readonly string[]): string[] {
  const read = inputs.readSource ?? ((path: string) => readFileSync(path, 'utf8'));
  const seen = new Set<string>();
  const pending: string[] = [];
  for (const rootPath of roots) {
    const abs = resolve(inputs.root, rootPath);
    if (existsSync(abs) && !abs.endsWith('.ts')) {
      for (const entry of readdirSync(abs).sort()) if (entry.endsWith('.ts')) pending.push(join(abs, entry));
    } else {
      pending.push(abs);
    }
  }
  while (pending.length > 0) {
    const file = pending.pop() as string;
    if (seen.has(file) || isLexiconFile(inputs.root, file)) continue;
    seen.add(file);
    let source: string;
    try {
      source = read(file);
    } catch (cause) {
      throw new Error(`code digest: cannot read ${relative(inputs.root, file)}: ${(cause as Error).message}`, { cause });
    }
    for (const specifier of valueImports(source)) {
      const target = resolve(dirname(file), specifier);
      if (target.endsWith('.ts')) pending.push(target);
    }
  }
  return [...seen].map((abs) => relative(inputs.root, abs).split(sep).join('/')).sort();
}

/** JSON with sorted keys, and regexes, maps, sets and functions written out, so equal data digests equally. */
export function canonicalJson(value: unknown): string {
  const normalise = (v: unknown): unknown => {
    if (v instanceof RegExp) return `/${v.source}/${v.flags}`;
    if (v instanceof Map) return [...v.entries()].map(([k, x]) => [normalise(k), normalise(x)]);
    if (v instanceof Set) return [...v].map(normalise);
    if (typeof v === 'function') return `function ${v.toString()}`;
    if (Array.isArray(v)) return v.map(normalise);
    if (v !== null && typeof v === 'object') {
      return Object.fromEntries(Object.keys(v).sort().map((k) => [k, normalise((v as Record<string, unknown>)[k])]));
    }
    return v;
  };
  return JSON.stringify(normalise(value)) ?? 'undefined';
}

function digestOf(inputs: DigestInputs, files: readonly string[], sections: readonly string[], extra: string): string {
  const read = inputs.readSource ?? ((path: string) => readFileSync(path, 'utf8'));
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(`file ${file}\n`);
    hash.update(createHash('sha256').update(read(resolve(inputs.root, file))).digest('hex'));
    hash.update('\n');
  }
  for (const section of [...new Set(sections)].sort()) hash.update(`lexicon ${section}\n${canonicalJson(inputs.lexicon.read(section))}\n`);
  hash.update(extra);
  return hash.digest('hex').slice(0, DIGEST_HEX);
}

/**
 * The source files a pipeline definition adds to its extractors: pipelines/<name>.ts imports extractors
 * from src/extractors/<name>/index.ts and record transforms applied after them; those transforms shape
 * the facts as much as the extractor does.
 */
function pipelineRoots(inputs: Pick<DigestInputs, 'root' | 'readSource'>): Map<string, string[]> {
  const read = inputs.readSource ?? ((path: string) => readFileSync(path, 'utf8'));
  const dir = join(inputs.root, 'pipelines');
  const byExtractor = new Map<string, string[]>();
  if (!existsSync(dir)) return byExtractor;
  for (const entry of readdirSync(dir).sort()) {
    if (!entry.endsWith('.ts')) continue;
    const imports = valueImports(read(join(dir, entry))).map((s) => relative(inputs.root, resolve(dir, s)).split(sep).join('/'));
    const extractors = imports.map((p) => /^src\/extractors\/([^/]+)\/index\.ts$/u.exec(p)?.[1]).filter((n): n is string => n !== undefined);
    const others = imports.filter((p) => p.startsWith('src/') && !p.startsWith('src/extractors/'));
    for (const name of extractors) byExtractor.set(name, [...(byExtractor.get(name) ?? []), ...others]);
  }
  return byExtractor;
}

/** What one version is made of: its source files and the lexicon sections they read. */
export interface VersionInputs {
  files: string[];
  sections: string[];
}

/** The source files and lexicon sections each version is made of (for tests and for saying why a version changed). */
export function versionClosures(inputs: DigestInputs): { classifier: VersionInputs; extractors: Record<string, VersionInputs> } {
  const transforms = pipelineRoots(inputs);
  const reads = new LexiconReads({ root: inputs.root, sections: inputs.lexicon.names, readSource: inputs.readSource });
  const made = (files: string[]): VersionInputs => ({ files, sections: reads.sectionsReadBy(files) });
  const extractors: Record<string, VersionInputs> = {};
  for (const extractor of inputs.extractors) {
    if (extractor.fixedVersion !== undefined) continue;
    const index = join('src', 'extractors', extractor.name, 'index.ts');
    if (!existsSync(join(inputs.root, index))) {
      throw new Error(`code digest: extractor ${extractor.name} has no ${index}; an extractor's version is the digest of its module`);
    }
    extractors[extractor.name] = made(importClosure(inputs, [index, ...(transforms.get(extractor.name) ?? [])]));
  }
  return { classifier: made(importClosure(inputs, CLASSIFIER_ROOTS)), extractors };
}

/** The versions of the code under `inputs.root`, as ids: `classifier@3f9a1c2e`, `poa-report@0b1d2e3f`. */
export function computeCodeVersions(inputs: DigestInputs): CodeVersions {
  const closures = versionClosures(inputs);
  const classifier = `classifier@${digestOf(inputs, closures.classifier.files, closures.classifier.sections, '')}`;
  const extractors: Record<string, string> = {};
  for (const extractor of inputs.extractors) {
    if (extractor.fixedVersion !== undefined) {
      extractors[extractor.name] = `${extractor.name}@${extractor.fixedVersion}`;
      continue;
    }
    const made = closures.extractors[extractor.name] ?? { files: [], sections: [] };
    extractors[extractor.name] = `${extractor.name}@${digestOf(inputs, made.files, made.sections, `classifier ${classifier}\n`)}`;
  }
  return { classifier, extractors };
}

/**
 * One digest of every version in force (the classifier's and each extractor's): what runs.code_digest records.
 * Two processes with the same digest read every document alike; with different ones, each would re-extract what
 * the other loaded.
 */
export function codeDigestOf(versions: CodeVersions): string {
  const extractors = Object.entries(versions.extractors).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return createHash('sha256').update(JSON.stringify([versions.classifier, extractors])).digest('hex').slice(0, 12);
}
