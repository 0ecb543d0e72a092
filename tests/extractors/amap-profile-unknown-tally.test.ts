import { describe, expect, it } from 'vitest';
import { decodePlainText } from '../../src/decoders/text.ts';
import { extractAmapProfile } from '../../src/extractors/amap-profile/index.ts';
import { readTally } from '../../src/extractors/amap-profile/tallies.ts';
import type { Language } from '../../src/language/types.ts';
import { findUnknownMarkers } from '../../src/transforms/unknown.ts';

/**
 * A profile that says incidents happen but their number is not known states a tally whose count is unknown:
 * NULL (never a guess), read through the language's unknown markers (transforms/unknown.ts) after the words it
 * names a tally's number by (lexicon `tallyNumberNouns`), with the marker's step and an `unknown-value` issue.
 */

describe('a tally whose number is said to be unknown', () => {
  it.each<[string, string, 'explosions' | 'diversions', Language | null, string, string]>([
    ['en', 'Cases of diversion from the defence forces are regularly reported in the press, but their number is not known.', 'diversions', 'en', 'number is not known', 'not known'],
    ['en, the language not known', 'Incidents of diversion occur along the border; their exact number remains unknown.', 'diversions', null, 'number remains unknown', 'unknown'],
    ['en, the noun between', 'The number of such cases of diversion remains unknown.', 'diversions', 'en', 'number of such cases of diversion remains unknown', 'unknown'],
    ['en, explosions', 'Accidental explosions have occurred at several depots, but their total is unknown.', 'explosions', 'en', 'total is unknown', 'unknown'],
    ['fr', 'Des cas de détournement sont signalés depuis 2012, mais leur nombre n’est pas connu.', 'diversions', 'fr', 'nombre n’est pas connu', 'pas connu'],
    ['fr, adjective', 'Des cas de détournement sont régulièrement rapportés ; leur nombre exact est inconnu.', 'diversions', 'fr', 'nombre exact est inconnu', 'inconnu'],
    ['es', 'Se han registrado casos de desvío desde 2011, pero su número se desconoce.', 'diversions', 'es', 'número se desconoce', 'se desconoce'],
    ['pt', 'Foram registados casos de desvio, mas o seu número é desconhecido.', 'diversions', 'pt', 'número é desconhecido', 'desconhecido'],
  ])('%s', (_what, sentence, topic, language, raw, marker) => {
    const tally = readTally(sentence, topic, language);
    expect(tally && { count: tally.reported_count, raw: tally.reported_raw, rule: tally.note?.rule }).toEqual({ count: null, raw, rule: 'unknown-value' });
    expect(tally?.steps.map((s) => [s.column, s.rule, s.source_words, s.value])).toEqual([['reported_count', 'unknown.marker', marker, 'NULL']]);
  });

  it.each<[string, string, Language | null]>([
    ['the marker is about something else', 'Cases of diversion were reported in 2015, but the perpetrators are unknown.', 'en'],
    ['the number is of something else', 'Cases of diversion are reported, but the number of weapons taken from the depots is not known.', 'en'],
    ['no number noun', 'Des cas de détournement sont signalés, leurs auteurs restent inconnus.', 'fr'],
    ['another language’s short marker read as a word', 'Foram registados casos de desvio na província, cujo número na região cresce.', 'pt'],
  ])('no tally when %s', (_what, sentence, language) => {
    expect(readTally(sentence, 'diversions', language)).toBeNull();
  });

  it('a stated number wins over an unknown one about something else', () => {
    const tally = readTally('Four cases of diversion were reported; the number of weapons is unknown.', 'diversions', 'en');
    expect([tally?.reported_count, tally?.reported_raw, tally?.note]).toEqual([4, 'Four', null]);
  });

  it('is loaded with a NULL count, its step, and an unknown-value issue on the tally (no tally-mismatch with the table)', () => {
    const page = [
      'Cameroon',
      '',
      'Cases of diversion',
      '',
      'Cases of diversion of arms from the defence forces to armed groups are regularly reported in the press, but their number is not known.',
      '',
    ].join('\n');
    const x = extractAmapProfile(decodePlainText(page, 'utf-8'));
    expect(x.tallies.map((t) => [t.topic, t.reported_count, t.reported_raw, t.line_start])).toEqual([['diversions', null, 'number is not known', 5]]);
    expect(x.tallies[0]?.steps?.map((s) => s.rule)).toEqual(['unknown.marker']);
    expect(x.issues.filter((i) => i.record?.table === 'tallies').map((i) => [i.severity, i.rule, i.message])).toEqual([
      ['info', 'unknown-value', "line 5: 'number is not known': the text says the number of diversions is not known: reported_count NULL (unknown), the words kept."],
    ]);
  });
});

describe('findUnknownMarkers', () => {
  it('finds the markers inside prose, in the languages asked, as whole words', () => {
    expect(findUnknownMarkers('but their number is not known.', ['en'])).toEqual([{ written: 'not known', language: 'en', index: 20 }]);
    expect(findUnknownMarkers('их число неизвестно', ['ru'])).toEqual([{ written: 'неизвестно', language: 'ru', index: 9 }]);
    expect(findUnknownMarkers('事件数量不详。', ['zh'])).toEqual([{ written: '不详', language: 'zh', index: 4 }]);
    expect(findUnknownMarkers('وعددها غير معروف', ['ar'])).toEqual([{ written: 'غير معروف', language: 'ar', index: 7 }]);
  });
  it('leaves words that only contain a marker, signs that are punctuation in prose, and other languages’ markers', () => {
    expect(findUnknownMarkers('The unknownness of it, and Nadia.', ['en'])).toEqual([]);
    expect(findUnknownMarkers('Was it reported? Yes - twice.', ['en'])).toEqual([]);
    expect(findUnknownMarkers('هل تم الإبلاغ عنها؟', ['ar'])).toEqual([]);
    expect(findUnknownMarkers('o número na região', ['pt'])).toEqual([]);
  });
});
