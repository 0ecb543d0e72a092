import { describe, expect, it } from 'vitest';
import { decodePlainText } from '../../src/decoders/text.ts';
import { extractAmapProfile } from '../../src/extractors/amap-profile/index.ts';
import { readTally } from '../../src/extractors/amap-profile/tallies.ts';
import type { Language } from '../../src/language/types.ts';

type Topic = 'explosions' | 'diversions';

/**
 * Tallies in Russian, Arabic and Chinese: the lexicons' tallyNouns (as whole phrases under each language's boundary
 * rule: Arabic's glued proclitics, none in Han script), the number nouns an unknown count is said with
 * (tallyNumberNouns), and Chinese counters (`三起`, tallyCounters). A count said to be unknown is NULL with the
 * marker's step and an `unknown-value` note; a stated count is read as before, never made unknown.
 */
describe('a tally whose number is said to be unknown, in ru, ar, zh', () => {
  it.each<[string, string, Topic, Language, string, string]>([
    ['ru', 'Сообщается о случаях утечки оружия со складов, однако их число неизвестно.', 'diversions', 'ru', 'число неизвестно', 'неизвестно'],
    ['ru, the noun between', 'Непреднамеренные взрывы происходили неоднократно, но точное количество непреднамеренных взрывов неизвестно.', 'explosions', 'ru', 'количество непреднамеренных взрывов неизвестно', 'неизвестно'],
    ['ar', 'تفيد الصحافة بانتظام بحالات تسريب للأسلحة من قوات الدفاع، لكن عددها غير معروف.', 'diversions', 'ar', 'عددها غير معروف', 'غير معروف'],
    ['ar, the glued conjunction', 'وقعت انفجارات عرضية في عدة مستودعات للذخيرة وعددها الدقيق غير معروف.', 'explosions', 'ar', 'وعددها الدقيق غير معروف', 'غير معروف'],
    ['ar, the incidents named', 'سجلت حالات تسريب من المخازن، إلا أن عدد حالات التسريب غير متوفر.', 'diversions', 'ar', 'عدد حالات التسريب غير متوفر', 'غير متوفر'],
    ['zh', '据报道，弹药库曾多次发生意外爆炸，但其数量不详。', 'explosions', 'zh', '其数量不详', '不详'],
    ['zh, the incidents named', '国防军武器转用事件时有报道，事件数量未知。', 'diversions', 'zh', '事件数量未知', '未知'],
    ['zh, a word between', '该国多次发生意外爆炸，具体次数目前不详。', 'explosions', 'zh', '具体次数目前不详', '不详'],
  ])('%s', (_what, sentence, topic, language, raw, marker) => {
    const tally = readTally(sentence, topic, language);
    expect(tally && { count: tally.reported_count, raw: tally.reported_raw, rule: tally.note?.rule }).toEqual({ count: null, raw, rule: 'unknown-value' });
    expect(tally?.steps.map((s) => [s.column, s.rule, s.source_words, s.value, s.language])).toEqual([['reported_count', 'unknown.marker', marker, 'NULL', language]]);
  });

  it.each<[string, string, Topic, Language, number, string]>([
    ['ru, a number word', 'С 2005 года произошло три непреднамеренных взрыва на складах боеприпасов.', 'explosions', 'ru', 3, 'три'],
    ['ru, digits', 'В 2018 году было зарегистрировано 4 случая утечки оружия.', 'diversions', 'ru', 4, '4'],
    ['ar, a number word', 'وقعت ثلاثة انفجارات عرضية في مستودعات الذخيرة منذ عام 2005.', 'explosions', 'ar', 3, 'ثلاثة'],
    ['ar, digits, with an unknown number of something else', 'سجلت 5 حالات تسريب، لكن عدد الأسلحة المسروقة غير معروف.', 'diversions', 'ar', 5, '5'],
    ['zh, a numeral and its counter', '自2005年以来，共发生三起意外爆炸。', 'explosions', 'zh', 3, '三'],
    ['zh, digits and a counter', '2010年至2020年间发生了12次意外爆炸，其中一次造成人员死亡。', 'explosions', 'zh', 12, '12'],
    ['zh, a compound numeral', '报告期内共发现十一起转用事件。', 'diversions', 'zh', 11, '十一'],
  ])('a stated count is read: %s', (_what, sentence, topic, language, count, raw) => {
    const tally = readTally(sentence, topic, language);
    expect([tally?.reported_count, tally?.reported_raw, tally?.note]).toEqual([count, raw, null]);
  });

  it.each<[string, string, Topic, Language]>([
    ['ru, the number is of something else', 'Сообщалось о случаях утечки, но число похищенного со складов оружия и боеприпасов до сих пор неизвестно.', 'diversions', 'ru'],
    ['ar, the number is of the weapons', 'تم الإبلاغ عن حالات تسريب، لكن عدد الأسلحة المسروقة غير معروف.', 'diversions', 'ar'],
    ['ar, the perpetrators are unknown', 'وقعت حالات تسريب في عام 2015، لكن الفاعلين غير معروفين.', 'diversions', 'ar'],
    ['zh, the number is of the weapons', '发生了转用事件，但被盗武器数量不详。', 'diversions', 'zh'],
    ['zh, an ordinal is no count', '这是该弹药库第三起意外爆炸。', 'explosions', 'zh'],
    ['zh, an unknown cause', '2015年发生意外爆炸，原因不详。', 'explosions', 'zh'],
  ])('no tally when %s', (_what, sentence, topic, language) => {
    expect(readTally(sentence, topic, language)).toBeNull();
  });

  it('a sentence ends at the Chinese full stop, with no space after it', () => {
    const tally = readTally('意外爆炸原因不详。后来又发生了两起意外爆炸。', 'explosions', 'zh');
    expect([tally?.reported_count, tally?.reported_raw, tally?.sentenceStart, tally?.sentenceEnd]).toEqual([2, '两', 9, 22]);
  });
});

