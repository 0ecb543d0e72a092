import { describe, expect, it } from 'vitest';
import { editDistance } from '../../src/transforms/label-distance.ts';
import { matchHeading, matchQuestionTopic, matchTemplateQuestion, normaliseLabel, sectionTopic, LEADING_NUMBER, BLOCK_PREFIX } from '../../src/transforms/topics.ts';

describe('normaliseLabel', () => {
  it.each([
    ['[PoA II.4] 1.1. Has your country established a agency?', 'has your country established a agency'],
    ['Marking at the time of import::', 'marking at the time of import'],
    ['SECTION 1. NATIONAL LEVEL', 'national level'],
    ['5. Marking and record-keeping', 'marking and record keeping'],
    ["Échange d'informations", 'echange d informations'],
    ['2. Сбор и уничтожение оружия', 'сбор и уничтожение оружия'],
  ])('%s -> %s', (raw, folded) => expect(normaliseLabel(raw)).toBe(folded));
});

describe('editDistance', () => {
  it('counts edits and gives up past the limit', () => {
    expect(editDistance('informaton', 'information')).toBe(1);
    expect(editDistance('tracing', 'training')).toBe(2);
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });
});

describe('matchTemplateQuestion: the PoA page fields, as real pages spell them', () => {
  it.each([
    ['National marking practices:', 'marking', 'exact'],
    ['NATIONAL MARKING PRACTICES:', 'marking', 'exact'],
    ['national marking practices', 'marking', 'exact'],
    ['Marking at the time of import::', 'marking', 'exact'],
    ['Marking of SALW in the possession of government armed and security forces', 'marking', 'exact'],
    ['Operational informaton exchange:', 'information_exchange', 'fuzzy'],
    ['Operational Information Exchange :', 'information_exchange', 'exact'],
    ['Accurate and comprehensive records for all marked SALW within their territory:', 'record_keeping', 'exact'],
    ['Measures taken for undertaking traces and responding to tracing requests:', 'tracing', 'exact'],
    ['Needs and request for assistence:', 'assistance_needs', 'fuzzy'],
    ['National Laws, Regulations and Administrative Procedures:', 'legislation', 'exact'],
    ['Definition (including closely associated activities and extraterritoriality):', 'brokering', 'exact'],
    ['National needs (Assistance in capacity building):', 'brokering', 'exact'],
    ['national needs (assistance in capacity-building)', 'brokering', 'exact'],
    ['Pratiques nationales de marquage :', 'marking', 'exact'],
    ['Intercambio de información operacional:', 'information_exchange', 'exact'],
    ['Меры против удаления или изменения маркировки:', 'marking', 'exact'],
  ])('%s -> %s (%s)', (raw, topic, how) => {
    expect(matchTemplateQuestion(raw)).toMatchObject({ topic, how });
  });

  it('the long brokering wording wins over the short ITI field of the same name', () => {
    expect(
      matchTemplateQuestion(
        'Operational information exchange (including a) Cooperation on activities violating UNSC arms embargoes; and b) Cooperation with relevant organizations, e.g. WCO, Interpol, the UN):',
      )?.topic,
    ).toBe('brokering');
  });

  it('answers and other prose are not template questions', () => {
    expect(matchTemplateQuestion('Arms are identified by letters and numbers.')).toBeNull();
    expect(matchTemplateQuestion('Marking')).toBeNull();
    expect(matchTemplateQuestion('Brokering Control')).toBeNull();
  });
});

