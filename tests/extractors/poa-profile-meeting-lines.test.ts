import { describe, expect, it } from 'vitest';
import { readMeetingLine } from '../../src/extractors/poa-profile/listings.ts';

describe('readMeetingLine: meeting acronyms with the number glued on', () => {
  it('reads `BMS6` / `RevCon3` as meetings, with or without a statement text', () => {
    expect(readMeetingLine('2016 - BMS6 : Statement by the Permanent Mission of Guatemala')).toEqual({
      year: 2016,
      meeting: 'BMS6',
      text: 'Statement by the Permanent Mission of Guatemala',
    });
    expect(readMeetingLine('2018 - RevCon3 :')).toEqual({ year: 2018, meeting: 'RevCon3', text: null });
  });

  it('still refuses prose that starts with a year and a word merely glued to digits', () => {
    expect(readMeetingLine('2016 - Model B2 rifles : were imported for the police')).toBeNull();
  });
});

describe('readMeetingLine: a Cyrillic acronym with no ordinal', () => {
  it('reads `2014 СГУ : ...` as a meeting (JavaScript `\\b` never matched next to Cyrillic)', () => {
    expect(readMeetingLine('2014 СГУ : Выступление Постоянного представительства')).toEqual({ year: 2014, meeting: 'СГУ', text: 'Выступление Постоянного представительства' });
    expect(readMeetingLine('2014 ТСГУ были : текст')).toBeNull();
  });
});

describe('readMeetingLine: meetings named in Chinese and Arabic', () => {
  it('reads a statement text after a Chinese or Arabic meeting name', () => {
    expect(readMeetingLine('2014 - 第五次两年期会议 : 常驻联合国代表团的发言')).toEqual({ year: 2014, meeting: '第五次两年期会议', text: '常驻联合国代表团的发言' });
    expect(readMeetingLine('2012 - 第二次审议大会 : 代表团团长发言')).toEqual({ year: 2012, meeting: '第二次审议大会', text: '代表团团长发言' });
    expect(readMeetingLine('2016 - الاجتماع السادس لفترة السنتين : كلمة الوفد الأردني')).toEqual({ year: 2016, meeting: 'الاجتماع السادس لفترة السنتين', text: 'كلمة الوفد الأردني' });
    expect(readMeetingLine('2012 - مؤتمر الاستعراض الثاني : بيان المملكة')).toEqual({ year: 2012, meeting: 'مؤتمر الاستعراض الثاني', text: 'بيان المملكة' });
  });

  it('still refuses a sentence with a year and a colon that names no meeting', () => {
    expect(readMeetingLine('2019 - 警方收缴枪支 : 共计三百支')).toBeNull();
    expect(readMeetingLine('2019 - تم جمع الأسلحة : ثلاثمائة قطعة')).toBeNull();
  });
});

describe('readMeetingLine: Portuguese meeting names', () => {
  it('reads `3.ª Conferência de Revisão` and an ordinal whose ending follows a point (`7.ª RBE`)', () => {
    expect(readMeetingLine('2018 - 3.ª Conferência de Revisão : Declaração de Angola')).toEqual({ year: 2018, meeting: '3.ª Conferência de Revisão', text: 'Declaração de Angola' });
    expect(readMeetingLine('2021 - 7.ª RBE : Declaração de Moçambique')).toEqual({ year: 2021, meeting: '7.ª RBE', text: 'Declaração de Moçambique' });
    expect(readMeetingLine('2014 - 5.ª Reunião Bienal de Estados : Declaração')).toEqual({ year: 2014, meeting: '5.ª Reunião Bienal de Estados', text: 'Declaração' });
    // Prose that opens with a year is no meeting line.
    expect(readMeetingLine('2019 foi um ano de reformas: a polícia recolheu 300 armas')).toBeNull();
  });
});
