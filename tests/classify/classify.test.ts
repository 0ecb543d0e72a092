import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countryFromPath, rankCountries } from '../../src/classify/country.ts';
import { classifyKind } from '../../src/classify/kind.ts';
import { decodePlainText } from '../../src/decoders/text.ts';
import { REPO_ROOT } from '../helpers/tmp.ts';

const read = (path: string) => decodePlainText(readFileSync(join(REPO_ROOT, path), 'utf8'), 'utf-8');
const fromText = (text: string) => decodePlainText(text, 'utf-8');

describe('classifyKind and rankCountries on the seeds and the devset', () => {
  it.each([
    ['raw/000_88da758a976dd473.txt', 'amap_profile', 'KAZ'],
    ['raw/003_9c7cc2717d99486b.txt', 'poa_profile', 'KAZ'],
    ['tests/fixtures/devset/docs/d01_amap_peru_2023_layout.txt', 'amap_profile', 'PER'],
    ['tests/fixtures/devset/docs/d02_amap_mongolia_no_explosions.txt', 'amap_profile', 'MNG'],
    ['tests/fixtures/devset/docs/d04_poa_tunisia_stripped_labels.txt', 'poa_profile', 'TUN'],
    ['tests/fixtures/devset/docs/d05_poa_armenia_collection.txt', 'poa_profile', 'ARM'],
    ['tests/fixtures/devset/docs/d06_report_jamaica_pdf_prose.txt', 'poa_report', 'JAM'],
    ['tests/fixtures/devset/docs/d07_report_uzbekistan_ru.txt', 'poa_report', 'UZB'],
    ['tests/fixtures/devset/docs/d08_report_trinidad_questionnaire.txt', 'poa_report', 'TTO'],
  ])('%s is %s about %s', (path, kind, country) => {
    const doc = read(path);
    expect(classifyKind(doc).kind).toBe(kind);
    expect(rankCountries(doc)[0]?.iso3).toBe(country);
  });
});

describe('classifyKind on other members of the family', () => {
  it('reads a French national report from its title lines', () => {
    const doc = fromText([
      'RAPPORT NATIONAL DE LA RÉPUBLIQUE DU SÉNÉGAL',
      'sur la mise en œuvre du Programme d’action des Nations Unies sur les armes légères',
      'Date de soumission : 12/04/2018',
      '1. Coordination nationale',
      'La Commission nationale de lutte contre la prolifération des armes légères coordonne la mise en œuvre.',
    ].join('\n'));
    expect(classifyKind(doc).kind).toBe('poa_report');
    expect(rankCountries(doc)[0]?.iso3).toBe('SEN');
  });

  it('reads a Spanish report and a Russian name in the genitive', () => {
    const es = fromText('INFORME NACIONAL DE LA REPÚBLICA DE GUATEMALA\nsobre la ejecución del Programa de Acción\nFecha de presentación: 30/06/2016\n');
    expect(classifyKind(es).kind).toBe('poa_report');
    expect(rankCountries(es)[0]?.iso3).toBe('GTM');
    const ru = fromText('НАЦИОНАЛЬНЫЙ ДОКЛАД РЕСПУБЛИКИ КАЗАХСТАН\nоб осуществлении Программы действий\n');
    expect(rankCountries(ru)[0]?.iso3).toBe('KAZ');
  });

  it('leaves a document with too few signs unknown, with the scores in the reason', () => {
    const decision = classifyKind(fromText('Minutes of the staff meeting\nThe canteen will close at 15:00 on Friday.\n'));
    expect(decision.kind).toBeNull();
    expect(decision.reason).toBe('unknown kind: too few signs of any known kind (amap_profile 0, poa_profile 0, poa_report 0); add a sidecar with "kind" if it is one');
  });

  it('prefers the longest country name and ignores names that are words ("Georgia" the state, "Niger" in "Nigeria")', () => {
    const doc = fromText('Papua New Guinea\nThe police of Papua New Guinea seized rifles near the border with Indonesia.\nNigeria and Georgia were mentioned once.\n');
    expect(rankCountries(doc).map((c) => c.iso3)).toEqual(['PNG', 'IDN', 'NGA']);
  });
});

describe('countryFromPath', () => {
  it('takes an upper-case ISO3 segment or token, and nothing else', () => {
    expect(countryFromPath('KAZ/profile.txt')).toBe('KAZ');
    expect(countryFromPath('reports/2010_UZB_ru.pdf')).toBe('UZB');
    expect(countryFromPath('reports/the_can_and.txt')).toBeNull();
    expect(countryFromPath('000_88da758a976dd473.txt')).toBeNull();
  });
});