describe('matchQuestionTopic: questionnaire questions by meaning', () => {
  it.each([
    ['[PoA II.4] 1.1. Has your country established or designated a national coordination agency on small arms and light weapons?', 'national_coordination'],
    ['1.2. Has your country established or designated a national point of contact?', 'national_coordination'],
    ['1.3. Does your country have laws, regulations or administrative procedures to exercise effective control over the production of small arms?', 'manufacture'],
    ['1.4. Does your country have laws or procedures to regulate the brokering of small arms and light weapons?', 'brokering'],
    ['2.1. Does your country require that small arms and light weapons be marked at the time of manufacture?', 'marking'],
    ['2.2. Does your country require that imported small arms be marked at the time of import?', 'marking'],
    ['2.3. Does your country keep records of all small arms and light weapons marked on its territory?', 'record_keeping'],
    ['2.4. Did your country receive tracing requests from other States?', 'tracing'],
    ['3.1. Has your country requested assistance for the implementation of the Programme of Action?', 'assistance_needs'],
    ['3.2. Has your country provided assistance to other States?', 'international_cooperation'],
    ['Q5. Does your State mark small arms and light weapons at the time of import?', 'marking'],
    ['Q8. Does your State need assistance to implement the Programme of Action?', 'assistance_needs'],
    ['1.1. Votre pays a-t-il créé un organisme national de coordination ?', 'national_coordination'],
    ["Mesures de lutte contre l’effacement ou la modification des marquages :", 'marking'],
    ['1.2. ¿Su país dispone de leyes que regulen el corretaje de armas?', 'brokering'],
    ['2.1. ¿Exige su país que las armas sean marcadas en el momento de la fabricación?', 'marking'],
    ['1.5. Имеются ли в вашей стране процедуры управления запасами оружия?', 'stockpile_management'],
    ['Stockpile management:', 'stockpile_management'],
    // A register of what is made, held and transferred is record keeping, in the singular too.
    ['Registro de fabricación, tenencia y transferencia', 'record_keeping'],
    ['Registo do fabrico, da posse e das transferências:', 'record_keeping'],
    ['Registre de fabrication, de détention et de transfert', 'record_keeping'],
    ['Record of manufacture, holding and transfer', 'record_keeping'],
  ])('%s -> %s', (raw, topic) => {
    expect(matchQuestionTopic(raw)?.topic).toBe(topic);
  });

  it('a question about nothing in the vocabulary gets no topic', () => {
    expect(matchQuestionTopic('1.9. How many women serve in the national commission?')).toBeNull();
    expect(matchQuestionTopic('4.1. Other remarks?')).toBeNull();
  });
});

describe('matchHeading', () => {
  it.each([
    ['Public awareness', 'public_awareness'],
    ['Collection and destruction', 'collection_destruction'],
    ['Linkage with drug trafficking, transnational organized crime and terrorism', 'crime_linkage'],
    ['Regional seminars, meetings, workshops', 'regional_events'],
    ['1. National coordination agency', 'national_coordination'],
    ['5. Marking and record-keeping', 'marking'],
    ['Marking, record-keeping and tracing', 'marking'],
    ['6. International cooperation and assistance', 'international_cooperation'],
    ['Sensibilisation du public', 'public_awareness'],
    ['Collecte et destruction des armes', 'collection_destruction'],
    ['Séminaires, réunions, ateliers régionaux', 'regional_events'],
    ['4. Recolección y destrucción de armas', 'collection_destruction'],
    ['Gestión de existencias', 'stockpile_management'],
    ['Vínculos con el tráfico de drogas, la delincuencia organizada transnacional y el terrorismo', 'crime_linkage'],
    ['1. Национальный координационный орган', 'national_coordination'],
    ['3. Хранение оружия и боеприпасов', 'stockpile_management'],
    ['Информирование общественности', 'public_awareness'],
    ['Stockpile managment', 'stockpile_management'],
    ['Weapons collection programmes in schools', 'collection_destruction'],
    // Plurals of the keywords (`destructions`, `destrucciones`, `destruições`, `collectes`) name the topic as the singular does.
    ['II. Saisies et destructions', 'collection_destruction'],
    ['3. Seizures and destructions', 'collection_destruction'],
    ['Destrucciones de armas', 'collection_destruction'],
    ['Destruições de armas', 'collection_destruction'],
    ["Collectes d'armes", 'collection_destruction'],
  ])('%s -> %s', (raw, topic) => {
    expect(matchHeading(raw)?.topic).toBe(topic);
  });

  it('Needs is an A-MAP topic on profiles and assistance needs in PoA texts', () => {
    expect(matchHeading('Needs', { family: 'amap' })?.topic).toBe('needs');
    expect(matchHeading('Accidental explosions', { family: 'amap' })?.topic).toBe('accidental_explosions');
    expect(matchHeading('Needs and request for assistance')?.topic).toBe('assistance_needs');
  });

  it.each([
    '4. Assistance required',
    'Assistance requested',
    '4. Assistance requise',
    'V. Assistance demandée',
    'Asistencia solicitada',
    '5. Assistência necessária',
    '4. Требуемая помощь',
    'المساعدة المطلوبة',
    '四、所需援助',
  ])('a heading naming the assistance asked for (%s) is assistance needs, not cooperation', (heading) => {
    expect(matchHeading(heading)?.topic).toBe('assistance_needs');
  });

  it('assistance alone still heads cooperation', () => {
    expect(matchHeading('4. Assistance')?.topic).toBe('international_cooperation');
  });

  it('unknown headings get no topic, and keyword rules only apply when allowed', () => {
    expect(matchHeading('Gender and small arms')).toBeNull();
    expect(matchHeading('SECTION 1. NATIONAL LEVEL')).toBeNull();
    expect(matchHeading('Important achievements')).toBeNull();
    expect(matchHeading('Weapons collection programmes in schools', { keywords: false })).toBeNull();
  });
});

