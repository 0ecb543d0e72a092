import { copyFileSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PIPELINES } from '../../pipelines/index.ts';
import { LEXICONS } from '../../src/language/registry.ts';
import { type CodeVersions, computeCodeVersions, type LexiconSections, lexiconSections, noLexicon, valueImports, versionClosures } from '../../src/pipeline/code-digest.ts';
import { currentCodeVersions, PROJECT_ROOT, projectLexicon } from '../../src/pipeline/code-version.ts';
import { LexiconReads } from '../../src/pipeline/lexicon-reads.ts';
import { runPipelines } from '../../src/pipeline/run.ts';
import { makeWorkspace, REPO_ROOT } from '../helpers/tmp.ts';

let cleanup = () => {};
afterEach(() => cleanup());

const EXTRACTORS = PIPELINES.flatMap((p) => p.extractors);

/** The real registry with `edit` applied to copies of some languages' lexicons. */
const editedRegistry = (edit: Record<string, Record<string, unknown>>): LexiconSections =>
  lexiconSections(Object.fromEntries(Object.entries(LEXICONS).map(([language, lexicon]) => [language, { ...lexicon, ...(edit[language] ?? {}) }])));

/** Reads the real sources, except `edits` (path relative to the root -> text appended to the file). */
const editedSources = (edits: Record<string, string>) => (absPath: string): string => {
  const text = readFileSync(absPath, 'utf8');
  const rel = absPath.slice(resolve(REPO_ROOT).length + 1).split('\\').join('/');
  return edits[rel] === undefined ? text : `${text}${edits[rel]}`;
};

/**
 * The labels of a report's period (`reporting period`, `période couverte`) are a lexicon section the poa-report
 * extractor alone reads (poa-report/facts.ts): page furniture is also stripped by the decoders (so it is the
 * classifier's, and every extractor's), the count-statement, action and category words are the poa-profile
 * extractor's too, and so are the questionnaire's answers since the shared answer reader reads ticked boxes (8fa2d7e).
 */
const withPeriodLabels = (englishLabel: string): LexiconSections =>
  editedRegistry({ en: { periodLabels: ['reporting period', englishLabel] }, fr: { periodLabels: ['période couverte', 'période considérée'] } });

const versionsOf = (lexicon: LexiconSections, readSource?: (p: string) => string): CodeVersions =>
  computeCodeVersions({ root: REPO_ROOT, extractors: EXTRACTORS, lexicon, readSource });

describe('static import scan', () => {
  it('follows value imports and leaves type-only ones out', () => {
    const source = [
      "import type { A } from './a.ts';",
      "import { type B, type C } from './b.ts';",
      "import { d, type E } from './d.ts';",
      "import f from '../f.ts';",
      "export * from './g.ts';",
      "export type { H } from './h.ts';",
      "import './side-effect.ts';",
      "import { readFileSync } from 'node:fs';",
      "const lazy = await import('./lazy.ts');",
    ].join('\n');
    expect(valueImports(source).sort()).toEqual(['../f.ts', './d.ts', './g.ts', './lazy.ts', './side-effect.ts']);
  });

  it('gives each extractor its own modules, the shared ones and its pipeline transforms, never another extractor\'s', () => {
    const closures = versionClosures({ root: REPO_ROOT, extractors: EXTRACTORS, lexicon: noLexicon });
    const report = closures.extractors['poa-report']?.files ?? [];
    expect(report).toContain('src/extractors/poa-report/index.ts');
    expect(report).toContain('src/extractors/poa-shared/lines.ts');
    expect(report).toContain('src/transforms/plausibility.ts');
    expect(report.filter((f) => f.startsWith('src/extractors/amap-profile/') || f.startsWith('src/extractors/poa-profile/'))).toEqual([]);
    const classifier = closures.classifier.files;
    expect(classifier).toContain('src/classify/kind.ts');
    expect(classifier).toContain('src/classify/document.ts');
    expect(classifier).toContain('src/pipeline/replaced-bytes.ts');
    expect(classifier).toContain('src/decoders/sniff.ts');
    expect(classifier).toContain('src/decoders/pdf.ts');
    expect(classifier.filter((f) => f.startsWith('src/extractors/'))).toEqual([]);
  });

  it('leaves lexicon data files out of closures (their sections are digested instead)', () => {
    const readSource = editedSources({ 'src/extractors/poa-report/index.ts': "\nimport { en } from '../../language/lexicons/en.ts';\n" });
    const closures = versionClosures({ root: REPO_ROOT, extractors: EXTRACTORS, lexicon: noLexicon, readSource });
    expect((closures.extractors['poa-report']?.files ?? []).filter((f) => f.includes('lexicons'))).toEqual([]);
  });
});

