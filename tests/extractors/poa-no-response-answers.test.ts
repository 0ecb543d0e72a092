import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { decodeHtmlText } from '../../src/decoders/html.ts';
import { decodePlainText } from '../../src/decoders/text.ts';
import { poaProfileExtractor } from '../../src/extractors/poa-profile/index.ts';
import { poaReportExtractor } from '../../src/extractors/poa-report/index.ts';
import { isNoResponse } from '../../src/extractors/poa-shared/answers.ts';

const context = (kind: 'poa_profile' | 'poa_report', sourcePath: string) => ({ kind, countryIso3: null, reportYear: null, language: null, sourcePath });

describe('answers saying the state gave none, in the words of each language', () => {
  it('knows "not reported", "no se informa", "non communiqué", "не сообщается" as no answer, and not a real answer', () => {
    for (const words of ['not reported', 'Not reported.', 'No se informa', 'Sin información', 'non communiqué', 'Не сообщается', '[No information provided]']) {
      expect(isNoResponse(words), words).toBe(true);
    }
    for (const words of ['No', 'Not reported to the committee in 2014.', 'No se informa a la población', 'Sí']) expect(isNoResponse(words), words).toBe(false);
  });

  it('reads a Spanish questionnaire answer "No se informa" as NULL with a no-response issue', () => {
    const text = [
      'INFORME NACIONAL DE LA REPÚBLICA DEL ECUADOR',
      'Quito, 3 de mayo de 2016',
      '1. ¿Existe en su país un órgano nacional de coordinación?',
      'Sí',
      '2. ¿Dispone su país de leyes que regulen el corretaje de armas?',
      'No se informa',
    ].join('\n');
    const out = poaReportExtractor.extract(decodePlainText(text, 'utf-8'), context('poa_report', 'ecu.txt'));
    expect(out.sections.map((s) => [s.line_start, s.answer])).toEqual([
      [3, 'Sí'],
      [5, null],
    ]);
    expect(out.issues.filter((i) => i.rule === 'no-response').map((i) => i.line_start)).toEqual([5]);
  });

  it('reads a template laid out as a table: the answer is the next cell, without the cell bar, and "not reported" is NULL', () => {
    const html = `<html><body><h1>Ghana</h1><table>
<tr><th>National marking practices:</th><td>Weapons of the armed forces carry the code GH and the year.</td></tr>
<tr><th>Marking at the time of import:</th><td>not reported</td></tr>
<tr><th>Measures against the removal or alteration of markings:</th><td></td></tr>
</table></body></html>`;
    const out = poaProfileExtractor.extract(decodeHtmlText(html, 'utf-8', load), context('poa_profile', 'gha.html'));
    expect(out.sections.map((s) => [s.question, s.answer])).toEqual([
      ['National marking practices', 'Weapons of the armed forces carry the code GH and the year.'],
      ['Marking at the time of import', null],
      ['Measures against the removal or alteration of markings', null],
    ]);
  });
});
