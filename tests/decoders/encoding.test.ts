import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { encodeText } from '../../scripts/make-fixtures.ts';
import fc from 'fast-check';
import {
  declaredCharset, decodeHtmlBytes, decodeHtmlBytesWithEvidence, decodeTextBytes, decodeTextBytesWithEvidence, normaliseText, readabilityScore,
  russianPlausibility, scanUtf8,
} from '../../src/decoders/encoding.ts';
import { htmlDecoder } from '../../src/decoders/html.ts';
import { textDecoder } from '../../src/decoders/text.ts';
import { encodingIssues } from '../../src/pipeline/replaced-bytes.ts';

const RUSSIAN = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'encodings', 'ru_report.utf8.txt'), 'utf8');

describe('a Russian report saved in the encodings Russian reports come in', () => {
  it.each([
    ['windows-1251', 'windows-1251'],
    ['koi8-r', 'koi8-r'],
    ['utf-16le-bom', 'utf-16le'],
    ['utf-16be-bom', 'utf-16be'],
    ['utf-16le', 'utf-16le'],
    ['utf-8-bom', 'utf-8'],
  ] as const)('%s decodes to the same text as the UTF-8 original', (saved, detected) => {
    const decoded = decodeTextBytes(encodeText(RUSSIAN, saved));
    expect(decoded.text).toBe(RUSSIAN);
    expect(decoded.encoding).toBe(detected);
  });

  it('gives the same blocks through the text decoder, whatever the encoding', async () => {
    const ctx = { sourcePath: 'ru.txt' };
    const utf8 = await textDecoder.decode(new TextEncoder().encode(RUSSIAN), ctx);
    const cp1251 = await textDecoder.decode(encodeText(RUSSIAN, 'windows-1251'), ctx);
    expect(cp1251.blocks).toEqual(utf8.blocks);
    expect(cp1251.encoding).toBe('windows-1251');
    expect(utf8.blocks[3]?.text).toContain('изъято 2 315 единиц');
  });

  it('tells KOI8-R from windows-1251 by which reads like Russian, even on one short line', () => {
    const line = 'Уничтожено оружия: 540 единиц.';
    expect(decodeTextBytes(encodeText(line, 'koi8-r'))).toEqual({ text: line, encoding: 'koi8-r' });
    expect(decodeTextBytes(encodeText(line, 'windows-1251'))).toEqual({ text: line, encoding: 'windows-1251' });
    expect(russianPlausibility(line)).toBeGreaterThan(russianPlausibility(iconv.decode(iconv.encode(line, 'koi8-r'), 'windows-1251')));
  });
});

describe('other text encodings', () => {
  it('reads Western text in windows-1252 (not valid UTF-8)', () => {
    const text = 'Informe nacional: 1’300 armas destruidas en Perú – año 2019.\n';
    expect(decodeTextBytes(encodeText(text, 'windows-1252'))).toEqual({ text, encoding: 'windows-1252' });
  });

  it('normalises CRLF and CR to LF and decomposed letters to NFC', () => {
    expect(decodeTextBytes(new TextEncoder().encode('Peru\u0301\r\nline 2\rline 3')).text).toBe('Perú\nline 2\nline 3');
  });

  it('keeps plain ASCII and UTF-8 as UTF-8', () => {
    expect(decodeTextBytes(new TextEncoder().encode('2010 : English Русский')).encoding).toBe('utf-8');
  });
});

describe('HTML pages and the charset they declare', () => {
  const page = (charset: string): string =>
    `<!DOCTYPE html>\n<html lang="ru">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=${charset}">\n<title>Узбекистан</title>\n</head>\n<body>\n<h1>Сбор и уничтожение</h1>\n<p>В 2013 году изъято 1 560 единиц оружия.</p>\n</body>\n</html>\n`;

  it('decodes a page declaring windows-1251 in http-equiv', async () => {
    const bytes = new Uint8Array(iconv.encode(page('windows-1251'), 'windows-1251'));
    expect(declaredCharset(bytes)).toBe('windows-1251');
    const doc = await htmlDecoder.decode(bytes, { sourcePath: 'uzb.html' });
    expect(doc.encoding).toBe('windows-1251');
    expect(doc.title).toBe('Узбекистан');
    expect(doc.declaredLanguage).toBe('ru');
    expect(doc.blocks.map((b) => [b.kind, b.text, b.span.lineStart])).toEqual([
      ['heading', 'Сбор и уничтожение', 8],
      ['paragraph', 'В 2013 году изъято 1 560 единиц оружия.', 9],
    ]);
  });

  it('reads <meta charset> and maps iso-8859-1 to windows-1252, as browsers do', () => {
    const bytes = new Uint8Array(iconv.encode('<meta charset="ISO-8859-1"><p>Côte d’Ivoire</p>', 'windows-1252'));
    expect(declaredCharset(bytes)).toBe('windows-1252');
    expect(decodeHtmlBytes(bytes)).toEqual({ text: '<meta charset="ISO-8859-1"><p>Côte d’Ivoire</p>', encoding: 'windows-1252' });
  });

  it('trusts valid UTF-8 bytes over a stale single-byte declaration', () => {
    const html = '<meta charset="windows-1251"><p>Perú – Côte d’Ivoire</p>';
    expect(decodeHtmlBytes(new TextEncoder().encode(html))).toEqual({ text: html, encoding: 'utf-8' });
  });

  it('falls back to detection when a page declaring UTF-8 is not UTF-8', () => {
    const html = '<meta charset="utf-8"><p>Уничтожено оружия: 540 единиц.</p>';
    expect(decodeHtmlBytes(new Uint8Array(iconv.encode(html, 'koi8-r')))).toEqual({ text: html, encoding: 'koi8-r' });
  });

  it('lets a BOM win over the declaration', () => {
    const html = '<meta charset="windows-1251"><p>Оружие</p>';
    expect(decodeHtmlBytes(encodeText(html, 'utf-16le-bom'))).toEqual({ text: html, encoding: 'utf-16le' });
  });
});