describe('lexicon sections read, derived from the code', () => {
  const SECTIONS = ['boundary', 'monthNames', 'numberWords', 'pageFurniture', 'proclitics', 'reportWords', 'unitWords'];
  /** A small project in memory: a language layer and files that read it in every way the scan knows. */
  const VIRTUAL: Record<string, string> = {
    'src/language/matchers.ts': [
      "import { allLexicons, lexiconOf } from './registry.ts';",
      "export function alternation(words: readonly string[]): string { return words.join('|'); }",
      'export function bounded(inner: string, lexicon: { boundary: string; proclitics: string[] }): string { return lexicon.boundary === "none" ? inner : lexicon.proclitics.join("") + inner; }',
      'function compile(language: string) { const l = lexiconOf(language); return { run: bounded(alternation(Object.keys(l.numberWords)), l) }; }',
      'export function matchersOf(language: string) { return compile(language); }',
      'export function monthWords(): string[] { return allLexicons().flatMap((l) => Object.keys(l.monthNames)); }',
    ].join('\n'),
    'src/language/registry.ts': "export const LEXICONS = {};\nexport function lexiconOf(language: string) { return LEXICONS[language]; }\nexport function allLexicons() { return Object.values(LEXICONS); }\n",
    'src/language/types.ts': 'export interface Lexicon { unitWords: string[]; pageFurniture: string[] }\n',
    'src/a/helpers-only.ts': "import { alternation } from '../language/matchers.ts';\nimport type { Lexicon } from '../language/types.ts';\n// reads no unitWords: a comment\nexport const f = (l: Pick<Lexicon, 'unitWords'>) => alternation(['x']);\n",
    'src/a/matchers.ts': "import { matchersOf } from '../language/matchers.ts';\nexport const run = matchersOf('en').run;\n",
    'src/a/months.ts': "import { monthWords } from '../language/matchers.ts';\nexport const m = monthWords();\n",
    'src/a/property.ts': "import { allLexicons } from '../language/registry.ts';\nexport const u = allLexicons().flatMap((l) => l.unitWords);\n",
    'src/a/string-key.ts': "import { entriesOf } from './words.ts';\nexport const r = entriesOf('reportWords');\n",
    'src/a/dynamic.ts': "import { lexiconOf } from '../language/registry.ts';\nexport const any = (key: string) => lexiconOf('en')[key];\n",
  };
  const reads = new LexiconReads({ root: '/virtual', sections: SECTIONS, readSource: (abs) => VIRTUAL[abs.slice('/virtual/'.length)] ?? '' });
  it.each([
    ['src/a/helpers-only.ts', []],
    ['src/a/matchers.ts', ['boundary', 'numberWords', 'proclitics']],
    ['src/a/months.ts', ['monthNames']],
    ['src/a/property.ts', ['unitWords']],
    ['src/a/string-key.ts', ['reportWords']],
    ['src/a/dynamic.ts', SECTIONS],
  ])('%s reads %j', (file, expected) => {
    expect(reads.sectionsReadBy([file, 'src/language/matchers.ts', 'src/language/registry.ts'])).toEqual(expected);
  });

  it('the real code names every section it reads: no file reaches into a lexicon by a computed key', () => {
    const closures = versionClosures({ root: REPO_ROOT, extractors: EXTRACTORS, lexicon: projectLexicon });
    const files = [...new Set([...closures.classifier.files, ...Object.values(closures.extractors).flatMap((v) => v.files)])].sort();
    // Such a file would be taken to read every section (lexicon[key], Object.values(lexicon)): name the section instead.
    expect(new LexiconReads({ root: REPO_ROOT, sections: projectLexicon.names }).readingEverySection(files)).toEqual([]);
    expect(reads.readingEverySection(['src/a/property.ts', 'src/a/dynamic.ts'])).toEqual(['src/a/dynamic.ts']);
  });

  it('a parser that imports the language layer reads what it uses of it: page furniture, number words', () => {
    const real = new LexiconReads({ root: REPO_ROOT, sections: projectLexicon.names });
    // `language` too: allLexicons() names its loop variable so; an over-read, which is safe (the language codes do not change).
    expect(real.sectionsReadBy(['src/transforms/page-furniture.ts'])).toEqual(['language', 'pageFurniture']);
    expect(real.sectionsReadBy(['src/transforms/unknown.ts'])).toContain('unknownMarkers');
    expect(real.sectionsReadBy(['src/transforms/unknown.ts'])).not.toContain('kindSignals');
  });

  it('the real code: each version reads the sections its code names, and only those', () => {
    const closures = versionClosures({ root: REPO_ROOT, extractors: EXTRACTORS, lexicon: projectLexicon });
    const readers = (section: string) =>
      [['classifier', closures.classifier.sections], ...Object.entries(closures.extractors).map(([name, v]) => [name, v.sections] as const)]
        .filter(([, sections]) => sections.includes(section))
        .map(([name]) => name);
    // Kind signals decide the kind; page furniture is stripped by the decoders: both are the classifier's.
    expect(readers('kindSignals')).toEqual(['classifier']);
    // ... and a PoA page's meeting names drop their page references (`(pp. 13-14)`) by the same page words.
    expect(readers('pageFurniture')).toEqual(['classifier', 'poa-profile', 'poa-report']);
    // Unit words are read by the A-MAP tallies' quantity mentions; year leads by those and by the PoA
    // count statements (which read their stated years from the lexicon).
    expect(readers('unitWords')).toEqual(['amap-profile']);
    // Access words are read by the profiles' citations (transforms/citations.ts), a module the classifier's code holds too.
    expect(readers('accessedWords')).toEqual(['classifier', 'amap-profile']);
    expect(readers('yearLeads')).toEqual(['amap-profile', 'poa-profile', 'poa-report']);
    // Part introducers: the PoA count statements, and an A-MAP table cell's bracket (`12 (incl. 4 civilians)`).
    expect(readers('partIntroducers')).toEqual(['amap-profile', 'poa-profile', 'poa-report']);
    // Actions and weapon categories are read by the PoA count statements.
    expect(readers('actions')).toEqual(['poa-profile', 'poa-report']);
    expect(readers('weaponCategories')).toEqual(['poa-profile', 'poa-report']);
    expect(readers('numberWords')).toEqual(['amap-profile', 'poa-profile', 'poa-report']);
    // The words of one document family are read by its extractor alone.
    expect(readers('ammunitionProfile')).toEqual(['amap-profile']);
    expect(readers('periodLabels')).toEqual(['poa-report']);
    // The answer words: the report's structure and, since check boxes are read (poa-shared/answers.ts), both PoA extractors.
    // ... and the decoders', which keep a one-word answer at a page edge (decoders/page-furniture.ts).
    expect(readers('questionnaireAnswers')).toEqual(['classifier', 'poa-profile', 'poa-report']);
    // The words around a category and the agencies (categories.ts), and the topic words (topics.ts): the PoA extractors'.
    for (const section of ['categoryWords', 'agencies', 'agencyAcronyms']) {
      expect(readers(section), section).toEqual(['poa-profile', 'poa-report']);
    }
    // The topic words are read by the classifier too: a report's outline of PoA topic headings is a sign of its kind.
    // The profile reader takes its section headings from them as well (`Explosões acidentais`: lines.ts topicOfHeading).
    for (const section of ['sectionHeadings', 'templateQuestions', 'topicKeywords', 'sectionNumberWords', 'sectionNumberOrdinals', 'sectionOrdinals', 'headingConjunctions']) {
      expect(readers(section), section).toEqual(['classifier', 'amap-profile', 'poa-profile', 'poa-report']);
    }
    // Every section the lexicon has is read by some code: a word in a section nobody reads would be a promise kept by nothing.
    const read = new Set([closures.classifier.sections, ...Object.values(closures.extractors).map((v) => v.sections)].flat());
    expect(projectLexicon.names.filter((name) => !read.has(name))).toEqual([]);
    // Every section read is one the lexicon has.
    for (const sections of [closures.classifier.sections, ...Object.values(closures.extractors).map((v) => v.sections)]) {
      expect(sections.filter((s) => !projectLexicon.names.includes(s))).toEqual([]);
    }
  });
});

