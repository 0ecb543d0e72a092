import { spawnSync } from 'node:child_process';
import { load } from 'cheerio';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CHEERIO_LOAD_MODULE, decodeHtmlText, htmlDecoder, htmlParser } from '../../src/decoders/html.ts';
import { textDecoder } from '../../src/decoders/text.ts';
import type { Block, DocumentModel, TableBlock } from '../../src/model/document.ts';
import { textOfSpan } from '../../src/model/document.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const ctx = { sourcePath: 'page.html' };

async function decodeFile(path: string): Promise<DocumentModel> {
  return htmlDecoder.decode(readFileSync(path), ctx);
}

async function decodeHtml(html: string): Promise<DocumentModel> {
  return htmlDecoder.decode(new TextEncoder().encode(html), ctx);
}

/** What an extractor reads of a block, lineage aside. */
function view(b: Block): string {
  switch (b.kind) {
    case 'heading':
      return `heading${b.level ? ` h${b.level}` : ''}: ${b.text}`;
    case 'footnote':
      return `footnote ${b.ref}: ${b.text} ${JSON.stringify(b.urls)}`;
    case 'table':
      return `table (${b.caption}): ${b.rows.map((r) => `${r.isHeader ? 'H ' : ''}${r.cells.join(' | ')}`).join(' / ')}`;
    default:
      return `${b.kind}: ${b.text}`;
  }
}

function tables(doc: DocumentModel): TableBlock[] {
  return doc.blocks.filter((b): b is TableBlock => b.kind === 'table');
}