describe('bytes that are UTF-8 but for a few', () => {
  const seed = readFileSync(join(import.meta.dirname, '..', '..', 'raw', '003_9c7cc2717d99486b.txt'));

  it('reads the PoA seed with one 0xFF appended as UTF-8, the byte replaced, and says which line holds it', () => {
    const bytes = new Uint8Array([...seed, 0xff]);
    const decoded = decodeTextBytesWithEvidence(bytes);
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text).toBe(`${normaliseText(seed.toString('utf8'))}\uFFFD`);
    expect(decoded.evidence?.replacedSequences).toBe(1);
    expect(decoded.evidence?.replacedLines).toEqual([decoded.text.split('\n').length]);
    expect(decoded.evidence?.choice).toMatch(/^utf-8 with 1 invalid byte sequence\(s\) replaced by U\+FFFD \(score 0\.\d{3}\) over windows-1252 \(score -1\.\d{3}\)$/);
  });

  it('reads Russian UTF-8 with a stray byte as UTF-8, not as windows-1251 mojibake', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('Изъято оружия:\n9'), 0xff, ...new TextEncoder().encode('607 единиц.\n')]);
    const decoded = decodeTextBytesWithEvidence(bytes);
    expect(decoded.text).toBe('Изъято оружия:\n9\uFFFD607 единиц.\n');
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.evidence?.replacedLines).toEqual([2]);
  });

  it('keeps a legacy code page when it reads better, and records the scores', () => {
    const text = 'Informe nacional: 1’300 armas destruidas en Perú – año 2019.\n';
    const decoded = decodeTextBytesWithEvidence(encodeText(text, 'windows-1252'));
    expect(decoded).toEqual({
      text,
      encoding: 'windows-1252',
      evidence: { replacedLines: [], replacedSequences: 0, choice: 'windows-1252 (score 1.000) over utf-8 with 4 invalid byte sequence(s) (score -3.000)' },
    });
  });

  it('records nothing for clean Unicode', () => {
    expect(decodeTextBytesWithEvidence(new TextEncoder().encode('Perú 2019\n')).evidence).toBeNull();
  });

  it('lets a page declaring windows-1251 whose bytes are UTF-8 but for one be read as UTF-8', () => {
    const html = '<meta charset="windows-1251"><p>Уничтожено оружия: 540 единиц.</p>';
    const decoded = decodeHtmlBytesWithEvidence(new Uint8Array([...new TextEncoder().encode(html), 0x98]));
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text).toBe(`${html}\uFFFD`);
  });

  it('reads windows-1252 bytes behind a UTF-8 byte-order mark as windows-1252, not as U+FFFD, and records the contradiction', () => {
    const text = 'Côte d’Ivoire: approximately 1\u00a0300 service weapons were stolen.\n';
    const decoded = decodeTextBytesWithEvidence(new Uint8Array([0xef, 0xbb, 0xbf, ...encodeText(text, 'windows-1252')]));
    expect(decoded.text).toBe(text);
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.evidence?.replacedSequences).toBe(0);
    expect(decoded.evidence?.doubts).toEqual([
      'the file starts with a UTF-8 byte-order mark but the bytes after it are not UTF-8; read as windows-1252, check its accented letters',
    ]);
    const page = decodeHtmlBytesWithEvidence(new Uint8Array([0xef, 0xbb, 0xbf, ...encodeText(`<meta charset="windows-1252"><p>${text}</p>`, 'windows-1252')]));
    expect([page.text, page.encoding, page.evidence?.doubts?.length]).toEqual([`<meta charset="windows-1252"><p>${text}</p>`, 'windows-1252', 1]);
  });

  it('reads a control character (NUL, ESC) as an unreadable byte: U+FFFD, counted, its line named; tab, VT, FF and line ends stay', () => {
    // Long enough that one NUL is not the NUL pattern of BOM-less UTF-16.
    const decoded = decodeTextBytesWithEvidence(new TextEncoder().encode('Seized by the police and customs services:\n9,6\u000007 weapons\tin 2005\f\n\u001b[0m\u000bend\n'));
    expect(decoded.text).toBe('Seized by the police and customs services:\n9,6\uFFFD07 weapons\tin 2005\f\n\uFFFD[0m\u000bend\n');
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.evidence).toEqual({ replacedLines: [2, 3], replacedSequences: 0, controlCharacters: 2, choice: 'utf-8 with 2 control character(s) replaced by U+FFFD' });
    const page = decodeHtmlBytesWithEvidence(new TextEncoder().encode('<!DOCTYPE html><html><body><p>Seized: 1\u00007 rifles.</p></body></html>'));
    expect([page.text, page.evidence?.controlCharacters]).toEqual(['<!DOCTYPE html><html><body><p>Seized: 1\uFFFD7 rifles.</p></body></html>', 1]);
  });

  it('reads a Russian page in windows-1251 or KOI8-R under a stale Western declaration as Cyrillic, and records the contradiction', () => {
    const html = '<html lang="ru"><head><meta charset="iso-8859-1"></head><body><p>Национальный доклад: в 2013 году изъято 1 560 единиц оружия.</p></body></html>';
    for (const encoding of ['windows-1251', 'koi8-r'] as const) {
      const decoded = decodeHtmlBytesWithEvidence(encodeText(html, encoding));
      expect([decoded.text, decoded.encoding]).toEqual([html, encoding]);
      expect(decoded.evidence?.doubts).toEqual([`the page declares windows-1252 but its letters are runs of high bytes, as Cyrillic text is; read as ${encoding}, check the page`]);
    }
    // French under the same declaration stays windows-1252, with nothing to doubt.
    const french = '<meta charset="iso-8859-1"><p>Côte d’Ivoire : 1 300 armes détruites en 2019.</p>';
    const western = decodeHtmlBytesWithEvidence(encodeText(french, 'windows-1252'));
    expect([western.text, western.encoding, western.evidence?.doubts]).toEqual([french, 'windows-1252', undefined]);
  });

  it('keeps a UTF-8 byte-order mark before valid UTF-8 as plain UTF-8, with nothing to explain', () => {
    expect(decodeTextBytesWithEvidence(encodeText('Perú 2019\n', 'utf-8-bom'))).toEqual({ text: 'Perú 2019\n', encoding: 'utf-8', evidence: null });
  });

  it('scores readability: letters and common punctuation read, U+FFFD and mojibake cost', () => {
    expect(readabilityScore('ascii only', 0)).toBe(0);
    expect(readabilityScore('Perú – año', 0)).toBe(1);
    expect(readabilityScore('a\uFFFDb', 0)).toBe(-3);
    expect(readabilityScore('Ð¾', 1)).toBe((1 - 3 * 2) / 2);
  });

  it('counts well-formed multi-byte sequences and invalid ones as TextDecoder replaces them', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const replaced = [...new TextDecoder('utf-8').decode(bytes)].filter((ch) => ch === '\uFFFD').length;
        const genuine = (Buffer.from(bytes).toString('latin1').match(/\xef\xbf\xbd/g) ?? []).length;
        expect(scanUtf8(bytes).invalid).toBe(replaced - genuine);
      }),
    );
  });
});