describe('versions derived from the code', () => {
  it('are <name>@<8 hex> for the classifier and every registered extractor, none fixed by hand', () => {
    const versions = versionsOf(projectLexicon);
    expect(versions.classifier).toMatch(/^classifier@[0-9a-f]{8}$/u);
    expect(Object.keys(versions.extractors).sort()).toEqual(['amap-profile', 'poa-profile', 'poa-report']);
    for (const [name, id] of Object.entries(versions.extractors)) expect(id).toMatch(new RegExp(`^${name}@[0-9a-f]{8}$`, 'u'));
    expect(EXTRACTORS.filter((e) => e.fixedVersion !== undefined).map((e) => e.name)).toEqual([]);
    expect(currentCodeVersions(EXTRACTORS)).toEqual(versions);
    expect(PROJECT_ROOT).toBe(REPO_ROOT);
  });

  it('change with a file in the closure only: the extractor that imports it, or all when the classifier changes', () => {
    const base = versionsOf(projectLexicon);
    const profileEdit = versionsOf(projectLexicon, editedSources({ 'src/extractors/poa-profile/fields.ts': '\n// edited\n' }));
    expect(profileEdit.classifier).toBe(base.classifier);
    expect([profileEdit.extractors['amap-profile'] === base.extractors['amap-profile'], profileEdit.extractors['poa-profile'] === base.extractors['poa-profile'], profileEdit.extractors['poa-report'] === base.extractors['poa-report']]).toEqual([true, false, true]);
    const classifierEdit = versionsOf(projectLexicon, editedSources({ 'src/classify/kind.ts': '\n// edited\n' }));
    expect(classifierEdit.classifier).not.toBe(base.classifier);
    for (const name of ['amap-profile', 'poa-profile', 'poa-report']) expect(classifierEdit.extractors[name]).not.toBe(base.extractors[name]);
  });

  it('change with an entry of a real lexicon section, for the versions whose code reads it and no other', () => {
    const base = versionsOf(projectLexicon);
    const changed = (lexicon: LexiconSections) => {
      const edited = versionsOf(lexicon);
      return [edited.classifier !== base.classifier, ...['amap-profile', 'poa-profile', 'poa-report'].map((n) => edited.extractors[n] !== base.extractors[n])];
    };
    // A French unit word: only the A-MAP extractor reads units.
    expect(changed(editedRegistry({ fr: { unitWords: [...LEXICONS.fr.unitWords, 'kilogrammes'] } }))).toEqual([false, true, false, false]);
    // A Portuguese action word: both PoA extractors (count statements).
    expect(changed(editedRegistry({ pt: { actions: { ...LEXICONS.pt.actions, seized: [...(LEXICONS.pt.actions.seized ?? []), 'aprendidas'] } } }))).toEqual([false, false, true, true]);
    // A Russian page word: the decoders strip furniture, so the classifier and with it every extractor.
    expect(changed(editedRegistry({ ru: { pageFurniture: { ...LEXICONS.ru.pageFurniture, page: [...LEXICONS.ru.pageFurniture.page, 'стр.'] } } }))).toEqual([true, true, true, true]);
    // The words of "none" (emptyMarkers): count cells, which every extractor reads.
    expect(changed(editedRegistry({ en: { emptyMarkers: [...LEXICONS.en.emptyMarkers, 'not any'] } }))).toEqual([false, true, true, true]);
    // A Russian counter word before a category (categoryWords): the PoA count statements.
    expect(changed(editedRegistry({ ru: { categoryWords: { ...LEXICONS.ru.categoryWords, counters: [...LEXICONS.ru.categoryWords.counters, 'шт\\.'] } } }))).toEqual([false, false, true, true]);
    // A Spanish heading: the PoA extractors find their sections by it, and the classifier a report's outline.
    expect(changed(editedRegistry({ es: { sectionHeadings: { ...LEXICONS.es.sectionHeadings, 'Marcación de armas': 'marking' } } }))).toEqual([true, true, true, true]);
    // A French kind signal: the classifier, and with it every extractor.
    expect(changed(editedRegistry({ fr: { kindSignals: { ...LEXICONS.fr.kindSignals, poa_report: [...(LEXICONS.fr.kindSignals.poa_report ?? []), { words: 'rapport annuel', weight: 1 }] } } }))).toEqual([true, true, true, true]);
    // 'of which' words are the PoA count statements' and the A-MAP table cells' (a count's bracket).
    expect(changed(editedRegistry({ en: { partIntroducers: [...LEXICONS.en.partIntroducers, 'inclusive of'] } }))).toEqual([false, true, true, true]);
  });

  it('read a section the poa-report extractor alone reads (period labels), over all languages', () => {
    const base = versionsOf(withPeriodLabels('period covered'));
    const edited = versionsOf(withPeriodLabels('period under review'));
    expect(versionClosures({ root: REPO_ROOT, extractors: EXTRACTORS, lexicon: withPeriodLabels('period under review') }).extractors['poa-report']?.sections).toContain('periodLabels');
    expect(edited.extractors['poa-report']).not.toBe(base.extractors['poa-report']);
    expect([edited.classifier, edited.extractors['amap-profile'], edited.extractors['poa-profile']]).toEqual([base.classifier, base.extractors['amap-profile'], base.extractors['poa-profile']]);
  });
});