describe('d03: the Peru profile as an HTML page', () => {
  const path = join(FIXTURES, 'devset', 'docs', 'd03_amap_peru_newer.html');

  it('decodes into headings, paragraphs with [n] markers, per-section notes and captioned tables', async () => {
    const doc = await decodeFile(path);
    // Long blocks are compared on their first 100 characters; the next tests check whole texts.
    const shortened = doc.blocks.map((b) => view(b).slice(0, 100));
    const expected = [
      'heading h1: Peru',
      'paragraph: Ammunition management country profile',
      'heading h2: Security situation',
      'paragraph: Peru’s security situation is broadly stable, although drug trafficking and the remnants of armed g',
      'heading h2: International support',
      'paragraph: Since 2019, Peru has cooperated with regional partners on physical security and stockpile managemen',
      'footnote 1: Quispe Mamani, Lucía. “Armed groups and coca in the VRAEM: a security update.” Revista Andina de',
      'footnote 2: Observatorio Nacional de Seguridad Ciudadana. “Homicidios con arma de fuego 2018–2022.” Accessed',
      'footnote 3: Gutiérrez Soto, Mario. “Leakage from private security firms in Lima.” Small Arms Working Paper 31',
      'footnote 4: See A-MAP Database. []',
      'paragraph: Launch the country dashboard',
      'heading h2: Further information',
      'heading h3: Accidental explosions',
      'paragraph: Since the beginning of data collection in 1979 by the Small Arms Survey, five accidental explosions',
      'heading: Table 1. Accidental explosions in Peru (1979–2022)',
      'table (Table 1. Accidental explosions in Peru (1979–2022)): H Year | Location | Owner/manager | Deaths | Injurie',
      'paragraph: Source: Small Arms Survey. n.d. Unplanned Explosions at Munitions Sites (UEMS). Database.',
      'heading h3: Cases of diversion',
      'paragraph: Two cases of diversion have been reported since 2010 in Peru (Table 2).',
      'heading: Table 2. Cases of diversion of arms, ammunition, and explosives in Peru since 2010',
      'table (Table 2. Cases of diversion of arms, ammunition, and explosives in Peru since 2010): H Year | Location |',
      'paragraph: Source: Paredes, Elena. “Grenades missing from Callao depot.” Diario del Pacífico, 3 June 2020. htt',
      'heading h3: Disposal',
      'paragraph: Destruction, use, or export of ammunition as an indicator of a state’s ability to identify and dec',
      'paragraph: In 2019, the Peruvian Army destroyed about 60 tonnes of obsolete artillery ammunition by open deto',
      'footnote 1: Ministerio de Defensa del Perú. “Memoria anual 2019.” Accessed 9 February 2023. https://mindef-me',
      'heading h3: Needs',
      'paragraph: Further requirements for an effective through-life management of ammunition in the country.',
      'paragraph: Peru has reported needs for training in stockpile management and for equipment to destroy surplus',
      'footnote 1: PoA Report 2020, Peru. Please note that PoA reports focus on SALW and not specifically on ammuniti',
    ];
    expect(shortened).toEqual(expected.map((e) => e.slice(0, 100)));
    expect(doc.title).toBe('Peru | A-MAP country profiles');
    expect(doc.declaredLanguage).toBe('en');
    expect(doc.encoding).toBe('utf-8');
    expect(doc.format).toBe('html');
  });

  it('writes the <sup><a href="#fnN"> markers as [n] in the paragraph text', async () => {
    const doc = await decodeFile(path);
    const security = doc.blocks[3];
    expect(security?.text).toBe(
      'Peru’s security situation is broadly stable, although drug trafficking and the remnants of armed groups continue to affect the valleys of the Apurímac, Ene and Mantaro rivers (VRAEM).[1] The number of homicides committed with firearms rose steadily between 2018 and 2022.[2] Private security companies, which hold a large share of the country’s legally owned firearms, have been named as a source of weapons for criminal groups.[3]',
    );
  });

  it('keeps the footnote links as urls', async () => {
    const doc = await decodeFile(path);
    const notes = doc.blocks.filter((b) => b.kind === 'footnote');
    expect(notes.map((n) => (n.kind === 'footnote' ? [n.ref, n.urls] : null))).toEqual([
      ['1', ['https://andean-security.example/vraem-2022']],
      ['2', ['https://observatorio-seguridad.example/homicidios-2022']],
      ['3', ['https://sa-working-papers.example/wp31']],
      ['4', []],
      ['1', ['https://mindef-memoria.example/2019']],
      ['1', ['https://smallarms.un-arm.org/country-profiles/PER']],
    ]);
  });

  it('gives the tables the same cells as the text version d01, apart from the one value that changed', async () => {
    const html = tables(await decodeFile(path));
    const text = tables(await textDecoder.decode(readFileSync(join(FIXTURES, 'devset', 'docs', 'd01_amap_peru_2023_layout.txt')), ctx));
    expect(html.map((t) => t.caption)).toEqual(text.map((t) => t.caption));
    expect(html.map((t) => t.rows.map((r) => r.isHeader))).toEqual(text.map((t) => t.rows.map((r) => r.isHeader)));
    const htmlCells = html.map((t) => t.rows.map((r) => r.cells));
    const textCells = text.map((t) => t.rows.map((r) => r.cells));
    expect(htmlCells[0]?.[2]).toEqual(['2017', 'Lima', 'State (police)', '3', '11']);
    expect(textCells[0]?.[2]).toEqual(['2017', 'Lima', 'State (police)', '2', '11']);
    (textCells[0] as string[][])[2] = ['2017', 'Lima', 'State (police)', '3', '11'];
    expect(htmlCells).toEqual(textCells);
  });

  it('reads the Source: paragraphs as the text version has them', async () => {
    const html = (await decodeFile(path)).blocks.filter((b) => b.text.startsWith('Source:')).map((b) => b.text);
    const text = (await textDecoder.decode(readFileSync(join(FIXTURES, 'devset', 'docs', 'd01_amap_peru_2023_layout.txt')), ctx)).blocks
      .filter((b) => b.text.startsWith('Source:'))
      .map((b) => b.text);
    expect(html).toEqual(text);
  });

  it('never reads the script, nav, skip link or footer', async () => {
    const doc = await decodeFile(path);
    const all = doc.blocks.map((b) => b.text).join('\n');
    for (const chrome of ['2099', 'Nowhere', 'Skip to content', 'Country profiles', 'Guidelines', '© 2023', 'Back to top', 'dataLayer']) {
      expect(all).not.toContain(chrome);
    }
  });

  it('points spans at the lines of the source file, with the element path', async () => {
    const doc = await decodeFile(path);
    const table = tables(doc)[0] as TableBlock;
    expect(table.span).toEqual({ lineStart: 50, lineEnd: 62, path: 'main#main > article > section#accidental-explosions > table' });
    const lima = table.rows[2];
    expect(lima?.span).toEqual({ lineStart: 57, lineEnd: 57, path: 'main#main > article > section#accidental-explosions > table > tbody > tr:nth-of-type(2)' });
    expect(textOfSpan(doc, lima?.span ?? { lineStart: 0, lineEnd: 0 })).toBe(
      '<tr><td>2017</td><td>Lima</td><td>State (police)</td><td>3</td><td>11</td></tr>',
    );
    const needsNote = doc.blocks[doc.blocks.length - 1];
    expect(needsNote?.span).toEqual({ lineStart: 96, lineEnd: 96, path: 'main#main > article > section#needs > ol > li#fn-needs-1' });
    expect(doc.lines).toHaveLength(107);
  });
});

