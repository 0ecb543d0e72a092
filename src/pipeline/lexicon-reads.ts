import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, relative, resolve, sep } from 'node:path';

/**
 * Which lexicon sections a set of source files reads, derived from their code, so that no extractor
 * declares them by hand (a declared list rots the day a parser starts reading a new section).
 *
 * The files are read as JavaScript (esbuild strips types and comments: a type or a comment naming a
 * section reads nothing). A file outside the language layer reads every section whose name it writes,
 * as a property (`lexicon.monthNames`), a destructured name or a string (`entriesOf('reportWords')`),
 * plus what the language-layer functions it imports read. A language-layer module (src/language/*.ts)
 * is read function by function: an export reads the sections named in its own body and in the bodies of
 * the module's functions it calls, transitively, and in the language-layer exports it imports, so a
 * file that imports only `alternation` or `foldKey` reads no section, and one that calls `matchersOf`
 * reads every section the compiled matchers are built from.
 *
 * Over-reading is safe (a change re-extracts documents whose facts do not change); under-reading is not.
 * So a file that reaches into a lexicon with a computed key (`lexicon[key]`, `Object.values(lexicon)`,
 * `...lexicon`) is taken to read every section.
 */

const LANGUAGE_DIR = `src${sep}language${sep}`;
const LEXICON_DIR = `src${sep}language${sep}lexicons${sep}`;

/** Reaching into a lexicon by a computed key or as a whole: the section cannot be told from the code. */
const DYNAMIC_ACCESS = [
  /\b[\w$]*[lL]exicon\s*\[/u,
  /\blexiconOf\([^()]*\)\s*\[/u,
  /\bObject\.(?:keys|values|entries|assign|fromEntries)\(\s*[\w$.]*[lL]exicon\s*\)/u,
  /\.\.\.\s*[\w$.]*[lL]exicon\b/u,
];

const IDENTIFIER = /[A-Za-z_$][\w$]*/gu;
// esbuild writes one top-level declaration per line start: `export function f(`, `const x = `, `let y;`.
const TOP_LEVEL = /^(?:export\s+)?(?:async\s+)?(?:function\*?|const|let|var|class)\s+([\w$]+)/gmu;
const IMPORT_CLAUSE = /^import\s+(?:type\s+)?([\w$*{}\s,]*?)\s*from\s*['"]([^'"]+)['"]/gmu;

export interface LexiconReadInputs {
  root: string;
  /** Every section name of the lexicon. */
  sections: readonly string[];
  readSource?: (absPath: string) => string;
}

const jsCache = new Map<string, string>();

type TransformSync = (source: string, options: { loader: 'ts'; legalComments: 'none'; charset: 'utf8' }) => { code: string };
let transformSync: TransformSync | null = null;

/** esbuild, loaded on first use: a CLI whose versions were computed at build time never needs it. */
function esbuildTransform(): TransformSync {
  transformSync ??= (createRequire(import.meta.url)('esbuild') as { transformSync: TransformSync }).transformSync;
  return transformSync;
}

/** The file as JavaScript without types or comments. */
function javascriptOf(source: string, path: string): string {
  const cached = jsCache.get(source);
  if (cached !== undefined) return cached;
  let code: string;
  try {
    // No `format`: esbuild then keeps `export function f` in place rather than gathering the exports
    // into a final `export { ... }` block, which would read as part of the last declaration's body.
    code = esbuildTransform()(source, { loader: 'ts', legalComments: 'none', charset: 'utf8' }).code;
  } catch (cause) {
    throw new Error(`code digest: cannot read ${path} as TypeScript: ${(cause as Error).message}`, { cause });
  }
  jsCache.set(source, code);
  return code;
}

/** The value names a file imports from each relative specifier (`* as m` gives `*`; type-only imports are gone from the JavaScript). */
function importsOf(code: string): { names: string[]; specifier: string }[] {
  const found: { names: string[]; specifier: string }[] = [];
  for (const m of code.matchAll(IMPORT_CLAUSE)) {
    const clause = m[1] ?? '';
    const specifier = m[2] ?? '';
    if (!specifier.startsWith('.')) continue;
    const names: string[] = [];
    const braces = /\{([^}]*)\}/u.exec(clause);
    for (const part of (braces?.[1] ?? '').split(',')) {
      const name = part.trim().split(/\s+as\s+/u)[0]?.trim();
      if (name) names.push(name);
    }
    const outside = clause.replace(/\{[^}]*\}/u, '');
    if (outside.includes('*')) names.push('*');
    else if (/[\w$]/u.test(outside)) names.push('default');
    found.push({ names, specifier });
  }
  return found;
}

function identifiers(code: string): Set<string> {
  return new Set(code.match(IDENTIFIER) ?? []);
}

