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
    notASingle: ['nem\\s+(?:sequer\\s+)?(?:um|uma)(?:\\s+(?:só|únic[oa]|sequer))?'],
  },
  scaleWords: { k: 1e3, mil: 1e3, milhares: 1e3, milhão: 1e6, milhao: 1e6, milhões: 1e6, milhoes: 1e6, bilhão: 1e9, bilhões: 1e9 },
  nameLinks: ['de', 'do', 'da', 'dos', 'das', 'o', 'a', 'os', 'as', 'e', 'para', 'contra', 'sobre'],
  unitWords: ['toneladas', 'tonelada', 'anos', 'ano', 'meses', 'mês', 'dias', 'dia', 'horas', 'hora', 'minutos', 'calibre'],
  percentWords: ['por cento'],
  // No nationality adjectives are known in this language yet (classify/adjectives.ts).
  stateBodies: { words: [], adjectiveFirst: true },
  yearLeads: ['em', 'desde', 'até', 'ano', 'início de', 'final de', 'de', 'entre'],
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
  unknownMarkers: ['desconhecido', 'desconhecida', 'desconhecidos', 'desconhecidas', 'não se sabe', 'não é conhecido', 'não disponível', 'nao disponivel', 'sem dados', 's/d', 'n/d', 'n/a'],
  emptyMarkers: ['nenhum', 'nenhuma', 'nenhuns', 'nenhumas', 'nada', 'zero'],
  vagueQuantities: ['vários', 'várias', 'numerosos', 'numerosas', 'alguns', 'algumas', 'diversos', 'diversas', 'muitos', 'muitas', 'dezenas', 'centenas', 'milhares'],
  monthNames: {
    janeiro: 1, fevereiro: 2, março: 3, marco: 3, abril: 4, maio: 5, junho: 6, julho: 7, agosto: 8, setembro: 9,
    outubro: 10, novembro: 11, dezembro: 12, jan: 1, fev: 2, mar: 3, abr: 4, mai: 5, jun: 6, jul: 7, ago: 8, set: 9,
    out: 10, nov: 11, dez: 12,
  },
  yearParts: ['início de', 'inícios de', 'meados de', 'finais de', 'fim de', 'fins de', 'princípios de'],
  dateWords: { dayOrdinals: ['º'], joiners: ['de'], afterYear: [], yearMonthDay: null, numericOrder: 'dmy' },
  accessedWords: ['consultado em', 'acedido em', 'acessado em'],
  relativeYears: {
    'no ano passado': -1, 'o ano passado': -1, 'no ano anterior': -1, 'o ano anterior': -1, 'no último ano': -1,
    'neste ano': 0, 'este ano': 0, 'no ano em curso': 0,
  },
  pageFurniture: { page: ['página', 'pagina', 'pág.', 'pág', 'p.'], pages: ['páginas'], of: ['de'], after: [] },
  meetingNames: { words: ['conferência', 'reunião', 'debate', 'sessão', 'revisão'], stems: [], acronyms: ['RBE'], ordinalEndings: ['ª', 'º'] },
  listIntroducers: [],
  kindSignals: {
    amap_profile: [
      { signal: 'explosionsHeading', shape: 'heading', words: 'explosões acidentais|explosões não (?:planeadas|planejadas)(?: em locais de munições)?', weight: 2 },
      { signal: 'diversionHeading', shape: 'heading', words: 'casos de desvio|desvio', weight: 2 },
      { signal: 'uems', shape: 'text', words: 'explosões não (?:planeadas|planejadas) em (?:locais|depósitos) de (?:armazenamento de )?munições', weight: 1 },
      { signal: 'disposalHeading', shape: 'heading', words: 'eliminação|eliminação de existências', weight: 1 },
      { signal: 'needsHeading', shape: 'heading', words: 'necessidades|necessidades de assistência', weight: 1 },
      { signal: 'ammunitionProfile', shape: 'text', words: 'gestão de munições\\s*[–—-]\\s*perfil (?:de|do) país|perfil (?:de|do) país\\s*[:–—-]', weight: 2 },
      { signal: 'explosionsTable', shape: 'tableHeader', words: 'ano\\s*\\|\\s*local', weight: 1 },
    ],
    poa_profile: [
      { signal: 'implementationKit', shape: 'text', words: 'Kit de (?:implementação|implementacao|execução|aplicação) do P(?:oA|dA)', weight: 3 },
      // The PoA pages name the report languages each in its own name: `2012 : Português English`.
      { signal: 'reportLanguages', shape: 'yearLanguages', words: 'Portugu[êe]s', weight: 3 },
      { signal: 'reportAttribution', shape: 'attribution', words: 'Relatório Nacional', weight: 2 },
      { signal: 'meeting', shape: 'meetingLine', words: '\\d+(?:\\.?[ªº])?\\s+RBE', weight: 2 },
      { signal: 'reportSource', shape: 'lineStart', words: '(?:Fonte\\s*)?:\\s*Relatório Nacional sobre a (?:implementação|execução)', weight: 2 },
      { signal: 'regionalEvents', shape: 'text', words: 'Seminários regionais', weight: 1 },
    ],
    poa_report: [
      // A title line, not the attributions `(Relatório Nacional, 2018)` nor the list `Relatórios nacionais` of a PoA
      // page. `Segundo relatório nacional`: a report names its place in the series before its name.
      { signal: 'reportTitle', shape: 'lineStart', words: '(?:o\\s+)?(?:(?:primeiro|segundo|terceiro|quarto|quinto|sexto|sétimo|oitavo|nono|décimo|\\d{1,2}(?:\\.?[ºo]))\\s+)?relatório nacional(?!s)|relatório sobre a (?:implementação|execução|aplicação)', weight: 2, head: true },
      { words: 'programa de ação', weight: 2, head: true },
      { words: 'programa de acção', weight: 2, head: true },
      { words: 'data de apresentação', weight: 2 },
      { words: 'data de submissão', weight: 2 },
      { words: 'período de referência', weight: 1 },
    ],
  },
  // No genre signs written for this language yet: its documents are judged by the kind signals alone.
  genreSignals: {},
  sectionHeadings: {
    // The sections of an ammunition country profile (A-MAP) in Portuguese.
    'Situação de segurança': 'security_situation',
    'Apoio internacional': 'international_support',
    'Explosões acidentais': 'accidental_explosions',
    'Explosões não planeadas': 'accidental_explosions',
    'Casos de desvio': 'diversion',
    'Eliminação': 'disposal',
    'Necessidades': 'needs',
    'Coordenação nacional': 'national_coordination',
    'Organismo nacional de coordenação': 'national_coordination',
    'Ponto de contacto nacional': 'national_coordination',
    'Autoridade nacional': 'national_coordination',
    'Legislação': 'legislation',
    'Legislação nacional': 'legislation',
    'Fabrico': 'manufacture',
    'Transferências': 'transfers',
    'Controlo das exportações': 'transfers',
    'Intermediação': 'brokering',
    'Gestão de arsenais': 'stockpile_management',
    'Gestão de existências': 'stockpile_management',
    'Recolha e destruição': 'collection_destruction',
    'Destruição de excedentes': 'collection_destruction',
    'Recolha e destruição de armas': 'collection_destruction',
    'Recolhimento e destruição de armas': 'collection_destruction',
    'Desarmamento civil': 'collection_destruction',
    'Marcação': 'marking',
    'Marcação e registo': 'marking',
    'Registo': 'record_keeping',
    'Rastreamento': 'tracing',
    'Rastreio': 'tracing',
    'Intercâmbio de informações': 'information_exchange',
    'Sensibilização do público': 'public_awareness',
    'Controlo de fronteiras': 'border_control',
    'Cooperação internacional': 'international_cooperation',
    'Cooperação e assistência internacional': 'international_cooperation',
    // 'Assistência' alone, as a section of its own, is the cooperation the template heads 'Cooperação e assistência internacional'.
    'Assistência internacional': 'international_cooperation',
    'Assistência': 'international_cooperation',
    'Necessidades de assistência': 'assistance_needs',
    // A heading naming the assistance the state asks for (`4. Assistance required`).
    'Assistência necessária': 'assistance_needs',
    'Assistência solicitada': 'assistance_needs',
    'Assistência requerida': 'assistance_needs',
    'Seminários regionais': 'regional_events',
    'Seminários, reuniões e oficinas regionais': 'regional_events',
    'Oficinas regionais': 'regional_events',
    'Reuniões regionais': 'regional_events',
  },
  templateQuestions: {},
  // Stems naming a topic in free wording (questions, unknown headings); `*` ends a word stem.
  topicKeywords: {
    tracing: ['rastreamento', 'rastreio', 'rastrea*'],
    brokering: ['intermediação', 'corretag*'],
    record_keeping: ['registos', 'registros', 'registo', 'registro'],
    marking: ['marcação', 'marcad*', 'marcar'],
    stockpile_management: ['arsenais', 'existências', 'armazenamento', 'paióis'],
    collection_destruction: ['recolha*', 'recolhimento*', 'apreensão', 'apreensões', 'destruição', 'destruições', 'destruíd*', 'destruir', 'entrega voluntária', 'apreendid*'],
    public_awareness: ['sensibiliz*', 'conscienciali*', 'conscientiz*'],
    regional_events: ['seminário*', 'oficina*'],
    crime_linkage: ['crime organizado', 'criminalidade organizada'],
    border_control: ['fronteira*', 'fronteiriç*'],
    national_coordination: ['coordenação', 'ponto de contacto', 'ponto de contato', 'ponto focal'],
    assistance_needs: ['pedido de assistência', 'assistência necessária', 'assistência solicitada', 'assistência requerida', 'apoio solicitado', 'pedidos de assistência', 'necessidades'],
    information_exchange: ['intercâmbio de informações', 'troca de informações', 'trocar informações', 'partilha de informações', 'compartilhamento de informações'],
    international_cooperation: ['cooperação'],
    manufacture: ['fabrico', 'fabricação', 'produção'],
    transfers: ['exportaç*', 'importaç*', 'transferência*', 'trânsito'],
    implementation_challenges: ['desafios', 'dificuldades'],
    legislation: ['lei', 'leis', 'legislação'],
  },
  sectionNumberWords: ['parte', 'secção', 'seção', 'secao', 'capítulo', 'capitulo'],
  // `Capítulo primeiro`, `Secção segunda`, as legal texts number their parts.
  sectionNumberOrdinals: [
    'primeiro', 'segundo', 'terceiro', 'quarto', 'quinto', 'sexto', 'sétimo', 'setimo', 'oitavo', 'nono', 'décimo', 'decimo',
    'primeira', 'segunda', 'terceira', 'quarta', 'quinta', 'sexta', 'sétima', 'setima', 'oitava', 'nona', 'décima', 'decima',
  ],
  // Headings are numbered with digits, Roman numerals or letters: an ordinal word starting a line ('Primeiro:', 'Segundo -') opens prose.
  sectionOrdinals: [],
  headingConjunctions: ['e'],
  languageNames: {
    português: 'pt', portugues: 'pt', inglês: 'en', ingles: 'en', francês: 'fr', frances: 'fr', espanhol: 'es', russo: 'ru',
    árabe: 'ar', chinês: 'zh', chines: 'zh',
  },
  // Words Spanish and French rarely write (not `dos`, `nos`: Spanish words too).
  functionWords: ['não', 'uma', 'foram', 'das', 'ao', 'pela', 'pelo', 'também', 'são', 'às', 'nas', 'em', 'foi'],
  // Regex sources, matched inside the language boundary (see matchers.ts).
  actions: {
    // "a polícia recuperou 300 armas", "foram recuperadas": recovered is seized, as English 'recovered'.
    seized: ['apreendid[oa]s?', 'apreend(?:eu|eram)', 'apreens(?:ão|ões)', 'confiscad[oa]s?', 'interceptad[oa]s?', 'intercept(?:ou|aram)', 'confisc(?:ou|aram)', 'recuperad[oa]s?', 'recuper(?:ou|aram)'],
    surrendered: ['entregues\\s+voluntariamente', 'entregue\\s+voluntariamente', 'entreg(?:ou|aram)\\s+voluntariamente', 'entrega\\s+voluntária'],
    destroyed: ['destruíd[oa]s?', 'destru(?:iu|íram)', 'destruiç(?:ão|ões)', 'inutilizad[oa]s?', 'fundid[oa]s?', 'incinerad[oa]s?'],
    collected: ['recolhid[oa]s?', 'recolh(?:eu|eram)', 'recolha', 'recolhimento'],
    stolen: ['roubad[oa]s?', 'furtad[oa]s?'],
    lost: ['perdid[oa]s?', 'extraviad[oa]s?', 'perdas?'],
  },
  weaponCategories: {
    firearms: ['armas?\\s+de\\s+fogo', 'armas?'],
    pistols_and_revolvers: ['armas?\\s+curtas', 'pistolas\\s+e\\s+revólveres'],
    long_guns: ['armas?\\s+longas'],
    pistols: ['pistolas?\\s+(?:semi)?autom[áa]ticas?', 'pistolas?'],
    revolvers: ['revólveres', 'revólver'],
    shotguns: ['espingardas?', 'caçadeiras?'],
    carbines: ['carabinas?'],
    rifles: ['fuzis', 'fuzil', 'espingardas?\\s+de\\s+assalto'],
    home_made: ['armas?\\s+artesanais', 'armas?\\s+de\\s+fabrico\\s+artesanal', 'armas?\\s+de\\s+fabricação\\s+artesanal', 'armas?\\s+caseiras?'],
  },
  // Regex sources (a space stands for any white space): what announces the parts of a total.
  partIntroducers: ['d[ao]s quais', 'entre [ao]s quais', 'entre (?:elas|eles)', 'incluindo', 'nomeadamente', 'a saber'],
  // Labels of a report's submission date (`<label>: <date>` in a report's header).
  // Words opening a national report's title (poa-report facts).
  reportTitleWords: ['relatório nacional'],
  dateLabels: ['data de apresentação', 'data de apresentacao', 'data de submissão', 'data de envio', 'data'],
  // Words saying a report was submitted (regex sources): a header date beside one is the submission date.
  submissionWords: ['apresentado', 'apresentação', 'apresentacao', 'submissão', 'submissao', 'envio'],
  // Labels of the period a report covers (`<label>: ...`): never the report's date.
  periodLabels: [],
  yearColumnLabels: ['anos?'],
  // The header of a table column naming each row's action (`Year | Action | Pistols | Total`).
  actionColumnLabels: ['a[çc][ãa]o', 'a[çc][õo]es', 'medidas?', 'atividades?'],
  // The header of a table's label column whose rows are places (`Região | Apreendidas | Destruídas`).
  placeColumnLabels: ['regi[ãa]o', 'regi[õo]es', 'prov[íi]ncias?', 'estados?', 'distritos?', 'munic[íi]pios?'],
  // One-word answers of a questionnaire (a line of its own, or after a question's `?`).
  questionnaireAnswers: [],
  // Answers saying the state gave none: NULL with an issue.
  noResponseMarkers: ['sem resposta', 'sem dados', 'dados não disponíveis'],
  // Function words a lost line break glues onto a word (`Armsand`): split off for matching only.
  gluedWords: ['e', 'de', 'do', 'da', 'dos', 'das', 'em'],
  // The instruments' names (glued words split into their words).
  instrumentNames: ['Programa de Ação para Prevenir, Combater e Erradicar o Tráfico Ilícito de Armas Ligeiras e de Pequeno Calibre em Todos os seus Aspetos'],
  // A UN document's header: the original's language, the distribution line, a note verbale's cover letter (its opening
  // and its closing formula, `avails itself of this opportunity`: neither paragraph is a fact or unread text).
  documentHeader: { originalLabels: ['original', 'traduzido do'], distributionLabels: ['distr'], coverLetter: ['apresenta os seus cumprimentos', 'tem a honra de transmitir', 'aproveita a oportunidade', 'aproveita esta oportunidade', 'mais elevada consideração', 'mais alta consideração'] },
  agencies: {
    border_guard: ['guarda\\s+de\\s+fronteiras?', 'pol[ií]cia\\s+de\\s+fronteiras?'],
    police: ['pol[ií]cias?', 'guarda\\s+nacional\\s+republicana', 'minist[ée]rio\\s+do\\s+interior'],
    // Brazil's Receita Federal (the federal revenue service) is its customs authority, Portugal's Autoridade Tributária
    // e Aduaneira its tax and customs authority.
    customs: ['alf[âa]ndegas?', 'servi[çc]os?\\s+aduaneiros?', 'autoridade\\s+aduaneira', 'receita\\s+federal', 'autoridade\\s+tribut[áa]ria\\s+e\\s+aduaneira'],
    defence: ['for[çc]as\\s+armadas', 'ex[ée]rcito', 'minist[ée]rio\\s+da\\s+defesa', 'marinha', 'for[çc]a\\s+a[ée]rea'],
  },
  // Words of the ammunition country profiles' tables and tallies (regex fragments, but the table words).
  ammunitionProfile: {
    tableCaptionNouns: { explosions: [], diversions: [] },
    columnLabels: {
      year: ['ano', 'data'],
      location: ['local', 'localidade'],
      owner: ['propriet[áa]rio'],
      deaths: ['mortos?', '[óo]bitos'],
      injuries: ['feridos'],
      description: ['descri[çc][ãa]o'],
    },
    totalRowLabels: ['soma', 'total\\s+geral'],
    incidentCasualties: { deaths: ['mort[oa]s?', '[óo]bitos?', 'falecid[oa]s?'], injuries: ['ferid[oa]s?'] },
    tallyNouns: {
      explosions: ['explos(?:ão|ões|ao|oes)\\s+(?:acidenta(?:l|is)|não\\s+planead[ao]s?|não\\s+planejad[ao]s?)'],
      diversions: ['casos?\\s+de\\s+desvio'],
    },
    tallyDuals: [],
    tallySinceWords: ['desde'],
    tallyInYearWords: ['em', 'durante'],
    tallyRangeOpeners: ['entre', 'de', 'desde'],
    tallyRangeJoiners: ['e', 'a', 'até'],
    // `nenhum caso de desvio`, `não foram registados casos de desvio` (European and Brazilian spellings).
    tallyNoneWords: ['nenhuma?', 'não\\s+(?:foi|foram)\\s+(?:registad|registrad|relatad|reportad|comunicad|documentad)[oa]s?(?:\\s+nenhuma?)?'],
    tallyNoneAfter: ['não\\s+(?:foi|foram)\\s+(?:registad|registrad|relatad|reportad|comunicad|documentad)[oa]s?'],
    tallyNoneFillers: ['outro', 'outra'],
    tallyVerbsAfter: [],
    tallyRoundFigures: ['uma\\s+d[úu]zia\\s+de'],
    tallySingleWords: [],
    tallyNotCountWords: [],
    tallyNumberNouns: ['número', 'quantidade', 'total', 'quantos', 'quantas'],
    tallyCounters: [],
    tallyOrdinalMarks: [],
    ownerWords: {
      state: ['estado', 'estatal'],
      nonState: ['não[-\\s]?estatal', 'privado'],
      military: ['militar'],
      police: ['polícia'],
      company: ['empresa'],
      other: ['outros?', 'outras?', 'grupos?\\s+armados?', 'milícias?', '(?:grupos?\\s+)?(?:rebeldes?|insurgentes?)'],
    },
    itemNouns: ['armas?', 'espingardas?', 'carabinas?', 'fuzis', 'fuzil', 'pistolas?', 'rev[óo]lveres', 'granadas?', 'cartuchos?', 'balas?', 'muni[çc][õo]es', 'proj[ée]teis', 'explosivos?', 'detonadores?', 'caixas?'],
    itemWeights: ['toneladas?', 'kg', 'quilos?', 'quilogramas?'],
    pageChrome: [],
    citationOpeners: [],
  },
  // The word before a table's number in its caption (`Table 1:`).
  tableWords: ['Tabela', 'Quadro'],
  // The Source/Date pair under a PoA page's template answers; a Source line opening with a title names a contact.
  sourceLines: {
    sourceLabels: ['fonte', 'fontes'],
    dateLabels: ['data'],
    reportWords: ['relatório', 'relatorio', 'relatórios', 'questionário', 'programa'],
    personTitles: ['Sr.', 'Sra.', 'Dr.', 'Dra.', 'Coronel', 'Embaixador', 'Embaixadora'],
    // The words of an attribution (`(National Report, 2005)`) before its year, and what joins two of its years.
    attributionWords: ['Relatório nacional', 'Relatórios nacionais', 'Relatorio nacional', 'Relatorios nacionais'],
    attributionYearJoiners: ['e'],
    // An attribution as a lead-in line heading the bullets below it (`From the National Report, 2020:`).
    attributionLeadIns: ['Segundo o', 'Segundo', 'Do', 'De acordo com o', 'Conforme o', 'No'],
    attributionYearPrepositions: ['de', 'do'],
    // The status column of a reports table: only a submitted row is a submission.
    reportStatuses: { submitted: ['apresentado', 'submetido', 'recebido', 'entregue'], notSubmitted: ['não apresentado', 'não submetido', 'não recebido', 'não entregue', 'pendente'] },
  },
  agencyAcronyms: {},
  categoryWords: {
    // A counter may stand alone after a count (`2022 – 1.204 unidades`, `312 un.`, `86 peças, das quais ...`) or join the
    // category (`unidades de armas`). `peças` only alone: `peças de armas` are parts of weapons.
    counters: ['(?:unidades|unid\\.|un\\.)(?:\\s+de)?', 'peças'],
    modifiers: [],
    leadPartitives: [],
    leadCopulas: [],
    leadQuantifiers: [],
    unplacedTerms: ['espingardas?\\s+(?:automáticas?|semi-?automáticas?|AKM?|AK-?47|Kalashnikov)'],
    notWeaponHeads: [],
    adjectivesOnly: [],
    adjectivePhraseEnds: [],
    genericQualifierStarts: null,
    benignQualifiers: [],
    nonWeaponItems: [],
    nounContinuations: [],
  },
  countStatements: {
    abbreviations: ['n', 'art', 'arts', 'sr', 'sra', 'dr', 'p', 'pp', 'cf', 'etc', 'aprox'],
    reportWords: ['relatório'],
    // "Em 2019", "Durante 2018", "a campanha de 2012" (of 2012).
    // `Balanço 2023 da Polícia: apreensões: 120; ...`: the figures of that year.
    statedYearLeads: ['em', 'durante', 'ao longo de', 'de', 'balanço'],
    dateRangeEnds: ['até', 'a'],
    yearNouns: ['o ano', 'ano'],
    yearPartPhrases: ['(?:o|no|do|durante o) (?:primeiro|segundo|terceiro|quarto|último) (?:trimestre|semestre)(?: de)?', '(?:os|nos|durante os) (?:três|seis|nove) primeiros meses de', '(?:em|no|a) (?:meados|início|inícios) de', 'meados de'],
    otherPeriodPhrases: [
      // Um exercício financeiro não é um ano civil; «desde o início do programa em 1999» abre um período.
      '(?:exerc[íi]cios?|anos?) (?:fisca(?:l|is)|financeiros?|orçament(?:al|ais|ários?))(?: (?:de )?(?:19|20)\\d{2}(?:[/–-]\\d{2,4})?)?', 'exerc[íi]cio (?:19|20)\\d{2}(?:[/–-]\\d{2,4})?',
      'desde (?:o |a |os |as |que |seu |sua )[^,;.]{0,80}?(?:19|20)\\d{2}',
      
      'per[ií]odo (?:em análise|de referência|abrangido|do relatório)',
      'desde (?:o último relatório|(?:19|20)\\d{2})',
      '(?:nos )?últimos (?:[\\p{L}\\d]+ )?anos',
      'até (?:à|a) data',
      'até ao momento',
    ],
    reportPeriodPhrases: ['(?:durante|no) o per[ií]odo(?: (?:em análise|do relatório|abrangido))?', 'per[ií]odo (?:em análise|do relatório|abrangido)'],
    comparisonWords: ['em relação a', 'em comparação', 'face a', 'do que', 'desde'],
    // A number right after these is another period's figure set beside a count, never a part of it.
    comparedFigureLeads: ['em comparação com', 'comparad[oa]s? (?:com|a)', 'face a', 'contra'],
    respectivelyWords: ['respectivamente'],
    levelLeads: ['(?:aument(?:ou|aram)|sub(?:iu|iram)|cresc(?:eu|eram)|diminu(?:iu|íram)|ca(?:iu|íram)|recu(?:ou|aram)|duplic(?:ou|aram)|triplic(?:ou|aram)) (?:para|até)',
      'cheg(?:ou|aram) a', 'ating(?:iu|iram)', 'totaliz(?:ou|aram)', 'som(?:ou|aram)', 'ascend(?:eu|eram) a'],
    changeLeads: ['(?:aument(?:ou|aram|ado)|diminu(?:iu|íram|ído)|cresc(?:eu|eram|ido)|ca(?:iu|íram)|recu(?:ou|aram)) (?:em|de)', '(?:um\\s+)?(?:aumento|acréscimo|crescimento|diminuição|queda|redução) de'],
    eventNouns: ['campanhas?', 'anistias?', 'amnistias?', 'opera(?:ção|ções)', 'programas?', 'exercícios?', 'iniciativas?'],
    documentNouns: ['leis?', 'decretos?', 'resolu(?:ção|ções)', 'planos?', 'estratégias?', 'regulamentos?'],
    // A zero is a word before the weapons here ("nenhuma arma": numberWords.articles), not a negated verb.
    actionNegations: ['não(?!\\s+s[oó])', 'nunca', 'jamais'],
    zeroNegations: [],
    // Modalidade: o previsto, prometido, financiado ou fixado como meta não é um fato ("serão destruídas", "prevê destruir").
    plannedActionMarkers: ['(?:está|estão) (?:previst[oa]s?|programad[oa]s?)', 'prev(?:ê|eem|isto|ista|istos|istas)', 'será', 'serão', 'seria', 'seriam', 'vai', 'vão', 'planej\\p{L}*', 'planei\\p{L}*', 'pretende(?:m)?', 'metas?', 'objetivos? de', 'compromet\\p{L}* a', 'prometeu', 'prometeram', 'financiamento (?:de|para|da|do)', 'verbas? (?:de|para)', 'fundos para', 'orçament\\p{L}* (?:de|para)', 'deverá', 'deverão', 'a serem?', 'programad(?:o|a|os|as)', 'futur(?:o|a|os|as)'],
    zeroAuxiliaries: [],
    negatedZeroWords: [],
    notWeaponNouns: ['cartuchos?', 'munições', 'munição', 'pessoas?', 'vezes', 'anos', 'agentes', 'funcionários', 'operações', 'casos', 'pedidos',
      // "200 apreensões" counts seizures, not weapons (the action word would read it as 200 seized).
      'apreens(?:ão|ões)'],
    rateAfter: ['(?:por|ao|cada) (?:dia|semana|mês|trimestre|ano)', 'em média'],
    averageBefore: ['uma média de', 'em média', 'média de'],
    fractionWords: ['metade', 'a metade', 'um terço', 'dois terços', 'um quarto', 'a maioria', 'a maior parte', 'parte', 'uma parte', 'o resto'],
    functionWords: ['em', 'de', 'do', 'da', 'dos', 'das', 'por', 'para', 'e', 'que', 'no', 'na', 'nos', 'nas'],
    phraseStops: ['e', 'ou', 'em', 'no', 'na', 'nos', 'nas'],
    // "3.904 eram pistolas".
    copulas: ['eram', 'era', 'são', 'foram'],
    genericPhraseEnds: [
      // A negation after the noun ends its phrase (`aucune arme n'a été détruite`, `armas no fueron`).
      'não',
      // A future or present verb after the noun ends it too (`3 000 armes seront détruites`, `armas serán destruidas`).
      'está', 'estão', 'será', 'serão', 'vai', 'vão',
      'foram', 'foi', 'são', 'eram', 'em', 'no', 'na', 'nos', 'nas', 'pelo', 'pela', 'pelos', 'pelas', 'por', 'da', 'do', 'das', 'dos',
      'e', 'ou', 'para', 'durante', 'entre', 'que', 'com', 'desde', 'até', 'ao', 'à', 'aos', 'às', 'apreendid[oa]s?', 'recolhid[oa]s?', 'destruíd[oa]s?',
      // Prepositions that open a new phrase (`95 armas junto da população`).
      'junto', 'sobre', 'contra', 'após', 'perante', 'segundo', 'provenientes?',
    ],
    // With the article glued (`da Polícia`, `do Ministério`).
    ofWords: ['de', 'd[ao]s?'],
    partitiveOf: ['d[oa]s', 'de\\s+(?:suas|seus|estas|estes)'],
    // A region's figure too: 'which together recovered 310 firearms in the region', a regional (joint) operation's.
    aggregateScopes: ['membros em conjunto', 'países[- ]membros', '\\d+ (?:estados|países)', 'estados[- ]membros', 'estados partes', 'todos os estados', '(?:estados|países) da (?:região|sub-região)', 'no mundo', 'em todo o mundo', 'a nível (?:mundial|regional)', 'em toda a região', 'na (?:sub-?)?região(?=\\s*[.;,)]|\\s*$)', 'operaç(?:ão|ões) (?:conjuntas? )?regional(?:is)?'],
    currencyWords: ['R\\$'],
    rangeTo: [],
    conjunctionAnd: ['e'],
    totalLabels: ['total', 'no total', 'ao todo'],
    // "das armas curtas, 3.904 eram pistolas": the parts of the handguns.
    underLeads: ['das', 'dos', 'de', 'entre'],
    underDeterminers: ['as', 'os', 'estas', 'estes'],
    listJoiners: ['e', 'ou', 'bem como', 'assim como'],
    negativeJoiners: ['nem'],
    relativeLeads: ['que', '(?:as|os) quais'],
    objectPronounsAfter: ['-(?:as|os)'],
    partitivePronouns: ['del(?:as|es)', 'dest(?:as|es)', 'd(?:as|os) quais'],
    sameYearPhrases: ['(?:no|nesse|naquele|durante o|durante esse|ao longo do) mesmo ano', '(?:o|esse) mesmo ano'],
    // Not `as` / `os` alone: before an action noun they are articles (`as apreensões`).
    objectPronounsBefore: [],
    objectOnlyActions: [],
    personNouns: ['pessoas?', 'indivíduos?', 'suspeit(?:o|a)s?', 'contrabandistas?', 'traficantes?', 'criminosos?', 'homens', 'mulheres', 'passageir(?:o|a)s?', 'viajantes?', 'cidadãos', 'cidadãs?', 'membros?'],
    possessionLeads: ['com', 'portando', 'levando', 'na posse de', 'em posse de', 'de posse de', 'armad(?:o|a)s? com', 'transportando', 'que (?:portavam|levavam|transportavam|possuíam)'],
    receiptVerbs: ['receb(?:eu|eram)', 'recebid[oa]s?'],
    weaponCounters: [],
    notWeaponCounters: [],
    nonWeaponItemsBefore: [],
    phraseOpeners: [],
    continuationOpeners: ['entre (?:elas|eles|estas|estes)', 'destas', 'destes', 'delas', 'deles'],
    totalWords: ['no total', 'ao todo', 'um total de', '(?<![\\p{L}])ou seja,?', '(?<![\\p{L}])isto é,?', '(?<![\\p{L}])totalizando'],
    totalWordsAfter: ['no total', 'ao todo', 'em total', 'no seu conjunto'],
    erratumSuperseded: ['onde se lê', 'em vez de'],
    erratumReplacement: ['leia-se'],
    correctionPhrases: ['deve ler-se', 'devem ler-se', 'leia-se', 'deve ser lido como', '(?:é|foi) corrigid[oa] para', 'corrigid[oa] para',
      // Um número revisto desde que foi dado (`O número de 2 310 ... foi revisto para 2 290`).
      '(?:revist|revisad|ajustad)[oa]s?(?: em (?:baixa|alta))? para'],
    auxiliaries: ['foram', 'foi', 'têm sido', 'tem sido', 'tinham sido', 'haviam sido'],
    sentenceAdverbs: ['além disso', 'também', 'ainda'],
    adverbsBeforeVerb: [],
    organisationNouns: [],
    organisationArticles: ['o', 'a', 'os', 'as'],
    organisationAdverbs: ['também', 'ainda', 'igualmente', 'depois', 'conjuntamente', 'já'],
    supportVerbs: ['(?:procedeu|procederam|procedido) (?:à|ao|aos|às)', '(?:recebeu|receberam|recebido|recebe|recebem) (?:em|por|como|através de)', '(?:realizou|realizaram|realizado|efetuou|efetuaram|efetuado) (?:a|o|as|os|uma|um)'],
    bodyNouns: [],
    organisationAdjectives: [
      'nacion(?:al|ais)', 'ger(?:al|ais)', 'feder(?:al|ais)', 'centr(?:al|ais)', 'region(?:al|ais)', 'municip(?:al|ais)', 'territori(?:al|ais)',
      'especi(?:al|ais)', 'civil', 'civis', 'militar(?:es)?', 'judiciári[oa]s?', 'presidencia(?:l|is)', 'permanentes?', 'públic[oa]s?', 'estadua(?:l|is)',
      'republican[oa]s?', 'mist[oa]s?', 'técnic[oa]s?',
    ],
    agentBy: ['por', 'pelo', 'pela', 'pelos', 'pelas'],
    agentTo: ['à', 'ao', 'às', 'aos'],
    agentStops: ['em', 'no', 'na', 'nos', 'nas', 'durante'],
    agentYearLeads: ['em', 'durante'],
  },
};
