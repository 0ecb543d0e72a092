import { describe, expect, it } from 'vitest';
import { cyrillicPhrasePattern, rankCountries } from '../../src/classify/country.ts';
import { decodePlainText } from '../../src/decoders/text.ts';

const ranked = (text: string) => rankCountries(decodePlainText(text, 'utf-8')).map((c) => c.iso3);

/**
 * Russian national reports and statements name their state formally (`Кыргызская Республика`) and
 * decline the name in a sentence (`делегации Кыргызской Республики`): both words take their case
 * endings, which a name matched as one key with an ending at its end never did.
 */
describe('rankCountries with the UN Russian names of states, declined', () => {
  it.each([
    ['Заявление делегации Кыргызской Республики.', 'KGZ'],
    ['Кыргызская Республика нуждается в содействии.', 'KGZ'],
    ['Оружие, изъятое в Кыргызстане.', 'KGZ'],
    ['Правительство Республики Молдова', 'MDA'],
    ['Делегация Чешской Республики', 'CZE'],
    ['Посольство Соединённых Штатов Америки', 'USA'],
    ['Сотрудничество с Российской Федерацией', 'RUS'],
    ['Доклад Соединенного Королевства Великобритании и Северной Ирландии', 'GBR'],
    ['Постоянное представительство Туркменистана', 'TKM'],
    ['Делегация Южно-Африканской Республики', 'ZAF'],
    ['Правительство Объединенных Арабских Эмиратов', 'ARE'],
  ])('%s -> %s', (text, iso3) => {
    expect(ranked(text)[0]).toBe(iso3);
  });

  it('declines the adjectives and the head noun, keeps the words after it (`Республики Корея`)', () => {
    expect(new RegExp(`^${cyrillicPhrasePattern('Республика Корея')}$`, 'iu').test('Республики Корея')).toBe(true);
    expect(new RegExp(`^${cyrillicPhrasePattern('Республика Корея')}$`, 'iu').test('Республики Кореи')).toBe(false);
    expect(cyrillicPhrasePattern('Казахстан')).toBeNull();
  });

  it('reads no country in lower-case words that spell a name (`кыргызская республика` in running text is not a title)', () => {
    expect(ranked('кыргызская республика')).toEqual([]);
  });
});