describe('a whole profile in ru, ar, zh', () => {
  it.each<[string, string[], Topic, number | null, string, string[]]>([
    ['ru', ['Камерун', '', 'Случаи утечки', '', 'Сообщается о случаях утечки оружия из арсеналов сил обороны, однако их число неизвестно.', ''], 'diversions', null, 'число неизвестно', ['unknown-value']],
    ['ar', ['الكاميرون', '', 'حالات التسريب', '', 'تفيد الصحافة بانتظام بحالات تسريب للأسلحة من قوات الدفاع، لكن عددها غير معروف.', ''], 'diversions', null, 'عددها غير معروف', ['unknown-value']],
    ['zh', ['喀麦隆', '', '意外爆炸', '', '据报道，弹药库曾多次发生意外爆炸，但其数量不详。', ''], 'explosions', null, '其数量不详', ['unknown-value']],
    ['zh, a stated count', ['喀麦隆', '', '意外爆炸', '', '自2005年以来，共发生三起意外爆炸。', ''], 'explosions', 3, '三', []],
  ])('%s: the section heading is read and its tally loaded from line 5', (_what, page, topic, count, raw, rules) => {
    const x = extractAmapProfile(decodePlainText(page.join('\n'), 'utf-8'));
    expect(x.tallies.map((t) => [t.topic, t.reported_count, t.reported_raw, t.line_start])).toEqual([[topic, count, raw, 5]]);
    expect(x.issues.filter((i) => i.record?.table === 'tallies').map((i) => i.rule)).toEqual(rules);
  });
});

/**
 * A tally's period of two years and its count of 0, in the languages whose lexicons give them besides en/fr/es
 * (tallyRangeOpeners/Joiners, tallyNoneWords, tallyRoundFigures): without those words the period was NULL, the
 * Russian `ни одного` was read as a count of 1 and the Portuguese `não foram registados` gave no tally at all.
 */
describe('a tally period, a count of 0 and a round figure from the pt, ru, ar lexicons', () => {
  it.each<[string, string, Topic, Language, number | null, string, number | null, number | null]>([
    ['pt, entre ... e', 'Entre 2010 e 2015 registaram-se três explosões acidentais em paióis.', 'explosions', 'pt', 3, 'três', 2010, 2015],
    ['pt, desde ... até', 'Desde 2010 até 2015 foram registados dois casos de desvio.', 'diversions', 'pt', 2, 'dois', 2010, 2015],
    ['pt, não foram registados', 'Não foram registados casos de desvio entre 2010 e 2020.', 'diversions', 'pt', 0, 'Não foram registados casos de desvio', 2010, 2020],
    ['pt, nenhum', 'Nenhum caso de desvio foi comunicado desde 2005.', 'diversions', 'pt', 0, 'Nenhum caso de desvio', 2005, null],
    ['ru, с ... по', 'С 1990 по 2020 год произошло три непреднамеренных взрыва.', 'explosions', 'ru', 3, 'три', 1990, 2020],
    ['ru, между ... и', 'Между 2001 и 2010 годами было зарегистрировано 4 случая утечки оружия.', 'diversions', 'ru', 4, '4', 2001, 2010],
    ['ru, ни одного is 0, not 1', 'С 2005 года не было зарегистрировано ни одного случая утечки боеприпасов.', 'diversions', 'ru', 0, 'не было зарегистрировано ни одного случая утечки боеприпасов', 2005, null],
    ['ru, не зафиксировано', 'Не зафиксировано случаев хищения боеприпасов с 2010 года.', 'diversions', 'ru', 0, 'Не зафиксировано случаев хищения боеприпасов', 2010, null],
    ['ar, بين عامي ... و glued to the year', 'بين عامي 2010 و2015 وقعت ثلاثة انفجارات عرضية في مستودعات الذخيرة.', 'explosions', 'ar', 3, 'ثلاثة', 2010, 2015],
    ['ar, من عام ... إلى عام', 'من عام 2001 إلى عام 2010 سجلت 5 حالات تسريب.', 'diversions', 'ar', 5, '5', 2001, 2010],
    ['en, unchanged', 'Between 1990 and 2020, five accidental explosions were reported.', 'explosions', 'en', 5, 'five', 1990, 2020],
  ])('%s', (_what, sentence, topic, language, count, raw, start, end) => {
    const tally = readTally(sentence, topic, language);
    expect(tally && [tally.reported_count, tally.reported_raw, tally.period_start, tally.period_end]).toEqual([count, raw, start, end]);
  });

  it('a Portuguese round figure is no count: NULL, the words kept', () => {
    const tally = readTally('Foram relatadas uma dúzia de explosões acidentais.', 'explosions', 'pt');
    expect(tally && [tally.reported_count, tally.reported_raw, tally.note?.rule]).toEqual([null, 'uma dúzia de', 'tally-not-exact']);
  });

  it('`с` is no range opener before a word that is not a year (it is also `with`)', () => {
    const tally = readTally('С оружием связано 3 случая утечки, выявленных в ходе проверок.', 'diversions', 'ru');
    expect(tally && [tally.reported_count, tally.period_start, tally.period_end]).toEqual([3, null, null]);
  });
});
