import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { classifyKind } from '../../src/classify/kind.ts';
import { decodeHtmlText } from '../../src/decoders/html.ts';
import { blockText } from '../../src/model/document.ts';

// Another layout than fresh3's k6: a French report whose title block is the page's <header> and whose sections are
// <ul> items holding an <h3>, a <p> and a nested list.
const page = [
  '<!doctype html><html lang="fr"><body>',
  '<header><p>République du Mali</p><h1>Rapport national sur la mise en œuvre du Programme d’action</h1>',
  '<p>Date de soumission : 12/04/2018</p></header>',
  '<ul class="sections">',
  '<li><h3>1. Coordination nationale</h3><p>La Commission nationale coordonne la mise en œuvre.</p></li>',
  '<li><h3>2. Collecte et destruction</h3><ul><li>En 2017, la police a saisi 400 armes.</li></ul><p>Fin.</p></li>',
  '<li>Une ligne simple<ul><li>et son détail</li></ul></li>',
  '</ul>',
  '<footer><p>© 2018 Bamako</p></footer>',
  '</body></html>',
].join('\n');

describe('HTML: a title block in the page header, sections as list items holding a heading', () => {
  const doc = decodeHtmlText(page, 'utf-8', load);

  it('keeps a page header holding the h1 and drops the footer', () => {
    expect(blockText(doc).slice(0, 3)).toEqual([
      'République du Mali',
      'Rapport national sur la mise en œuvre du Programme d’action',
      'Date de soumission : 12/04/2018',
    ]);
    expect(blockText(doc)).not.toContain('© 2018 Bamako');
  });

  it('reads an item holding a heading as a section, in order; a plain item stays an item', () => {
    expect(doc.blocks.slice(3).map((b) => [b.kind, 'text' in b ? b.text : ''])).toEqual([
      ['heading', '1. Coordination nationale'],
      ['paragraph', 'La Commission nationale coordonne la mise en œuvre.'],
      ['heading', '2. Collecte et destruction'],
      ['list_item', 'En 2017, la police a saisi 400 armes.'],
      ['paragraph', 'Fin.'],
      ['list_item', 'Une ligne simple'],
      ['list_item', 'et son détail'],
    ]);
  });

  it('is a national report by its title block', () => {
    expect(classifyKind(doc).kind).toBe('poa_report');
  });
});
