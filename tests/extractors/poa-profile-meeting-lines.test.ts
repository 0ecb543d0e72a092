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
