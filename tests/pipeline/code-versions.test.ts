import { copyFileSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PIPELINES } from '../../pipelines/index.ts';
import { type CodeVersions, computeCodeVersions, type LexiconSectionReader, lexiconSectionReader, noLexicon, valueImports, versionClosures } from '../../src/pipeline/code-digest.ts';
import { currentCodeVersions, PROJECT_ROOT } from '../../src/pipeline/code-version.ts';
import type { PipelineDefinition } from '../../src/pipeline/definition.ts';
import { runPipelines } from '../../src/pipeline/run.ts';
import { makeWorkspace, REPO_ROOT } from '../helpers/tmp.ts';

let cleanup = () => {};
afterEach(() => cleanup());

const EXTRACTORS = PIPELINES.flatMap((p) => p.extractors);

/** The registered pipelines with the poa-report extractor reading a section no other extractor reads. */
const withReportSection: PipelineDefinition[] = PIPELINES.map((p) => ({
  ...p,
  extractors: p.extractors.map((e) => (e.name === 'poa-report' ? { ...e, lexiconSections: ['reportOnlyWords'] } : e)),
}));

const fakeRegistry = (reportWord: string) => ({
  en: { reportOnlyWords: ['annex', reportWord], sharedWords: ['rifle'] },
  fr: { reportOnlyWords: ['annexe'], sharedWords: ['fusil'] },
});

/** Reads the real sources, except `edits` (path relative to the root -> text appended to the file). */
const editedSources = (edits: Record<string, string>) => (absPath: string): string => {
  const text = readFileSync(absPath, 'utf8');
  const rel = absPath.slice(resolve(REPO_ROOT).length + 1).split('\\').join('/');
  return edits[rel] === undefined ? text : `${text}${edits[rel]}`;
};

const versionsOf = (pipelines: readonly PipelineDefinition[], lexicon: LexiconSectionReader, readSource?: (p: string) => string): CodeVersions =>
  computeCodeVersions({ root: REPO_ROOT, extractors: pipelines.flatMap((p) => p.extractors), lexicon, readSource });

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
    const report = closures.extractors['poa-report'] ?? [];
    expect(report).toContain('src/extractors/poa-report/index.ts');
    expect(report).toContain('src/extractors/poa-shared/lines.ts');
    expect(report).toContain('src/transforms/plausibility.ts');
    expect(report.filter((f) => f.startsWith('src/extractors/amap-profile/') || f.startsWith('src/extractors/poa-profile/'))).toEqual([]);
    expect(closures.classifier).toContain('src/classify/kind.ts');
    expect(closures.classifier).toContain('src/decoders/sniff.ts');
    expect(closures.classifier).toContain('src/decoders/pdf.ts');
    expect(closures.classifier.filter((f) => f.startsWith('src/extractors/'))).toEqual([]);
  });

  it('leaves lexicon data files out of closures (their sections are digested instead)', () => {
    const readSource = editedSources({ 'src/extractors/poa-report/index.ts': "\nimport { en } from '../../language/lexicons/en.ts';\n" });
    const closures = versionClosures({ root: REPO_ROOT, extractors: EXTRACTORS, lexicon: noLexicon, readSource });
    expect((closures.extractors['poa-report'] ?? []).filter((f) => f.includes('lexicons'))).toEqual([]);
  });
});

describe('versions derived from the code', () => {
  it('are <name>@<8 hex> for the classifier and every registered extractor, none fixed by hand', () => {
    const versions = versionsOf(PIPELINES, noLexicon);
    expect(versions.classifier).toMatch(/^classifier@[0-9a-f]{8}$/u);
    expect(Object.keys(versions.extractors).sort()).toEqual(['amap-profile', 'poa-profile', 'poa-report']);
    for (const [name, id] of Object.entries(versions.extractors)) expect(id).toMatch(new RegExp(`^${name}@[0-9a-f]{8}$`, 'u'));
    expect(EXTRACTORS.filter((e) => e.fixedVersion !== undefined).map((e) => e.name)).toEqual([]);
    expect(currentCodeVersions(EXTRACTORS)).toEqual(versions);
    expect(PROJECT_ROOT).toBe(REPO_ROOT);
  });

  it('change with a file in the closure only: the extractor that imports it, or all when the classifier changes', () => {
    const base = versionsOf(PIPELINES, noLexicon);
    const profileEdit = versionsOf(PIPELINES, noLexicon, editedSources({ 'src/extractors/poa-profile/fields.ts': '\n// edited\n' }));
    expect(profileEdit.classifier).toBe(base.classifier);
    expect([profileEdit.extractors['amap-profile'] === base.extractors['amap-profile'], profileEdit.extractors['poa-profile'] === base.extractors['poa-profile'], profileEdit.extractors['poa-report'] === base.extractors['poa-report']]).toEqual([true, false, true]);
    const classifierEdit = versionsOf(PIPELINES, noLexicon, editedSources({ 'src/classify/kind.ts': '\n// edited\n' }));
    expect(classifierEdit.classifier).not.toBe(base.classifier);
    for (const name of ['amap-profile', 'poa-profile', 'poa-report']) expect(classifierEdit.extractors[name]).not.toBe(base.extractors[name]);
  });

  it('change with the lexicon sections an extractor declares, over all languages, and not with others', () => {
    const base = versionsOf(withReportSection, lexiconSectionReader(fakeRegistry('appendix')));
    const edited = versionsOf(withReportSection, lexiconSectionReader(fakeRegistry('schedule')));
    const sharedEdited = versionsOf(withReportSection, lexiconSectionReader({ ...fakeRegistry('appendix'), fr: { reportOnlyWords: ['annexe'], sharedWords: ['carabine'] } }));
    expect(edited.extractors['poa-report']).not.toBe(base.extractors['poa-report']);
    expect([edited.classifier, edited.extractors['amap-profile'], edited.extractors['poa-profile']]).toEqual([base.classifier, base.extractors['amap-profile'], base.extractors['poa-profile']]);
    expect(sharedEdited).toEqual(base);
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
      runPipelines({ rawDir: ws.raw, warehousePath: ws.warehouse, pipelines: withReportSection, allPipelines: withReportSection, codeVersions });
    const outcomes = (summary: Awaited<ReturnType<typeof run>>) =>
      summary.documents.map((d) => [d.path, d.kind, d.outcome, d.reextracted]).sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    return { run, outcomes };
  };

  it('a change to an entry only the poa-report extractor reads re-extracts only poa_report documents', async () => {
    const { run, outcomes } = setup();
    const before = versionsOf(withReportSection, lexiconSectionReader(fakeRegistry('appendix')));
    const first = await run(before);
    expect(first.documentsLoaded).toBe(4);
    const after = versionsOf(withReportSection, lexiconSectionReader(fakeRegistry('schedule')));
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
    await run(versionsOf(withReportSection, noLexicon));
    const edited = versionsOf(withReportSection, noLexicon, editedSources({ 'src/extractors/amap-profile/tallies.ts': '\n// edited\n' }));
    expect(outcomes(await run(edited))).toEqual([
      ['kaz_amap_profile.txt', 'amap_profile', 'loaded', true],
      ['kaz_poa_profile.txt', 'poa_profile', 'unchanged', false],
      ['tto_report.txt', 'poa_report', 'unchanged', false],
      ['uzb_report.txt', 'poa_report', 'unchanged', false],
    ]);
  });
});