describe('a CMS page (WordPress-like: header, cookie notice, footnote plugin, hidden bits)', () => {
  const path = join(FIXTURES, 'html', 'cms_page.html');

  it('reads the article only, in order', async () => {
    const doc = await decodeFile(path);
    expect(doc.blocks.map(view)).toEqual([
      'heading h1: Mali',
      'heading h2: Security situation',
      'paragraph: Armed groups seized about 1\u00a0300 rifles from army posts in 2012.[1] Attacks on depots continued in the centre of the country.[2]',
      'heading: Disposal',
      'paragraph: In 2018 the armed forces destroyed:',
      'list_item: 12 tonnes of small-arms ammunition;',
      'list_item: 340 mortar rounds',
      'list_item: of which 40 were unserviceable',
      'paragraph: Table 1: Explosions at munitions sites',
      'table (Table 1: Explosions at munitions sites): H Year | Location | Deaths / 2015 | Kati | 2[3]',
      'paragraph: Stocks are checked twice a year.',
      'paragraph: Checks are recorded by the depot commander.',
      'footnote 1: Ministère de la Défense, Rapport 2012. ["https://defense.example/rapport-2012"]',
      'footnote 2: Conflict Monitor, 4 May 2019, monitor.example/mali. ["https://monitor.example/mali"]',
      'footnote 3: Press release of the armed forces. []',
      'footnote 4: A note in the margin, with a link. ["https://margin.example/n4"]',
    ]);
    expect(doc.title).toBe('Mali – Profil munitions – Observatoire');
    expect(doc.declaredLanguage).toBe('fr');
  });

  it('leaves out the cookie notice, site header and footer, hidden, noscript, template and script content', async () => {
    const all = (await decodeFile(path)).blocks.map((b) => b.text).join('\n');
    for (const left of ['cookies', 'Accept', 'Profils', 'Observatoire', '2098', 'Hidden draft', 'Decorative', 'JavaScript', '2097', '2096', '©', '↩']) {
      expect(all).not.toContain(left);
    }
  });

  it('gives each <br> line its own block and source line', async () => {
    const doc = await decodeFile(path);
    const lines = doc.blocks.filter((b) => b.text.startsWith('Stocks') || b.text.startsWith('Checks')).map((b) => b.span);
    expect(lines).toEqual([
      { lineStart: 47, lineEnd: 47, path: 'main#content > article > div:nth-of-type(1) > p:nth-of-type(6)' },
      { lineStart: 48, lineEnd: 48, path: 'main#content > article > div:nth-of-type(1) > p:nth-of-type(6)' },
    ]);
  });
});

describe('a bare table page (no thead, bold header rows, colspan, rowspan, <br> and links in cells)', () => {
  it('keeps the columns aligned: headers repeat over their span, data is padded, rowspans repeat', async () => {
    const doc = await decodeFile(join(FIXTURES, 'html', 'bare_table.html'));
    const table = tables(doc)[0] as TableBlock;
    expect(table.caption).toBe('Table 3. Unplanned explosions, 2010-2020');
    expect(table.rows.map((r) => [r.isHeader, r.cells])).toEqual([
      [true, ['Year', 'Location', 'Casualties', 'Casualties']],
      [true, ['Year', 'Location', 'Deaths', 'Injuries']],
      [false, ['2019', 'Arys', '3', '77']],
      [false, ['2019', 'Arys (second depot)', '1', '40']],
      // `not reported` spans Deaths and Injuries: it is not known to be each of them, so the second is empty.
      [false, ['2016', 'Shymkent', 'not reported', '']],
      [false, ['2012', '', '0', '2']],
    ]);
    expect(table.rows[3]?.text).toBe('2019 | Arys (second depot) | 1 | 40');
    expect(table.rows.map((r) => r.span.lineStart)).toEqual([6, 7, 8, 9, 10, 11]);
    expect(doc.blocks.map((b) => b.kind)).toEqual(['paragraph', 'table', 'paragraph']);
    expect(doc.title).toBe('Explosions table');
    expect(doc.declaredLanguage).toBeNull();
  });

  it('takes a first row of plain labels as the header when nothing marks one', async () => {
    const doc = await decodeHtml('<table><tr><td>Year</td><td>Seized</td></tr><tr><td>2005</td><td>9,607</td></tr></table>');
    expect((tables(doc)[0] as TableBlock).rows.map((r) => r.isHeader)).toEqual([true, false]);
  });
});

