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