describe('matchHeading: a compound heading naming several topics\' words', () => {
  // A part the vocabulary does not know (seizure, saisie, изъятие) between the parts of a known heading: the
  // known heading the other parts make is the topic, whether or not keyword rules are allowed.
  it.each([
    ['Section 2: Collection, seizure and destruction of weapons', 'collection_destruction', 'Collection and destruction of weapons'],
    ['Collection, seizure and destruction', 'collection_destruction', 'Collection and destruction'],
    ['Seizure, collection and destruction', 'collection_destruction', 'Collection and destruction'],
    ['3. Collection, surrender, seizure and destruction', 'collection_destruction', 'Collection and destruction'],
    ['Partie 2 : Collecte, saisie et destruction des armes', 'collection_destruction', 'Collecte et destruction des armes'],
    ['Recolección, incautación y destrucción de armas', 'collection_destruction', 'Recolección y destrucción de armas'],
    ['Recolha, apreensão e destruição de armas', 'collection_destruction', 'Recolha e destruição de armas'],
    ['Раздел 2. Сбор, изъятие и уничтожение оружия', 'collection_destruction', 'Сбор и уничтожение оружия'],
    ['Laws, decrees and regulations', 'legislation', 'Laws and regulations'],
    ['Collecte, confiscation et destruction', 'collection_destruction', 'Collecte et destruction'],
  ])('%s -> %s', (raw, topic, matched) => {
    expect(matchHeading(raw, { keywords: false })).toMatchObject({ topic, matched });
    expect(matchHeading(raw)).toMatchObject({ topic, matched });
  });

  it('a line that only ends in a topic\'s word, or whose parts make no known heading, is no known heading', () => {
    expect(matchHeading('The Commission oversees the collection and destruction', { keywords: false })).toBeNull();
    expect(matchHeading('Gender, youth and small arms', { keywords: false })).toBeNull();
    expect(matchHeading('Training, seizure and arrests', { keywords: false })).toBeNull();
  });

  it('headings the vocabulary or the first part already named keep their topic', () => {
    expect(matchHeading('Marking, record-keeping and tracing')?.topic).toBe('marking');
    expect(matchHeading('Stockpiles, collection and destruction')?.topic).toBe('stockpile_management');
    expect(matchHeading('Linkage with drug trafficking, transnational organized crime and terrorism')?.topic).toBe('crime_linkage');
  });
});

