import { describe, expect, it } from 'vitest';
import { isNoResponse } from '../../src/extractors/poa-shared/answers.ts';

describe('"no data" answers, in each language', () => {
  it('are no answer (NULL), and a sentence that goes on is one', () => {
    for (const words of ['No data available', 'No data available.', 'Données non disponibles', 'Sin datos', 'Нет данных', 'Данные отсутствуют', 'Sem dados', 'لا توجد بيانات', '暂无数据']) {
      expect(isNoResponse(words), words).toBe(true);
    }
    for (const words of ['No data available for 2015; in 2016 the police seized 40 rifles.', 'Data are kept by the police.']) expect(isNoResponse(words), words).toBe(false);
  });
});