describe('a PoA page of the old kind (layout tables, <b> labels, <br> lines, a form around everything)', () => {
  it('reads the layout table cells as text, with bold lines as headings and questions as paragraphs', async () => {
    const doc = await decodeFile(join(FIXTURES, 'html', 'poa_page.html'));
    expect(doc.blocks.map(view)).toEqual([
      'heading: Armenia',
      'heading: National Reports',
      'paragraph: 2014 : English Русский',
      'paragraph: 2012 : English',
      'heading: Collection and destruction',
      'list_item: - In 2013, police bodies seized 1\u00a0312 weapons. (National Report, 2014)',
      'paragraph: Marking at the time of import:',
      'paragraph: National marking practices:',
      'paragraph: Weapons bear the serial number and the year of manufacture.',
      'paragraph: Source : National Report on the implementation of the PoA, 2014',
      'paragraph: Date : 18/06/2014',
    ]);
    expect(doc.blocks.map((b) => b.span.lineStart)).toEqual([14, 15, 16, 17, 19, 20, 21, 22, 23, 24, 25]);
  });
});

describe('markup details', () => {
  it('reads Word-style notes: [n] anchors in the text and a notes paragraph starting with its anchor', async () => {
    const doc = await decodeHtml(
      '<body><p>Seized in 2010.<a href="#_ftn1" name="_ftnref1">[1]</a></p><div id="ftn1"><p><a href="#_ftnref1" name="_ftn1">[1]</a> Police annual report 2010.</p></div></body>',
    );
    expect(doc.blocks.map(view)).toEqual(['paragraph: Seized in 2010.[1]', 'footnote 1: [1] Police annual report 2010. []']);
  });

  it('keeps a <sup> apart from the number before it: a marker as [n], other digits as superscript digits', async () => {
    // fresh8 p9: the naive text `1,4001`, `862`, `20173` would be wrong numbers.
    const doc = await decodeHtml('<p>It rose to 1,400<sup>1</sup>; the border guard seized 86<sup>2</sup> weapons. In 2017<sup>3</sup> and 2018<sup>1234</sup> and 2019<sup>2a</sup>.</p>');
    expect(doc.blocks[0]?.text).toBe('It rose to 1,400[1]; the border guard seized 86[2] weapons. In 2017[3] and 2018¹²³⁴ and 2019²a.');
  });

  it('turns several markers in one <sup> into several [n]', async () => {
    const doc = await decodeHtml('<p>Two sources agree.<sup>2,3</sup></p>');
    expect(doc.blocks[0]?.text).toBe('Two sources agree.[2][3]');
  });

  it('keeps an article header (its h1) but not the page header', async () => {
    const doc = await decodeHtml('<body><header><p>Site name</p></header><article><header><h1>Chad</h1></header><p>Text.</p></article></body>');
    expect(doc.blocks.map(view)).toEqual(['heading h1: Chad', 'paragraph: Text.']);
  });

  it('leaves out a div#header menu of an old site but keeps a page-header holding the h1', async () => {
    const doc = await decodeHtml('<body><div id="header"><a href="/">Home</a></div><div class="page-header"><h1>Niger</h1></div><div class="menu">Menu</div></body>');
    expect(doc.blocks.map(view)).toEqual(['heading h1: Niger']);
  });

  it('takes a <figcaption> after a table in its <figure> (WordPress\'s table block) as the table\'s caption, not as text after it', async () => {
    const doc = await decodeHtml(
      '<body><p>Explosions.</p><figure class="wp-block-table"><table><thead><tr><th>Year</th><th>Deaths</th></tr></thead><tbody><tr><td>2019</td><td>3</td></tr></tbody></table><figcaption>Table 1. Explosions, 2019</figcaption></figure><p>After.</p></body>',
    );
    expect(doc.blocks.map(view)).toEqual(['paragraph: Explosions.', 'table (Table 1. Explosions, 2019): H Year | Deaths / 2019 | 3', 'paragraph: After.']);
    // A figure of an image keeps its caption as text; a table with a caption of its own keeps that one, and the figcaption stays text.
    const image = await decodeHtml('<body><figure><img src="map.png"><figcaption>Map of depots</figcaption></figure></body>');
    expect(image.blocks.map(view)).toEqual(['paragraph: Map of depots']);
    const both = await decodeHtml(
      '<body><figure><table><caption>Table 2. Thefts</caption><tr><th>Year</th><th>Cases</th></tr><tr><td>2020</td><td>4</td></tr></table><figcaption>Source: police.</figcaption></figure></body>',
    );
    expect(both.blocks.map(view)).toEqual(['heading: Table 2. Thefts', 'table (Table 2. Thefts): H Year | Cases / 2020 | 4', 'paragraph: Source: police.']);
  });

  it('does not treat a sentence with a digit-free first row as a table of one cell', async () => {
    const doc = await decodeHtml('<table><tr><td><p>Layout cell text.</p></td></tr></table>');
    expect(doc.blocks.map(view)).toEqual(['paragraph: Layout cell text.']);
  });
});

