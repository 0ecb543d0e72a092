import { describe, expect, it } from 'vitest';
import { looksLikeCitation } from '../../src/extractors/amap-profile/lines.ts';
import { findAccessedDate, mentionsAccess, splitCitedWorks } from '../../src/transforms/citations.ts';

/** The access date of a cited work, from every lexicon's `accessedWords` (one list: the date reader and the citation signs read it). */
describe('access dates of citations (lexicons accessedWords)', () => {
  it.each([
    ['Smith, John. “Depots.” Daily News, 2 May 2020. Accessed September 6, 2022.', '2022-09-06'],
    ['Smith, John. “Depots.” Accessed on 9 February 2023. https://news.example/a', '2023-02-09'],
    ['Retrieved: 14 March 2021', '2021-03-14'],
    ['Dupont, Marie. « Dépôts ». Le Monde, 2019. Consulté le 3 mars 2022.', '2022-03-03'],
    ['García, Ana. “Arsenales.” El País, 2018. Consultado el 12 de enero de 2021.', '2021-01-12'],
    ['Silva, João. “Paióis.” Público, 2017. Consultado em 5 de julho de 2020.', '2020-07-05'],
    ['Silva, João. “Paióis.” Expresso, 2017. Acedido em 1 de abril de 2019.', '2019-04-01'],
    // ISO dates, in brackets too: the year alone was read before, and no date came of it.
    ['Beridze, Nino. Stockpiles. 2020. https://css.example/legacy (accessed 2024-03-05).', '2024-03-05'],
    ['Rapport, 2019. https://a.example/r [consulté le 2023-11-30]', '2023-11-30'],
    ['Informe, 2018. Consultado el: 2021-01-09.', '2021-01-09'],
    // Russian (`дата обращения`), in words and in dotted digits; Chinese (`访问日期`).
    ['Small Arms Survey. Страновая запись UEMS. https://uems.example/kgz. Дата обращения: 1 февраля 2025 г.', '2025-02-01'],
    ['Иванов И. Склады. 2020. URL: https://a.example/b (дата обращения: 03.02.2025).', '2025-02-03'],
    ['张三：《弹药库》，2020年。访问日期：2025年2月3日。', '2025-02-03'],
    ['Dupont, Marie. Rapport, 2019. Consulté le 12.03.2022.', '2022-03-12'],
  ])('%s -> %s', (text, iso) => {
    expect(findAccessedDate(text)).toBe(iso);
  });

  it('a Source line of works each closed by its access date in brackets: one work each, the date with its work', () => {
    const works = splitCitedWorks(
      'Sources: "Depot theft." Daily, 3 May 2011. https://d.example/t (accessed 2024-03-06); Ministry of Defence. Annual Report 2020. https://m.example/ar (accessed 2024-03-07).',
    );
    expect(works.map((w) => [w.url, w.accessed_on, w.text])).toEqual([
      ['https://d.example/t', '2024-03-06', '"Depot theft." Daily, 3 May 2011. https://d.example/t (accessed 2024-03-06)'],
      ['https://m.example/ar', '2024-03-07', 'Ministry of Defence. Annual Report 2020. https://m.example/ar (accessed 2024-03-07).'],
    ]);
    const french = splitCitedWorks('Source : Le Monde, 2019. https://lm.example/a (consulté le 4 mars 2022) ; Rapport du ministère, 2020. https://mi.example/b (consulté le 5 mars 2022).');
    expect(french.map((w) => [w.url, w.accessed_on])).toEqual([
      ['https://lm.example/a', '2022-03-04'],
      ['https://mi.example/b', '2022-03-05'],
    ]);
  });

  it('a citation without access words has no access date, whatever dates it gives', () => {
    expect(findAccessedDate('Smith, John. “Depots.” Daily News, 2 May 2020.')).toBeNull();
    // A publication date is no access date, in Russian too.
    expect(findAccessedDate('«Кража на складе в Нарыне». Вечерний Бишкек, 14 мая 2019. https://vb.example/naryn-theft')).toBeNull();
  });

  it('access words followed by no readable date give no access date', () => {
    expect(findAccessedDate('Accessed via the archive; no date')).toBeNull();
  });

  it('the words count as whole words only', () => {
    expect(mentionsAccess('Accessed 2 May 2020')).toBe(true);
    expect(mentionsAccess('consulté le 2 mai 2020')).toBe(true);
    expect(mentionsAccess('unaccessed stockpiles')).toBe(false);
    expect(mentionsAccess('the sites were inaccessible')).toBe(false);
  });

  it('a French note giving only its access words reads as a citation (before, only English ones did)', () => {
    expect(looksLikeCitation('Rapport annuel du ministère, 2021. Consulté le 3 mars 2022.')).toBe(true);
    expect(looksLikeCitation('Les dépôts ont été inspectés en 2021.')).toBe(false);
  });
});
