import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countryFromPath, rankCountries } from '../../src/classify/country.ts';
import { classifyKind } from '../../src/classify/kind.ts';
import { decoderFor, detectFormat } from '../../src/decoders/sniff.ts';
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

describe('classifyKind and rankCountries on every golden fixture of the extractors, text and HTML', () => {
  const expected: [string, string, string][] = [
    ['amap_profile/afg_extra_columns_year_ranges.txt', 'amap_profile', 'AFG'],
    ['amap_profile/alb_malformed_rows.txt', 'amap_profile', 'ALB'],
    ['amap_profile/btn_notes_at_end_no_table.txt', 'amap_profile', 'BTN'],
    ['amap_profile/civ_french.txt', 'amap_profile', 'CIV'],
    ['amap_profile/col_spanish_wordpress.html', 'amap_profile', 'COL'],
    ['amap_profile/geo_2023_layout.txt', 'amap_profile', 'GEO'],
    ['amap_profile/kgz_space_table.txt', 'amap_profile', 'KGZ'],
    ['amap_profile/lbn_drupal_tfoot_total.html', 'amap_profile', 'LBN'],
    ['amap_profile/moz_markdown_total_row.txt', 'amap_profile', 'MOZ'],
    ['amap_profile/srb_no_incidents.txt', 'amap_profile', 'SRB'],
    ['poa_profile/belarus_page_ru.txt', 'poa_profile', 'BLR'],
    ['poa_profile/colombia_page_es.txt', 'poa_profile', 'COL'],
    ['poa_profile/ecuador_stripped_labels_typos.txt', 'poa_profile', 'ECU'],
    ['poa_profile/egypt_page_contact_lists.txt', 'poa_profile', 'EGY'],
    ['poa_profile/mali_page_fr.txt', 'poa_profile', 'MLI'],
    ['poa_profile/nepal_contact_in_source.txt', 'poa_profile', 'NPL'],
    ['poa_report/colombia_informe_es_headings.txt', 'poa_report', 'COL'],
    ['poa_report/ghana_report_pdf_pages.txt', 'poa_report', 'GHA'],
    ['poa_report/peru_informe_es.txt', 'poa_report', 'PER'],
    ['poa_report/philippines_questionnaire_checkboxes.txt', 'poa_report', 'PHL'],
    ['poa_report/senegal_questionnaire_fr.txt', 'poa_report', 'SEN'],
    ['cross-format/kaz_amap_profile.html', 'amap_profile', 'KAZ'],
    ['cross-format/kaz_poa_profile.html', 'poa_profile', 'KAZ'],
    ['devset/docs/d03_amap_peru_newer.html', 'amap_profile', 'PER'],
  ];

  it.each(expected)('%s is %s about %s', async (path, kind, country) => {
    const bytes = new Uint8Array(readFileSync(join(REPO_ROOT, 'tests', 'fixtures', path)));
    const doc = await decoderFor(detectFormat(bytes)).decode(bytes, { sourcePath: path });
    expect(classifyKind(doc).kind).toBe(kind);
    expect(rankCountries(doc)[0]?.iso3).toBe(country);
  });
});

describe('classifyKind reads the kind signals of the lexicons', () => {
  it('a Portuguese national report is a poa_report (signals from the pt lexicon)', () => {
    const doc = fromText(
      'RELATÓRIO NACIONAL DE MOÇAMBIQUE\nsobre a implementação do Programa de Ação das Nações Unidas sobre armas ligeiras\nData de apresentação: 30/05/2018\n\nNo ano passado foram apreendidas 300 armas de fogo.\n',
    );
    expect(classifyKind(doc).kind).toBe('poa_report');
  });
  it('the same words in running text further down are not a title', () => {
    const doc = fromText(`${'Texto.\n'.repeat(20)}Relatório nacional e programa de ação citados.\n`);
    expect(classifyKind(doc).kind).toBeNull();
  });
  // A report titled by what it is on, without `national` (the state's name above it), in every language.
  it.each([
    ['en', 'REPUBLIC OF GHANA\nNational Commission on Small Arms\n\nReport on the Implementation of the Programme of Action on Small Arms\nAccra, 2 May 2022\n'],
    ['en', 'Kingdom of Lesotho\nNational implementation report\nUnited Nations Programme of Action on small arms\n'],
    ['fr', 'RÉPUBLIQUE DU MALI\nRapport sur la mise en œuvre du Programme d’action des Nations Unies sur les armes légères\n'],
    ['es', 'República del Perú\nInforme sobre la aplicación del Programa de Acción de las Naciones Unidas\n'],
    ['pt', 'República de Angola\nRelatório sobre a implementação do Programa de Ação das Nações Unidas\n'],
    ['ru', 'Республика Беларусь\nДоклад об осуществлении Программы действий Организации Объединенных Наций\n'],
    ['ar', 'المملكة الأردنية الهاشمية\nتقرير عن تنفيذ برنامج العمل المتعلق بالأسلحة الصغيرة\n'],
    ['zh', '中国\n关于执行《行动纲领》情况的报告\n'],
  ])('a %s report titled "report on the implementation" without "national" is a poa_report', (_language, text) => {
    const decision = classifyKind(fromText(text));
    expect(decision.kind).toBe('poa_report');
    expect(decision.signs).toMatch(/reportTitle/u);
  });
  it('"report on the implementation" inside a sentence or below the first lines is no title', () => {
    const inSentence = fromText('Ghana\nThe ministry will publish its report on the implementation of the Programme of Action next year.\n');
    expect(classifyKind(inSentence).kind).toBeNull();
    const below = fromText(`Ghana\n${'A line of the minutes.\n'.repeat(20)}Report on the implementation of the Programme of Action\n`);
    expect(classifyKind(below).kind).toBeNull();
  });
});