describe('a run under new versions', () => {
  const setup = () => {
    const ws = makeWorkspace('versions');
    cleanup = ws.cleanup;
    copyFileSync(join(REPO_ROOT, 'raw', '000_88da758a976dd473.txt'), join(ws.raw, 'kaz_amap_profile.txt'));
    copyFileSync(join(REPO_ROOT, 'raw', '003_9c7cc2717d99486b.txt'), join(ws.raw, 'kaz_poa_profile.txt'));
    copyFileSync(join(REPO_ROOT, 'tests', 'fixtures', 'devset', 'docs', 'd07_report_uzbekistan_ru.txt'), join(ws.raw, 'uzb_report.txt'));
    copyFileSync(join(REPO_ROOT, 'tests', 'fixtures', 'devset', 'docs', 'd08_report_trinidad_questionnaire.txt'), join(ws.raw, 'tto_report.txt'));
    const run = (codeVersions: CodeVersions) =>
      runPipelines({ rawDir: ws.raw, warehousePath: ws.warehouse, pipelines: PIPELINES, allPipelines: PIPELINES, codeVersions });
    const outcomes = (summary: Awaited<ReturnType<typeof run>>) =>
      summary.documents.map((d) => [d.path, d.kind, d.outcome, d.reextracted]).sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    return { run, outcomes };
  };

  it('a change to an entry only the poa-report extractor reads re-extracts only poa_report documents', async () => {
    const { run, outcomes } = setup();
    const before = versionsOf(withPeriodLabels('period covered'));
    const first = await run(before);
    expect(first.documentsLoaded).toBe(4);
    const after = versionsOf(withPeriodLabels('period under review'));
    const second = await run(after);
    expect(outcomes(second)).toEqual([
      ['kaz_amap_profile.txt', 'amap_profile', 'unchanged', false],
      ['kaz_poa_profile.txt', 'poa_profile', 'unchanged', false],
      ['tto_report.txt', 'poa_report', 'loaded', true],
      ['uzb_report.txt', 'poa_report', 'loaded', true],
    ]);
    expect(second.documents.find((d) => d.path === 'uzb_report.txt')?.reason).toBe(`re-extracted: ${before.extractors['poa-report']} -> ${after.extractors['poa-report']}`);
  });

  it('an extractor whose closure changed re-extracts the documents it loaded; the others stay unchanged', async () => {
    const { run, outcomes } = setup();
    await run(versionsOf(projectLexicon));
    const edited = versionsOf(projectLexicon, editedSources({ 'src/extractors/amap-profile/tallies.ts': '\n// edited\n' }));
    expect(outcomes(await run(edited))).toEqual([
      ['kaz_amap_profile.txt', 'amap_profile', 'loaded', true],
      ['kaz_poa_profile.txt', 'poa_profile', 'unchanged', false],
      ['tto_report.txt', 'poa_report', 'unchanged', false],
      ['uzb_report.txt', 'poa_report', 'unchanged', false],
    ]);
  });
});
