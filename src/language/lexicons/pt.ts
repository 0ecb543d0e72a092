import type { Lexicon } from '../types.ts';

/**
 * Portuguese (Brazil, Portugal, the African and Asian Portuguese-speaking states). Both spellings where
 * they differ (`dezessete` in Brazil, `dezassete` in Portugal and Africa).
 */
export const pt: Lexicon = {
  language: 'pt',
  script: 'Latin',
  boundary: 'letters',
  proclitics: [],
  decimalMark: ',',
  numberWords: {
    values: {
      dois: 2, duas: 2, três: 3, tres: 3, quatro: 4, cinco: 5, seis: 6, sete: 7, oito: 8, nove: 9, dez: 10,
      onze: 11, doze: 12, treze: 13, catorze: 14, quatorze: 14, quinze: 15, dezesseis: 16, dezasseis: 16, dezessete: 17,
      dezassete: 17, dezoito: 18, dezenove: 19, dezanove: 19, vinte: 20, trinta: 30, quarenta: 40, cinquenta: 50,
      cinqüenta: 50, sessenta: 60, setenta: 70, oitenta: 80, noventa: 90, cem: 100, cento: 100, duzentos: 200, duzentas: 200,
      trezentos: 300, trezentas: 300, quatrocentos: 400, quatrocentas: 400, quinhentos: 500, quinhentas: 500,
      seiscentos: 600, seiscentas: 600, setecentos: 700, setecentas: 700, oitocentos: 800, oitocentas: 800,
      novecentos: 900, novecentas: 900,
    },
    smallMultipliers: {},
    largeMultipliers: { mil: 1000 },
    joiners: ['e'],
    articles: { zero: 0, um: 1, uma: 1, nenhum: 0, nenhuma: 0 },
  },
  scaleWords: { mil: 1e3, milhares: 1e3, milhão: 1e6, milhao: 1e6, milhões: 1e6, milhoes: 1e6, bilhão: 1e9, bilhões: 1e9 },
  unitWords: ['toneladas', 'tonelada', 'por cento', 'anos', 'ano', 'meses', 'mês', 'dias', 'dia', 'horas', 'hora', 'minutos', 'calibre'],
  yearLeads: ['em', 'desde', 'até', 'ano', 'início de', 'final de'],
  qualifiersBefore: [
    { surface: 'aproximadamente', canonical: 'aproximadamente' },
    { surface: 'aprox.', canonical: 'aproximadamente' },
    { surface: 'cerca de', canonical: 'cerca de' },
    { surface: 'mais de', canonical: 'mais de' },
    { surface: 'pelo menos', canonical: 'pelo menos' },
    { surface: 'ao menos', canonical: 'ao menos' },
    { surface: 'quase', canonical: 'quase' },
    { surface: 'perto de', canonical: 'perto de' },
    { surface: 'menos de', canonical: 'menos de' },
    { surface: 'até', canonical: 'até' },
    { surface: 'uns', canonical: 'uns' },
    { surface: 'umas', canonical: 'umas' },
  ],
  qualifiersAfter: [
    { surface: 'aproximadamente', canonical: 'aproximadamente' },
    { surface: 'ou mais', canonical: 'ou mais' },
  ],
  falseQualifiers: [],
  qualifierContexts: {},
  rangeOpeners: ['entre', 'de'],
  rangeJoiners: ['e', 'a', 'ou', '-', '–', '—'],
  unknownMarkers: ['desconhecido', 'desconhecida', 'não disponível', 'nao disponivel', 'sem dados', 's/d', 'n/d', 'n/a', '-', '–', '—', '?'],
  emptyMarkers: ['nenhum', 'nenhuma', 'nada'],
  monthNames: {
    janeiro: 1, fevereiro: 2, março: 3, marco: 3, abril: 4, maio: 5, junho: 6, julho: 7, agosto: 8, setembro: 9,
    outubro: 10, novembro: 11, dezembro: 12, jan: 1, fev: 2, mar: 3, abr: 4, mai: 5, jun: 6, jul: 7, ago: 8, set: 9,
    out: 10, nov: 11, dez: 12,
  },
  relativeYears: {
    'no ano passado': -1, 'o ano passado': -1, 'no ano anterior': -1, 'o ano anterior': -1, 'no último ano': -1,
    'neste ano': 0, 'este ano': 0, 'no ano em curso': 0,
  },
  pageFurniture: { page: ['página', 'pagina', 'pág.', 'pág', 'p.'], of: ['de'], after: [] },
  kindSignals: {
    poa_report: [
      { words: 'relatório nacional', weight: 2, head: true },
      { words: 'programa de ação', weight: 2, head: true },
      { words: 'programa de acção', weight: 2, head: true },
      { words: 'data de apresentação', weight: 2 },
      { words: 'data de submissão', weight: 2 },
      { words: 'período de referência', weight: 1 },
    ],
  },
  sectionHeadings: {},
  languageNames: {
    português: 'pt', portugues: 'pt', inglês: 'en', ingles: 'en', francês: 'fr', frances: 'fr', espanhol: 'es', russo: 'ru',
    árabe: 'ar', chinês: 'zh', chines: 'zh',
  },
  // Words Spanish and French rarely write (not `dos`, `nos`: Spanish words too).
  functionWords: ['não', 'uma', 'foram', 'das', 'ao', 'pela', 'pelo', 'também', 'são', 'às', 'nas', 'em', 'foi'],
  // Regex sources, matched inside the language boundary (see matchers.ts).
  actions: {
    seized: ['apreendid[oa]s?', 'apreend(?:eu|eram)', 'apreens(?:ão|ões)', 'confiscad[oa]s?', 'confisc(?:ou|aram)'],
    surrendered: ['entregues\\s+voluntariamente', 'entregue\\s+voluntariamente', 'entreg(?:ou|aram)\\s+voluntariamente', 'entrega\\s+voluntária'],
    destroyed: ['destruíd[oa]s?', 'destru(?:iu|íram)', 'destruição', 'inutilizad[oa]s?', 'fundid[oa]s?', 'incinerad[oa]s?'],
    collected: ['recolhid[oa]s?', 'recolh(?:eu|eram)', 'recolha', 'recolhimento'],
    stolen: ['roubad[oa]s?', 'furtad[oa]s?'],
    lost: ['perdid[oa]s?', 'extraviad[oa]s?'],
  },
  weaponCategories: {
    firearms: ['armas?\\s+de\\s+fogo', 'armas?'],
    pistols: ['pistolas?'],
    revolvers: ['revólveres', 'revólver'],
    shotguns: ['espingardas?', 'caçadeiras?'],
    carbines: ['carabinas?'],
    rifles: ['fuzis', 'fuzil', 'espingardas?\\s+de\\s+assalto'],
    home_made: ['armas?\\s+artesanais', 'armas?\\s+de\\s+fabrico\\s+artesanal', 'armas?\\s+de\\s+fabricação\\s+artesanal', 'armas?\\s+caseiras?'],
  },
  partIntroducers: ['das quais', 'dos quais', 'entre as quais', 'entre os quais', 'incluindo'],
};
