import { describe, expect, it } from 'vitest';
import { decodePlainText } from '../../src/decoders/text.ts';
import { extractAmapProfile } from '../../src/extractors/amap-profile/index.ts';
import { normaliseOwner } from '../../src/transforms/owner.ts';

describe('amap-profile: a Russian profile', () => {
  it('finds the owner column and reads Russian owners, tallies in words with `С 1979 года`, `(см. Таблицу 1)` inside the sentence', () => {
    const text = [
      'Кыргызстан',
      'Профиль страны по управлению боеприпасами',
      'Случайные взрывы',
      'С 1999 года в Кыргызстане было зарегистрировано два случайных взрыва на складах боеприпасов (см. Таблицу 1).',
      'Таблица 1. Непреднамеренные взрывы на складах боеприпасов',
      'Год | Место | Владелец | Погибшие | Раненые |',
      '2018 | Ош | Государственный (армия) | 1 | 3 |',
      '2006 | Нарын | Частная компания | 0 | 2 |',
    ].join('\n');
    const out = extractAmapProfile(decodePlainText(text, 'utf-8'));
    expect(out.explosions.map((e) => [e.year, e.owner_raw, e.owner_type, e.owner_sector])).toEqual([
      [2018, 'Государственный (армия)', 'state', 'military'],
      [2006, 'Частная компания', 'non_state', 'company'],
    ]);
    expect(out.tallies.map((t) => [t.topic, t.reported_count, t.reported_raw, t.period_start, t.source_text.endsWith('(см. Таблицу 1).')])).toEqual([['explosions', 2, 'два', 1999, true]]);
    expect(out.issues.filter((i) => ['missing-column', 'tally-mismatch', 'unknown-vocabulary'].includes(i.rule))).toEqual([]);
  });

  it('reads Russian owner words (type and sector), an unknown sector left unrecognised', () => {
    expect(normaliseOwner('Государство (полиция)')).toEqual({ owner_type: 'state', owner_sector: 'police', recognised: true });
    expect(normaliseOwner('Негосударственный (компания)')).toEqual({ owner_type: 'non_state', owner_sector: 'company', recognised: true });
    expect(normaliseOwner('Государство (прочее)').recognised).toBe(false);
  });
});