describe('matchHeading: compound headings in languages that glue their conjunction', () => {
  // Arabic glues `و` to the next word, Chinese writes `和`/`与`/`及` with no space and lists with `、`: the lexicons'
  // headingConjunctions, cut as the language's boundary rule writes them, and joined back so.
  it.each([
    ['الجمع والحجز والتدمير', 'الجمع والتدمير'],
    ['الجمع، والحجز، والتدمير', 'الجمع والتدمير'],
    ['الجمع و الحجز و التدمير', 'الجمع والتدمير'],
    ['ثانياً: جمع الأسلحة وضبطها وتدميرها', 'جمع الأسلحة وتدميرها'],
    ['الفصل الثاني: جمع الأسلحة وضبطها ومصادرتها وإتلافها', 'جمع الأسلحة وإتلافها'],
    ['收缴、查获和销毁', '收缴和销毁'],
    ['二、收缴、查获与销毁', '收缴与销毁'],
    ['武器收缴、查获和销毁', '武器收缴和销毁'],
    ['收缴，查获和销毁', '收缴和销毁'],
    ['Collection, seizure, and destruction', 'Collection and destruction'],
  ])('%s -> %s', (raw, matched) => {
    expect(matchHeading(raw, { keywords: false })).toMatchObject({ topic: 'collection_destruction', matched });
  });

  it('the first part names the topic when what follows a glued conjunction names one too', () => {
    expect(matchHeading('الوسم وحفظ السجلات', { keywords: false })).toMatchObject({ topic: 'marking', matched: 'الوسم' });
    expect(matchHeading('الوسم وحفظ السجلات والتعقب', { keywords: false })).toMatchObject({ topic: 'marking', matched: 'الوسم' });
    expect(matchHeading('标识和追查', { keywords: false })).toMatchObject({ topic: 'marking', matched: '标识' });
  });

  it.each([
    ['a word that begins with و (ministry)', 'التنسيق الوطني ووزارة الخارجية'],
    ['a word that begins with و (national)', 'الوسم وطنيا'],
    ['an adverb glued to nothing', 'التشريعات وفقا للدستور'],
    ['و inside a phrase with no topic', 'التنسيق مع وزارة الداخلية'],
    ['和 inside a word (peace)', '国际和平与安全'],
    ['和 inside a word, a topic before it', '标识和平'],
    ['及 inside a word (timely)', '立法及时'],
    ['parts making no known heading', '性别、青年和小武器'],
  ])('%s is no known heading', (_what, raw) => {
    expect(matchHeading(raw, { keywords: false })).toBeNull();
  });
});

describe('matchHeading: assistance alone is the international cooperation section', () => {
  it.each([
    ['IV. International assistance', 'international_cooperation'],
    ['INTERNATIONAL ASSISTANCE', 'international_cooperation'],
    ['Assistance', 'international_cooperation'],
    ['5. Assistance internationale', 'international_cooperation'],
    ['Asistencia internacional', 'international_cooperation'],
    ['Assistência internacional', 'international_cooperation'],
    ['Международная помощь', 'international_cooperation'],
    ['المساعدة الدولية', 'international_cooperation'],
    ['国际援助', 'international_cooperation'],
    ['International assistance and cooperation', 'international_cooperation'],
  ])('%s -> %s', (raw, topic) => {
    expect(matchHeading(raw, { keywords: false })?.topic).toBe(topic);
  });

  it('assistance needs and the A-MAP international support keep their topics', () => {
    expect(matchHeading('Assistance needs')?.topic).toBe('assistance_needs');
    expect(matchHeading("Besoins d'assistance")?.topic).toBe('assistance_needs');
    expect(matchHeading('Requests for assistance')?.topic).toBe('assistance_needs');
    expect(matchHeading('International assistance and cooperation', { family: 'amap' })?.topic).toBe('international_support');
    expect(matchHeading('International support', { family: 'amap' })?.topic).toBe('international_support');
  });
});

