import { describe, expect, it } from 'vitest';
import { classifyKind } from '../../src/classify/kind.ts';
import { decodePlainText } from '../../src/decoders/text.ts';
import { extractAmapProfile } from '../../src/extractors/amap-profile/index.ts';
import { splitCitedWorks } from '../../src/transforms/citations.ts';
import { normaliseOwner } from '../../src/transforms/owner.ts';

// Another Arabic profile than fresh3's k10: other headings (unplanned explosions, embezzlement), a caption without
// the article (`جدول 1:`), police and company owners, a dual tally of explosions, no diversion at all, another access label.
const text = [
  'الأردن',
  'الملف القطري لإدارة الذخائر',
  'الحالة الأمنية',
  'تعمل القوات المسلحة الأردنية على تحديث مستودعاتها منذ عام 2010.',
  'الانفجارات غير المخطط لها في مواقع الذخيرة',
  'منذ عام 1990، وقع انفجاران عرضيان في مواقع تخزين الذخيرة في الأردن (جدول 1).',
  'جدول 1: الانفجارات غير المخطط لها',
  'سنة | مكان | الجهة المالكة | القتلى | الجرحى',
  '2003 | الزرقاء | الدولة (الشرطة) | 2 | 11',
  '2017 | إربد | جهة غير حكومية (شركة) | 0 | غير معروف',
  'المصدر: مسح الأسلحة الصغيرة. https://uems.example/db. تاريخ الدخول: 3 مارس 2024.',
  'حالات الاختلاس',
  'لم تُسجَّل أي حالات اختلاس منذ عام 2000.',
  'الاحتياجات من المساعدة',
  'يحتاج الأردن إلى تدريب موظفي المستودعات.',
].join('\n');

describe('amap-profile in Arabic (ar lexicon: profile signs, headings, columns, owners, tallies with the dual)', () => {
  const doc = decodePlainText(text, 'utf-8');
  const extraction = extractAmapProfile(doc);

  it('classifies it as an ammunition profile by its Arabic headings and labels', () => {
    expect(classifyKind(doc).kind).toBe('amap_profile');
  });

  it('reads the sections by their Arabic headings, caseless as the script is', () => {
    expect(extraction.sections.map((s) => [s.topic, s.heading_raw])).toEqual([
      ['security_situation', 'الحالة الأمنية'],
      ['accidental_explosions', 'الانفجارات غير المخطط لها في مواقع الذخيرة'],
      ['diversion', 'حالات الاختلاس'],
      ['needs', 'الاحتياجات من المساعدة'],
    ]);
  });

  it('reads the explosions table by its Arabic columns and owners, an unknown cell as NULL', () => {
    expect(extraction.explosions.map((e) => [e.year, e.location, e.owner_type, e.owner_sector, e.deaths, e.injuries])).toEqual([
      [2003, 'الزرقاء', 'state', 'police', 2, 11],
      [2017, 'إربد', 'non_state', 'company', 0, null],
    ]);
    expect(extraction.explosions[0]?.table_caption).toBe('جدول 1: الانفجارات غير المخطط لها');
  });

  it('reads a tally in the dual as two and a negated one as zero, with their periods', () => {
    expect(extraction.tallies.map((t) => [t.topic, t.reported_count, t.reported_raw, t.period_start])).toEqual([
      ['explosions', 2, 'انفجاران', 1990],
      ['diversions', 0, 'لم تُسجَّل أي حالات اختلاس', 2000],
    ]);
    expect(extraction.issues.filter((i) => i.rule === 'tally-mismatch')).toEqual([]);
  });

  it('reads the Source line under the table as a citation with its access date', () => {
    expect(extraction.citations.map((c) => [c.url, c.accessed_on])).toEqual([['https://uems.example/db', '2024-03-03']]);
  });
});

describe('normaliseOwner: Arabic owners', () => {
  it.each([
    ['الدولة (عسكري)', 'state', 'military'],
    ['الدولة (الجيش)', 'state', 'military'],
    ['جهة غير حكومية (شركة)', 'non_state', 'company'],
    ['الدولة (الشرطة)', 'state', 'police'],
    // An armed group is none of military, police, company: the sector other (as `Non-state (armed group)`, fresh3 k10).
    ['جهة غير حكومية (جماعة مسلحة)', 'non_state', 'other'],
    // A sector word no lexicon has stays NULL.
    ['جهة غير حكومية (أفراد)', 'non_state', null],
  ])('%s is %s / %s', (raw, type, sector) => {
    const owner = normaliseOwner(raw);
    expect([owner.owner_type, owner.owner_sector]).toEqual([type, sector]);
  });
});

describe('splitCitedWorks: an access date after a work URL is that work\'s, in any language', () => {
  it.each([
    ['Source: Small Arms Survey. https://a.example/db. Accessed 3 March 2024. Roe, Rick. “B.” Y, 2021. https://b.example/2.', [['https://a.example/db', '2024-03-03'], ['https://b.example/2', null]]],
    ['المصدر: مسح الأسلحة الصغيرة. https://a.example/db. تاريخ الاطلاع: 5 فبراير 2024.', [['https://a.example/db', '2024-02-05']]],
    ['Fuente: Small Arms Survey. https://a.example/db. Consultado el 9 de mayo de 2023.', [['https://a.example/db', '2023-05-09']]],
  ])('%s', (line, works) => {
    expect(splitCitedWorks(line).map((w) => [w.url, w.accessed_on])).toEqual(works);
  });
});