export class LexiconReads {
  private readonly sectionSet: ReadonlySet<string>;
  private readonly exportsCache = new Map<string, Map<string, ReadonlySet<string>> | 'reading'>();

  constructor(private readonly inputs: LexiconReadInputs) {
    this.sectionSet = new Set(inputs.sections);
  }

  private read(absPath: string): string {
    const source = (this.inputs.readSource ?? ((p: string) => readFileSync(p, 'utf8')))(absPath);
    return javascriptOf(source, relative(this.inputs.root, absPath));
  }

  private named(code: string): Set<string> {
    if (DYNAMIC_ACCESS.some((pattern) => pattern.test(code))) return new Set(this.inputs.sections);
    return new Set([...identifiers(code)].filter((name) => this.sectionSet.has(name)));
  }

  private isLanguageLayer(absPath: string): boolean {
    const rel = relative(this.inputs.root, absPath);
    return rel.startsWith(LANGUAGE_DIR) && !rel.startsWith(LEXICON_DIR);
  }

  /** What the language-layer names a file imports read (its own code aside). */
  private importedReads(code: string, absPath: string): Set<string> {
    const reads = new Set<string>();
    for (const { names, specifier } of importsOf(code)) {
      const target = resolve(dirname(absPath), specifier);
      if (!this.isLanguageLayer(target)) continue;
      const exported = this.languageExports(target);
      for (const name of names) {
        const sections = name === '*' || name === 'default' || !exported.has(name) ? new Set([...exported.values()].flatMap((s) => [...s])) : (exported.get(name) as ReadonlySet<string>);
        for (const s of sections) reads.add(s);
      }
    }
    return reads;
  }

  /** A language-layer module's top-level names -> the sections each reads (its body, the module functions it uses, its imports). */
  private languageExports(absPath: string): Map<string, ReadonlySet<string>> {
    const cached = this.exportsCache.get(absPath);
    if (cached === 'reading') return new Map(); // an import cycle: the names are read where the cycle started
    if (cached) return cached;
    this.exportsCache.set(absPath, 'reading');
    const code = this.read(absPath);
    // Any statement at the start of a line ends the declaration before it (`export { a as b };`).
    const starts = [...code.matchAll(TOP_LEVEL)].map((m) => ({ name: m[1] ?? '', at: m.index ?? 0 }));
    const bodies = new Map<string, string>();
    for (const [i, start] of starts.entries()) bodies.set(start.name, code.slice(start.at, starts[i + 1]?.at ?? code.length));
    // Imported language-layer names, each with what it reads.
    const importedNames = new Map<string, ReadonlySet<string>>();
    for (const { names, specifier } of importsOf(code)) {
      const target = resolve(dirname(absPath), specifier);
      if (!this.isLanguageLayer(target)) continue;
      const exported = this.languageExports(target);
      for (const name of names) importedNames.set(name, exported.get(name) ?? new Set());
    }
    const own = new Map([...bodies].map(([name, body]) => [name, this.named(body)]));
    const uses = new Map([...bodies].map(([name, body]) => [name, identifiers(body)]));
    const result = new Map<string, ReadonlySet<string>>();
    for (const name of bodies.keys()) {
      const reads = new Set<string>();
      const seen = new Set<string>();
      const pending = [name];
      while (pending.length > 0) {
        const current = pending.pop() as string;
        if (seen.has(current)) continue;
        seen.add(current);
        for (const s of own.get(current) ?? []) reads.add(s);
        for (const s of importedNames.get(current) ?? []) reads.add(s);
        for (const used of uses.get(current) ?? []) if (used !== current && (bodies.has(used) || importedNames.has(used))) pending.push(used);
      }
      result.set(name, reads);
    }
    this.exportsCache.set(absPath, result);
    return result;
  }

  /**
   * The files among `files` that reach into a lexicon by a computed key, so are taken to read every
   * section (their versions change with any lexicon edit): a test keeps this list empty.
   */
  readingEverySection(files: readonly string[]): string[] {
    return files.filter((file) => DYNAMIC_ACCESS.some((pattern) => pattern.test(this.read(resolve(this.inputs.root, file)))));
  }

  /** The sections `files` (relative to the root, as the closures list them) read, sorted. */
  sectionsReadBy(files: readonly string[]): string[] {
    const reads = new Set<string>();
    for (const file of files) {
      const abs = resolve(this.inputs.root, file);
      // The language layer is read through what its importers use of it, not as a whole.
      if (this.isLanguageLayer(abs)) continue;
      const code = this.read(abs);
      for (const s of this.named(code)) reads.add(s);
      for (const s of this.importedReads(code, abs)) reads.add(s);
    }
    return [...reads].sort();
  }
}