describe('sectionTopic: a bare "Assistance" heading read with its answer', () => {
  const topic = (heading: string, answer: string | null) => sectionTopic(heading, matchHeading(heading), answer);
  it.each([
    ['E. Assistance', 'Zambia requests support to acquire a mobile marking machine for each province.'],
    ['Assistance', 'Fiji would welcome assistance in training armourers.'],
    ['Assistance', 'Tonga would welcome two marking machines and a trainer.'],
    ['5. International assistance', 'The Government seeks assistance to destroy surplus ammunition.'],
    ['Assistance', 'Le Mali sollicite un appui pour le marquage des armes.'],
    ['Asistencia', 'El Estado solicita apoyo técnico para la destrucción.'],
  ])('%s over a request for it is assistance_needs', (heading, answer) => {
    expect(topic(heading, answer)).toBe('assistance_needs');
  });
  it.each([
    ['Assistance', 'Zambia provided assistance to Malawi in marking 2,000 weapons.'],
    ['Assistance', 'Samoa welcomed the assistance given by its neighbours.'],
    ['Assistance', null],
    // A heading that names cooperation itself keeps its topic, whatever the answer asks.
    ['International cooperation and assistance', 'Zambia requests support to acquire a marking machine.'],
    ['Regional cooperation', 'Zambia seeks assistance from its neighbours.'],
  ])('%s stays international_cooperation: %s', (heading, answer) => {
    expect(topic(heading, answer)).toBe('international_cooperation');
  });
  it('other headings keep their own topic', () => {
    expect(topic('Marking', 'Zambia requests support to acquire a marking machine.')).toBe('marking');
    expect(sectionTopic('Unknown words', null, 'Zambia requests support.')).toBeNull();
  });
});

describe('headings numbered in Arabic-Indic or Persian digits', () => {
  it.each([
    ['٢. جمع الأسلحة وإتلافها', '٢. '],
    ['۲. جمع الأسلحة وإتلافها', '۲. '],
    ['۱۲) الوسم', '۱۲) '],
  ])('%s', (heading, number) => {
    expect(LEADING_NUMBER.exec(heading)?.[0]).toBe(number);
    expect(matchHeading(heading)).not.toBeNull();
  });
  it('a section word with a Persian number', () => {
    expect(BLOCK_PREFIX.exec('الفصل ۳: الوسم')?.[0]).toBe('الفصل ۳: ');
  });
});

/**
 * A report's headings naming seizures, recoveries, surplus destruction or coordination alone, in every language: the
 * collection and destruction section (seized and recovered weapons are the ones collected; the destruction of surplus
 * stocks is destruction, though `stocks` names stockpiles) and the national coordination one. They had no topic, or
 * the stockpiles'.
 */
describe('matchHeading: seizures, recoveries, surplus destruction, coordination', () => {
  it.each([
    ['2. Seizures', 'collection_destruction'],
    ['2. Illicit weapons recovered', 'collection_destruction'],
    ['Recovery of illicit firearms', 'collection_destruction'],
    ['3. Destruction of surplus stocks', 'collection_destruction'],
    ['II. Incautaciones', 'collection_destruction'],
    ['Armas decomisadas', 'collection_destruction'],
    ['Destrucción de excedentes', 'collection_destruction'],
    ['2. Saisies', 'collection_destruction'],
    ['Destruction des surplus', 'collection_destruction'],
    ['Armas apreendidas', 'collection_destruction'],
    ['2. Изъятие оружия', 'collection_destruction'],
    ['Уничтожение излишков', 'collection_destruction'],
    ['二、查获枪支', 'collection_destruction'],
    ['1. Coordination', 'national_coordination'],
    ['I. Coordination', 'national_coordination'],
  ])('%s -> %s', (heading, topic) => {
    expect(matchHeading(heading)?.topic ?? null).toBe(topic);
  });

  it.each([
    ['Border control and seizures', 'border_control'],
    ['Tracing of recovered weapons', 'tracing'],
    ['International cooperation and coordination', 'international_cooperation'],
    ['Stockpile management', 'stockpile_management'],
  ])('a heading naming its own topic first keeps it: %s -> %s', (heading, topic) => {
    expect(matchHeading(heading)?.topic ?? null).toBe(topic);
  });
});