describe('UTF-16 with a surrogate cut from its pair', () => {
  const utf16le = (text: string, bom: boolean) => new Uint8Array(Buffer.concat([Buffer.from(bom ? [0xff, 0xfe] : []), Buffer.from(text, 'utf16le')]));
  const text = 'National report\nIn 2005, 9,6\uD80007 weapons were seized.\nEnd \uD83D\uDE00 of report.\n';

  it.each([true, false])('names the line of each unpaired surrogate as replaced (BOM: %s), and a whole pair is no loss', async (bom) => {
    const model = await textDecoder.decode(utf16le(text, bom), { sourcePath: 'r.txt' });
    expect(model.encoding).toBe('utf-16le');
    expect(model.lines[1]).toBe('In 2005, 9,6\uFFFD07 weapons were seized.');
    expect(encodingIssues(model, 'r.txt').map((i) => [i.severity, i.rule, i.message, i.line_start])).toEqual([
      ['info', 'encoding-choice', 'r.txt: bytes not clean Unicode; read as utf-16le with 1 unpaired surrogate(s) or odd byte(s) read as U+FFFD', null],
      ['warning', 'replaced-bytes', 'r.txt: 1 invalid byte sequence(s) read as U+FFFD on line(s) 2; numbers touching them are not loaded', 2],
    ]);
    expect(encodingIssues(await textDecoder.decode(utf16le(text.replace('\uD800', ''), bom), { sourcePath: 'r.txt' }), 'r.txt')).toEqual([]);
  });

  it('counts a low surrogate alone and an odd last byte too (big-endian, in an HTML page)', async () => {
    const page = '<html><body><p>Seized: \uDC00 12 pistols</p></body></html>';
    const bytes = new Uint8Array(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(page, 'utf16le').swap16(), Buffer.from([0x41])]));
    const model = await htmlDecoder.decode(bytes, { sourcePath: 'p.html' });
    expect(model.encoding).toBe('utf-16be');
    expect(model.encodingEvidence?.choice).toBe('utf-16be with 2 unpaired surrogate(s) or odd byte(s) read as U+FFFD');
  });
});