describe('footnote markers in the shapes CMS plugins write them', () => {
  it.each([
    ['<a href="#needs-fn1" class="footnote-ref"><sup>[1]</sup></a>', '[1]'],
    ['<sup class="reference"><a href="#cite_note-3">[3]</a></sup>', '[3]'],
    ['<a href="#footnote-12-4" class="fn">4</a>', '[4]'],
    ['<sup id="fnref5"><a href="#fn5" rel="footnote">5</a></sup>', '[5]'],
    ['<sup>(6)</sup>', '[6]'],
  ])('%s -> %s', async (marker, written) => {
    const doc = await decodeHtml(`<p>Reported.${marker}</p>`);
    expect(doc.blocks[0]?.text).toBe(`Reported.${written}`);
  });

  it('drops the back-links of a notes list, keeps a link whose text is a word', async () => {
    const doc = await decodeHtml('<p>See <a href="#annex">the annex</a>.</p><ol class="footnotes"><li id="fn1">Source. <a href="#fnref1" class="footnote-backref">↩</a></li></ol>');
    expect(doc.blocks.map(view)).toEqual(['paragraph: See the annex.', 'footnote 1: Source. []']);
  });
});

describe('an element left open to the end of the file', () => {
  it('keeps every block on lines the file has (a heading closed with the wrong tag runs to the end)', () => {
    const text = ['<html><body>', '<h2>Section I</h2>', '<p>First paragraph.</p>', '<h2>Section V: Complementary information</h9>', '<p>Last words.</p>', '</body>', '</html>', ''].join('\n');
    const model = decodeHtmlText(text, 'utf-8', load);
    expect(model.lines.length).toBe(7);
    expect(model.blocks.map((b) => [b.text, b.span.lineStart, b.span.lineEnd])).toEqual([
      ['Section I', 2, 2],
      ['First paragraph.', 3, 3],
      // The parser keeps the heading open over what follows, to the end of the file: line 7, the last, not 8.
      ['Section V: Complementary information Last words.', 4, 7],
    ]);
  });
});

describe('htmlParser', () => {
  const deepModule = async (): Promise<{ load: unknown }> => {
    const packageJson = createRequire(import.meta.url).resolve('cheerio/package.json');
    return (await import(pathToFileURL(join(dirname(packageJson), CHEERIO_LOAD_MODULE)).href)) as { load: unknown };
  };

  it("is cheerio's own load, taken from the module that defines it", async () => {
    // A release of cheerio that moves the module fails here (the run would still work, through the entry point).
    const { load: own } = await deepModule();
    expect(typeof own).toBe('function');
    expect(await htmlParser()).toBe(own);
  });

  it("loads without the HTTP client cheerio's entry point brings (undici: 20 MB in every reading worker)", () => {
    const probe = spawnSync(process.execPath, ['bin/run-ts.js', 'tests/helpers/html-parser-probe.ts'], { cwd: join(import.meta.dirname, '..', '..'), encoding: 'utf8' });
    expect(probe.stderr).toBe('');
    expect(JSON.parse(probe.stdout)).toEqual({ cells: 2, undici: false });
  });
});
