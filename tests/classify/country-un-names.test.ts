import { describe, expect, it } from 'vitest';
import { rankCountries } from '../../src/classify/country.ts';
import { decodePlainText } from '../../src/decoders/text.ts';

/** States named as UN documents name them, in English, French and Spanish; the longest name wins. */
const best = (text: string) => rankCountries(decodePlainText(`${text}\n`, 'utf-8'))[0]?.iso3 ?? null;

describe('UN names of states', () => {
  it.each([
    ['National report of the Kyrgyz Republic', 'KGZ'],
    ['Rapport national de la République kirghize', 'KGZ'],
    ['Informe nacional de la República Kirguisa', 'KGZ'],
    ['National report of Viet Nam', 'VNM'],
    ['Report of Swaziland', 'SWZ'],
    ["National report of the Democratic People's Republic of Korea", 'PRK'],
    ['Rapport de la République populaire démocratique de Corée', 'PRK'],
    ['National report of the Republic of Korea', 'KOR'],
    ['Informe de la República de Corea', 'KOR'],
    ["Rapport du Royaume-Uni de Grande-Bretagne et d'Irlande du Nord", 'GBR'],
    ['Informe nacional de la República de Guinea Ecuatorial', 'GNQ'],
    ['National report of the Republic of Equatorial Guinea', 'GNQ'],
    ['National report of the Kingdom of the Netherlands', 'NLD'],
    ['Report of the Gambia', 'GMB'],
    ["National report of the Lao People's Democratic Republic", 'LAO'],
    ['التقرير الوطني للمملكة الأردنية الهاشمية', 'JOR'],
    ['National report of the Lao PDR', 'LAO'],
    ["LA0 PEOPLE'S DEMOCRATIC REPUBLIC (a scanned cover, 0 for O)", 'LAO'],
    ['REPUBL1C 0F M0ZAMB1QUE', 'MOZ'],
    ['تقرير الجمهورية العربية السورية', 'SYR'],
    ['تقرير المملكة المغربية', 'MAR'],
    ['中华人民共和国', 'CHN'],
    ['中华人民共和国代表团在一般性辩论中的发言', 'CHN'],
    ['美利坚合众国国家报告', 'USA'],
    ['大不列颠及北爱尔兰联合王国关于执行《行动纲领》的国家报告', 'GBR'],
    ['刚果民主共和国国家报告', 'COD'],
    ['刚果共和国国家报告', 'COG'],
    ['大韩民国国家报告', 'KOR'],
  ])('%s -> %s', (text, iso3) => {
    expect(best(text)).toBe(iso3);
  });
});
