import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { rankCountries } from '../../src/classify/country.ts';
import { decodeHtmlText } from '../../src/decoders/html.ts';
import { decodePlainText } from '../../src/decoders/text.ts';
import { extractPoaProfile } from '../../src/extractors/poa-profile/index.ts';
import { findActions } from '../../src/transforms/categories.ts';
import { extractCountStatements } from '../../src/transforms/count-statements/index.ts';

/**
 * Shapes the h_poa_ pages of tests/fixtures/devset-local showed: a Source/Date label whose value sits in a sibling element,
 * countries whose English name is also something else (Georgia, Niger), weapons destroyed by burning,
 * and a French subject with its auxiliary (`la Police nationale a saisi`).
 */

const ctx = { kind: 'poa_profile' as const, countryIso3: null, reportYear: null, language: null, sourcePath: 'x' };
const top = (text: string) => rankCountries(decodePlainText(text, 'utf-8'))[0]?.iso3 ?? null;

describe('Source / Date values on the line below their label', () => {
  it('reads label/value divs of an HTML page as one Source/Date pair', () => {
    const html = [
      '<html><body><h1>Jordan</h1><div class="template">',
      '<div class="field"><div class="field-label">National marking practices:</div><div class="field-item">Serial number and crest.</div></div>',
      '<div class="field"><div class="field-label">Marking at the time of import:</div><div class="field-items"></div></div>',
      '<div class="field"><div class="field-label">Source :</div><div class="field-item">National Report on the implementation of the PoA, 2012</div></div>',
      '<div class="field"><div class="field-label">Date :</div><div class="field-item">25/03/2012</div></div>',
      '</div></body></html>',
    ].join('\n');
    const out = extractPoaProfile(decodeHtmlText(html, 'utf-8', load), ctx);
    expect(out.sections.map((s) => [s.question, s.answer, s.source_report_year, s.source_date_raw, s.source_date_iso])).toEqual([
      ['National marking practices', 'Serial number and crest.', 2012, '25/03/2012', '2012-03-25'],
      ['Marking at the time of import', null, 2012, '25/03/2012', '2012-03-25'],
    ]);
    expect(out.issues.filter((i) => i.rule === 'source-year-missing' || i.rule === 'unread-text')).toEqual([]);
  });

  it('does not take the next question for the value of an empty Source label', () => {
    const text = ['National marking practices:', 'Serial numbers.', 'Source :', 'Date : 6/5/2011', 'Marking at the time of import:', 'Source :', 'Needs and request for assistance:'].join('\n');
    const out = extractPoaProfile(decodePlainText(text, 'utf-8'), ctx);
    expect(out.sections.map((s) => [s.question, s.source_report_year, s.source_date_raw])).toEqual([
      ['National marking practices', null, '6/5/2011'],
      ['Marking at the time of import', null, null],
      ['Needs and request for assistance', null, null],
    ]);
  });

  it('does not take prose for the value of an empty Date label', () => {
    const text = ['Needs and request for assistance:', 'Source : National Report on the implementation of the PoA, 2014', 'Date :', 'Regional seminars were held in 2013 in the capital.'].join('\n');
    const out = extractPoaProfile(decodePlainText(text, 'utf-8'), ctx);
    expect(out.sections.map((s) => [s.source_report_year, s.source_date_raw])).toEqual([[2014, null]]);
  });
});

describe('countries whose English name is also another thing', () => {
  it('reads Georgia as GEO when it is the whole title or heading', () => {
    expect(top('Georgia | PoA Implementation Kit\nNational Reports')).toBe('GEO');
    expect(top('Georgia\nCollection and destruction')).toBe('GEO');
  });

  it('reads Niger as NER after a self cue, and ignores a passing mention of a neighbour', () => {
    expect(top('Statements\n2014 - 5th BMS : Statement by the delegation of Niger.')).toBe('NER');
    expect(top('Border control\nJoint posts were opened with Niger and Togo.\nThe Government of Burkina Faso reports.')).toBe('BFA');
    expect(rankCountries(decodePlainText('Weapons were moved across the Niger river and through Georgia Street.', 'utf-8'))).toEqual([]);
  });
});

describe('destruction by burning and French auxiliaries', () => {
  it('codes burned / incinerated weapons as destroyed in four languages', () => {
    for (const text of ['1,200 weapons were burned', '300 armes ont été incinérées', 'se incineraron 40 armas incineradas', 'сожжено 12 единиц оружия']) {
      expect(findActions(text).map((a) => a.code)).toContain('destroyed');
    }
    expect(findActions('armes brûlées en public').map((a) => [a.code, a.raw])).toEqual([['destroyed', 'brûlées']]);
  });

  it('keeps the auxiliary out of the agency (`la Police nationale a saisi`, `la Policía ha incautado`)', () => {
    const units = [
      { text: 'En 2015, la Police nationale a saisi 1\u202f126 armes\u00a0: 540 armes de fabrication artisanale, 402 fusils de chasse et 184 pistolets.', span: { lineStart: 1, lineEnd: 1 } },
    ];
    const [statement] = extractCountStatements(units, { reportedIn: 2016, language: 'fr' }).statements;
    expect([statement?.agency, statement?.agency_raw, statement?.total, statement?.components_sum, statement?.reconciliation]).toEqual(['police', 'la Police nationale', 1126, 1126, 'balanced']);
    expect(statement?.counts.map((c) => [c.category, c.quantity])).toEqual([['firearms', 1126], ['home_made', 540], ['hunting', 402], ['pistols', 184]]);
    const es = [{ text: 'En 2016, la Policía Nacional ha incautado 75 armas de fuego.', span: { lineStart: 1, lineEnd: 1 } }];
    const [spanish] = extractCountStatements(es, { reportedIn: 2016, language: 'es' }).statements;
    expect([spanish?.action, spanish?.agency, spanish?.agency_raw, spanish?.total]).toEqual(['seized', 'police', 'la Policía Nacional', 75]);
  });
});
