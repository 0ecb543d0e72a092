import { describe, expect, it } from 'vitest';
import { cutShortHtml, cutShortText } from '../../src/decoders/cut-short.ts';
import { htmlDecoder } from '../../src/decoders/html.ts';
import { textDecoder } from '../../src/decoders/text.ts';

/** A page saved only in part says so by its own ending; a complete one, whatever its last line, does not. */
describe('documents cut short', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);

  it('a text whose last paragraph stops mid-word, or a table row whose last cell stops on "of the"', () => {
    const paragraph = `Partners have funded the refurbishment of armouries and the training of storekeepers in inventory management, although the extent of the work remains unclear from public sourc`;
    expect(cutShortText(['Country profile', '', paragraph])).toEqual({ line: 3, why: 'its last line (3) stops inside a sentence' });
    expect(cutShortText(['Year | Location | Description', '2012 | Dar es Salaam | Some 3,000 rounds were found in the house of a former storekeeper of the'])).toEqual({ line: 2, why: 'its last line (2) stops inside a sentence' });
    expect(cutShortText(['Le rapport a été remis au secrétariat par la mission permanente et publié dans la série des', ''])?.line).toBe(1);
  });

  it.each([
    ['a full stop', 'The report was submitted to the secretariat by the permanent mission in June.'],
    ['a copyright footer', '© 2024 International Campaign to Ban Landmines – Cluster Munition Coalition'],
    ['a label', 'Name and title of official: Head of Department for Export Control'],
    ['an address line', 'Observatoire régional des armes et de la violence – contact@observatoire.example'],
    ['keywords', 'Keywords: Kazakhstan; Pavlodar; firearms; seizure; voluntary surrender; operation Karu'],
    ['a form answer', '[ ] Yes [ ] No [X] Not applicable to the reporting period of this year'],
    ['a short heading', 'Needs and assistance'],
    ['a link', 'Full profile at https://example.org/profiles/tanzania-ammunition-management-2023'],
  ])('a text ending with %s is whole', (_what, line) => {
    expect(cutShortText(['Title', '', line])).toBeNull();
  });

  it('an HTML page that never closes its body', () => {
    expect(cutShortHtml('<!DOCTYPE html>\n<html><body><h1>Ghana</h1>\n<p>Accidental explos', 3)).toEqual({ line: 3, why: 'the page never closes its <body> or <html>' });
    expect(cutShortHtml('<!DOCTYPE html>\n<html><body><p>Done.</p></body></html>\n', 2)).toBeNull();
  });

  it('the decoders record it on the document', async () => {
    const text = await textDecoder.decode(bytes('Title\n\nThe depot held ammunition of every calibre and the stocks of the police and of the'), { sourcePath: 'x.txt' });
    expect(text.cutShort).toEqual({ line: 3, why: 'its last line (3) stops inside a sentence' });
    const html = await htmlDecoder.decode(bytes('<!DOCTYPE html>\n<html lang="en"><body>\n<h1>Ghana</h1>\n<p>Two accidental explosions were reported.</p>\n'), { sourcePath: 'x.html' });
    expect(html.cutShort?.why).toBe('the page never closes its <body> or <html>');
  });
});

/** The row a document stops in is its end, not a row of its table: left out, and kept for the truncation warning. */
describe('a document cut short inside a table row', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);
  const page = (tail: string) => `<!DOCTYPE html>\n<html lang="fr"><body>\n<h2>Détournements</h2>\n<table>\n<caption>Tableau 2. Détournements</caption>\n<tr><th>Année</th><th>Lieu</th><th>Description</th></tr>\n<tr><td>2015</td><td>Kidal</td><td>Vol de 120 fusils</td></tr>\n${tail}`;

  it('an HTML page ending inside a cell: the row is set apart with its line, text and caption', async () => {
    const model = await htmlDecoder.decode(bytes(page('<tr><td>2017</td><td>Ga')), { sourcePath: 'x.html' });
    const table = model.blocks.at(-1);
    expect(table?.kind === 'table' && table.rows.map((r) => r.text)).toEqual(['Année | Lieu | Description', '2015 | Kidal | Vol de 120 fusils']);
    expect(table?.text).toBe('Année | Lieu | Description\n2015 | Kidal | Vol de 120 fusils');
    expect(model.cutShort).toEqual({ line: 8, why: 'the page never closes its <body> or <html>', cutRow: { line: 8, text: '2017 | Ga', caption: 'Tableau 2. Détournements' } });
  });

  it('an HTML page ending after a number with all its cells: the number may be cut (1 of 12), so the row is set apart too', async () => {
    const model = await htmlDecoder.decode(bytes(page('<tr><td>2017</td><td>Gao</td><td>Vol de 1\n\n')), { sourcePath: 'x.html' });
    expect(model.cutShort?.cutRow).toEqual({ line: 8, text: '2017 | Gao | Vol de 1', caption: 'Tableau 2. Détournements' });
  });

  it('an HTML page ending on a closed row, or cut after its table, keeps every row', async () => {
    const closed = await htmlDecoder.decode(bytes(page('<tr><td>2017</td><td>Gao</td><td>Vol de 12 fusils</td></tr>\n')), { sourcePath: 'x.html' });
    expect(closed.cutShort).toEqual({ line: 8, why: 'the page never closes its <body> or <html>' });
    const table = closed.blocks.at(-1);
    expect(table?.kind === 'table' && table.rows.length).toBe(3);
    const after = await htmlDecoder.decode(bytes(page('</table>\n<h2>Besoins</h2>\n<p>Le pays a demandé une aide pour')), { sourcePath: 'x.html' });
    expect(after.cutShort?.cutRow).toBeUndefined();
    const kept = after.blocks.find((b) => b.kind === 'table');
    expect(kept?.kind === 'table' && kept.rows.map((r) => r.text)).toEqual(['Année | Lieu | Description', '2015 | Kidal | Vol de 120 fusils']);
  });

  it('a text table whose last cell stops inside a sentence', async () => {
    const text = 'Year | Location | Description\n2012 | Dar es Salaam | 300 rounds found\n2014 | Arusha | Some 3,000 rounds were found in the house of a former storekeeper of the\n';
    const model = await textDecoder.decode(bytes(text), { sourcePath: 'x.txt' });
    const table = model.blocks.at(-1);
    expect(table?.kind === 'table' && table.rows.map((r) => r.text)).toEqual(['Year | Location | Description', '2012 | Dar es Salaam | 300 rounds found']);
    expect(table?.span).toEqual({ lineStart: 1, lineEnd: 2 });
    expect(model.cutShort?.cutRow).toEqual({ line: 3, text: '2014 | Arusha | Some 3,000 rounds were found in the house of a former storekeeper of the', caption: null });
  });

  it('a whole document, or one cut in prose after its table, sets no row apart', async () => {
    const whole = await htmlDecoder.decode(bytes(`${page('<tr><td>2017</td><td>Gao</td><td>x</td></tr>')}</table></body></html>`), { sourcePath: 'x.html' });
    expect(whole.cutShort).toBeNull();
    const prose = await textDecoder.decode(bytes('Year | Location | Deaths\n2012 | Arys | 3\n\nThe depot held ammunition of every calibre and the stocks of the police and of the'), { sourcePath: 'x.txt' });
    expect(prose.cutShort).toEqual({ line: 4, why: 'its last line (4) stops inside a sentence' });
    expect(prose.blocks.find((b) => b.kind === 'table')?.text).toBe('Year | Location | Deaths\n2012 | Arys | 3');
  });
});
