import { describe, expect, it } from 'vitest';
import { decodePlainText } from '../../src/decoders/text.ts';
import { poaReportExtractor } from '../../src/extractors/poa-report/index.ts';
import { dateConventionOf } from '../../src/transforms/dates.ts';
import { extractCountStatements } from '../../src/transforms/count-statements/index.ts';

/** Report shapes the local development set's documents (tests/fixtures/devset-local/docs/h_rep_*) showed, in other words. */
const extract = (text: string) =>
  poaReportExtractor.extract(decodePlainText(text, 'utf-8'), { kind: 'poa_report', countryIso3: null, reportYear: null, language: null, sourcePath: 'x.txt' });

describe('report facts', () => {
  it('reads a numeric date in the convention of a French or Spanish report, and leaves an English one ambiguous', () => {
    const fr = extract('RAPPORT NATIONAL DU NIGER\nDate de soumission : 04/06/2015\nI. Législation\nLa loi de 2004 régit les armes et leurs munitions dans tout le pays.\n');
    expect(fr.document).toMatchObject({ date_raw: '04/06/2015', date_iso: '2015-06-04', report_year: 2015, language: 'fr' });
    const en = extract('NATIONAL REPORT OF BELIZE\nDate of submission: 04/06/2015\n1. Legislation\nThe Firearms Act of 2003 regulates the possession of firearms and of their ammunition.\n');
    expect(en.document).toMatchObject({ date_raw: '04/06/2015', date_iso: null, report_year: 2015 });
    expect([dateConventionOf('es'), dateConventionOf('ru'), dateConventionOf('en'), dateConventionOf(null)]).toEqual(['dmy', 'dmy', null, null]);
  });

  it('takes the submission date from a header sentence without a label', () => {
    const out = extract('REPUBLIC OF ZAMBIA\nNational Report on the Programme of Action\nTransmitted to the Secretariat on 2 July 2012 by the Permanent Mission\n1. Stockpile management\nArmouries are inspected by the army.\n');
    expect(out.document).toMatchObject({ date_raw: '2 July 2012', date_iso: '2012-07-02', report_year: 2012 });
  });

  it('takes the year of a date without a day (`Mai 2016`), keeps it raw and gives no ISO date; a period covered is never the date', () => {
    const fr = extract('RAPPORT NATIONAL DU MALI\nPériode couverte : janvier 2014 – décembre 2015\nMai 2016\nI. Législation\nLa loi de 2004 régit les armes et leurs munitions.\n');
    expect(fr.document).toMatchObject({ date_raw: 'Mai 2016', date_iso: null, report_year: 2016 });
    const es = extract('INFORME NACIONAL DE LA REPÚBLICA DE PANAMÁ\nJunio de 2017\n1. Legislación\nLa Ley 57 de 2011 regula las armas de fuego.\n');
    expect(es.document).toMatchObject({ date_raw: 'Junio de 2017', date_iso: null, report_year: 2017 });
    const ru = extract('НАЦИОНАЛЬНЫЙ ДОКЛАД РЕСПУБЛИКИ ТАДЖИКИСТАН\nДата: май 2016 г.\n1. Законодательство\nЗакон об оружии действует с 1999 года.\n');
    expect(ru.document).toMatchObject({ date_raw: 'май 2016 г.', date_iso: null, report_year: 2016 });
    const dateline = extract('NATIONAL REPORT OF GHANA\nAccra, June 2018\n1. Legislation\nThe Arms Act applies to all firearms.\n');
    expect(dateline.document).toMatchObject({ date_raw: 'June 2018', date_iso: null, report_year: 2018 });
    const period = extract('NATIONAL REPORT OF GHANA\nReporting period: January 2016 – June 2018\n1. Legislation\nThe Arms Act applies to all firearms.\n');
    expect(period.document).toMatchObject({ date_raw: null, report_year: null });
  });

  it('takes the submission date from a dateline (a place, a comma, the date), in any language', () => {
    const es = extract('INFORME NACIONAL DE LA REPÚBLICA DE HONDURAS\nTegucigalpa, 3 de abril del 2017\n\n1. Legislación\nLa Ley de Control de Armas de Fuego regula la tenencia de armas.\n');
    expect(es.document).toMatchObject({ date_raw: '3 de abril del 2017', date_iso: '2017-04-03', report_year: 2017 });
    const fr = extract('RAPPORT NATIONAL DU SÉNÉGAL\nsur la mise en œuvre du Programme d’action\nFait à Dakar, le 14 avril 2016\nI. Législation\nLa loi de 1966 régit les armes et leurs munitions.\n');
    expect(fr.document).toMatchObject({ date_raw: '14 avril 2016', date_iso: '2016-04-14', report_year: 2016 });
    const en = extract('NATIONAL REPORT OF GRENADA\nSt. George’s, 06/05/2011\n1. Stockpile management\nArmouries are inspected by the police.\n');
    expect(en.document).toMatchObject({ date_raw: '06/05/2011', date_iso: null, report_year: 2011 });
    // A header sentence ending in a date after a comma is no dateline: the report year is not taken from it.
    const sentence = extract('NATIONAL REPORT OF GRENADA\nThe national commission on small arms met twice in the capital, 6 May 2010\n1. Stockpile management\nArmouries are inspected by the police.\n');
    expect(sentence.document).toMatchObject({ date_raw: null, report_year: null });
  });
});

describe('report structure', () => {
  it('makes no section of a numbered heading whose text is all in its sub-sections; sub-sections keep its topic when theirs is unknown', () => {
    const out = extract('NATIONAL REPORT OF FIJI\nDate: 14 March 2016\n4. Stockpile management\n4.1 Police armouries\nEach armoury has an alarm.\n4.2 Military depots\nDepots are fenced.\n5. Legislation\nThe Arms Act applies.\n');
    expect(out.sections.map((s) => [s.heading_raw, s.topic, s.answer, s.line_start])).toEqual([
      ['4.1 Police armouries', 'stockpile_management', 'Each armoury has an alarm.', 4],
      ['4.2 Military depots', 'stockpile_management', 'Depots are fenced.', 6],
      ['5. Legislation', 'legislation', 'The Arms Act applies.', 8],
    ]);
  });

  it('nests headings by numbering style: Roman numerals above capital letters above Arabic numbers', () => {
    const out = extract(
      'RAPPORT NATIONAL DU NIGER\nDate : 4 juin 2015\nI. COORDINATION NATIONALE\nA. Commission nationale\nLa Commission coordonne les ministères.\nB. Points focaux\nChaque région a un point focal.\nII. LÉGISLATION\nLa loi de 2004 s’applique.\n',
    );
    expect(out.sections.map((s) => [s.heading_raw, s.topic, s.line_start])).toEqual([
      ['A. Commission nationale', 'national_coordination', 4],
      ['B. Points focaux', 'national_coordination', 6],
      ['II. LÉGISLATION', 'legislation', 8],
    ]);
    const en = extract('NATIONAL REPORT OF GHANA\nDate: 9 May 2014\nA. Stockpile management\n1. Police armouries\nEach armoury has an alarm.\nB. Legislation\nThe Arms Act applies.\n');
    expect(en.sections.map((s) => [s.heading_raw, s.topic])).toEqual([
      ['1. Police armouries', 'stockpile_management'],
      ['B. Legislation', 'legislation'],
    ]);
    // Two headings of the same style: the first is an empty section of its own.
    const flat = extract('NATIONAL REPORT OF GHANA\nDate: 9 May 2014\nI. Stockpile management\nII. Legislation\nThe Arms Act applies.\n');
    expect(flat.sections.map((s) => [s.heading_raw, s.answer])).toEqual([
      ['I. Stockpile management', null],
      ['II. Legislation', 'The Arms Act applies.'],
    ]);
  });

  it('keeps a heading with text of its own above its sub-sections', () => {
    const out = extract('NATIONAL REPORT OF FIJI\nDate: 14 March 2016\n4. Stockpile management\nTwo agencies hold weapons.\n4.1 Police armouries\nEach armoury has an alarm.\n');
    expect(out.sections.map((s) => s.heading_raw)).toEqual(['4. Stockpile management', '4.1 Police armouries']);
  });

  it('reads a one-word answer written on the question line', () => {
    const out = extract('INFORME NACIONAL DE BOLIVIA\nFecha: 3 de abril de 2018\n1. ¿Existe un organismo nacional de coordinación? Sí\n2. ¿Se marcan las armas importadas?\n3. ¿Recibió su país solicitudes de rastreo? No.\n');
    expect(out.sections.map((s) => [s.question, s.answer])).toEqual([
      ['1. ¿Existe un organismo nacional de coordinación?', 'Sí'],
      ['2. ¿Se marcan las armas importadas?', null],
      ['3. ¿Recibió su país solicitudes de rastreo?', 'No'],
    ]);
    // The question with nothing under it is kept with a NULL answer, and said so.
    expect(out.issues.filter((i) => i.rule === 'no-response').map((i) => [i.severity, i.line_start])).toEqual([['info', 4]]);
  });
});

describe('counts in a report', () => {
  it('reads a statement wrapped before a line that opens with a quotation mark or a bracket as one statement', () => {
    const out = extract(
      'RAPPORT NATIONAL DU MALI\nDate : 4 juin 2016\nII. Collecte et destruction\nEn 2015, 2 918 armes ont été détruites à Bamako lors de la cérémonie de la\n« Flamme de la paix » à laquelle ont assisté 500 personnes.\nEn 2014, la Police nationale a saisi 410 armes lors de l’opération\n(dite « Sanni ») menée dans le nord.\n',
    );
    expect(out.count_statements.map((s) => [s.total, s.line_start, s.line_end])).toEqual([
      [2918, 4, 5],
      [410, 6, 7],
    ]);
  });

  it('reads a text table under its caption: each count is its row label, the Total row the total', () => {
    const out = extract(
      'NATIONAL REPORT OF GUYANA\nDate: 9 May 2014\n3. Collection and destruction\nTable 2: Weapons seized in 2013 by the Guyana Police Force\nCategory Quantity\nRevolvers 57\nShotguns 1,130\nPistols 210\nTotal 1,397\nThe weapons are stored pending trial.\n',
    );
    expect(out.count_statements).toHaveLength(1);
    const s = out.count_statements[0];
    expect([s?.year, s?.action, s?.agency, s?.total, s?.components_sum, s?.reconciliation, s?.line_start, s?.line_end]).toEqual([2013, 'seized', 'police', 1397, 1397, 'balanced', 4, 9]);
    expect(s?.counts.map((c) => [c.quantity, c.category, c.category_raw, c.is_total])).toEqual([
      [57, 'revolvers', 'Revolvers', false],
      [1130, 'shotguns', 'Shotguns', false],
      [210, 'pistols', 'Pistols', false],
      [1397, 'firearms', 'Total', true],
    ]);
  });

  it('never gives a number at the end of a line the words of the next line when a label precedes it', () => {
    const { statements } = extractCountStatements([{ text: 'Destroyed in 2015:\nRifles 40\nPistols 12', span: { lineStart: 1, lineEnd: 3 } }], { reportedIn: 2016, language: 'en' });
    expect(statements[0]?.counts.map((c) => [c.quantity, c.category])).toEqual([[40, 'rifles'], [12, 'pistols']]);
  });

  it('lists a total written after its parts in document order, and finds the agency after the total', () => {
    const { statements } = extractCountStatements(
      [{ text: 'In 2019, residents handed in 300 weapons to the police, namely 200 rifles and 100 pistols. En 2018, les douanes ont saisi 12 pistolets et 8 fusils, soit au total 20 armes.', span: { lineStart: 1, lineEnd: 1 } }],
      { reportedIn: 2020, language: null },
    );
    expect(statements.map((s) => [s.year, s.action, s.agency, s.total, s.reconciliation])).toEqual([[2019, 'surrendered', 'police', 300, 'balanced'], [2018, 'seized', 'customs', 20, 'balanced']]);
    expect(statements[1]?.counts.map((c) => [c.quantity, c.is_total])).toEqual([[12, false], [8, false], [20, true]]);
  });

  it('takes the year that ends a date range inside one year', () => {
    const { statements } = extractCountStatements([{ text: 'During the amnesty from 1 June to 30 September 2016, the public surrendered 480 firearms.', span: { lineStart: 1, lineEnd: 1 } }], { reportedIn: 2017, language: 'en' });
    expect(statements.map((s) => [s.year, s.year_basis, s.total])).toEqual([[2016, 'stated', 480]]);
  });
});

describe('sentences wrapped before a capitalised word', () => {
  const report = (wrapped: string) =>
    [
      'NATIONAL REPORT OF THE REPUBLIC OF GHANA ON THE IMPLEMENTATION OF THE PROGRAMME OF ACTION ON SMALL ARMS',
      '1. Collection and destruction',
      'The Ghana Police Service keeps the register of all the weapons taken out of circulation in the country and',
      'publishes it every year; the figures of the last three years are given below for each of the regions.',
      'The National Commission on Small Arms and Light Weapons supervised every destruction ceremony held in',
      'the regions, with observers from civil society and from the diplomatic community attending each one.',
      wrapped,
      '2. Marking',
      'All imported weapons are marked with the country code and the year of import before they are released.',
    ].join('\n');

  it('keeps a sentence whole when its wrapped line opens with a name (`... at the border post of Elubo` / `Aflao, of which ...`)', () => {
    const out = extract(report('In 2015 the Customs Excise and Preventive Service seized 64 firearms at the border posts of Elubo\nAflao, of which 41 pistols and 23 rifles.'));
    const statement = out.count_statements[0];
    expect(statement).toMatchObject({ total: 64, components_sum: 64, line_start: 7, line_end: 8 });
  });

  it('still starts a new paragraph after a short line, or a full one ending in punctuation', () => {
    const out = extract(report('In 2015 the Customs Excise and Preventive Service seized 64 firearms at the border posts.\nAflao, the main post, seized 41 pistols in 2016.'));
    expect(out.count_statements.map((s) => [s.total, s.line_start, s.line_end])).toEqual([[64, 7, 7], [41, 8, 8]]);
  });
});

describe('where the report year comes from', () => {
  const withContext = (text: string, reportYear: number | null) =>
    poaReportExtractor.extract(decodePlainText(text, 'utf-8'), { kind: 'poa_report', countryIso3: null, reportYear, language: null, sourcePath: 'x.txt' }).document;
  const body = '1. Legislation\nThe Firearms Act regulates the possession of firearms and of their ammunition.\n';

  it('the date of the report, else the year in its UN symbol, else one in its title, else the sidecar', () => {
    expect(withContext(`NATIONAL REPORT OF GHANA\nDate of submission: 2 July 2012\n${body}`, null)).toMatchObject({ report_year: 2012, report_year_basis: 'submission' });
    expect(withContext(`NATIONAL REPORT OF GHANA\nAccra, 2 July 2012\n${body}`, null)).toMatchObject({ report_year: 2012, report_year_basis: 'date' });
    expect(withContext(`A/CONF.192/BMS/2014/NR/27\nNATIONAL REPORT OF KENYA\n${body}`, null)).toMatchObject({ report_year: 2014, report_year_basis: 'document_code' });
    expect(withContext(`NATIONAL REPORT OF BELIZE 2016\n${body}`, null)).toMatchObject({ report_year: 2016, report_year_basis: 'title' });
    expect(withContext(`NATIONAL REPORT OF BELIZE\n${body}`, 2018)).toMatchObject({ report_year: 2018, report_year_basis: 'sidecar' });
    expect(withContext(`NATIONAL REPORT OF BELIZE\n${body}`, null)).toMatchObject({ report_year: null, report_year_basis: null });
  });
});

describe('a line opening in lower case goes on the sentence of the line before, whatever that line ends with', () => {
  // Header (2 lines) and heading: the sentence under test starts on line 4.
  const statements = (header: string, heading: string, body: string) =>
    extract(`${header}\n${heading}\n${body}\n`).count_statements.map((s) => [s.year, s.action, s.agency, s.total, s.line_start, s.line_end]);
  const en = (body: string) => statements('NATIONAL REPORT OF KENYA\nDate: 30 April 2024', '3. Collection and destruction', body);

  it('after an acronym, a name, a bracket, a percentage or an abbreviation point (English)', () => {
    expect(en('In 2023 residents surrendered 436 firearms and the Kenya Defence Forces (KDF)\ncollected a further 212 weapons in Baringo.')).toEqual([
      [2023, 'surrendered', null, 436, 4, 5],
      [2023, 'collected', 'defence', 212, 4, 5],
    ]);
    // An acronym the report defined before: `... and the KDF` / `collected ...`.
    expect(en('The Kenya Defence Forces (KDF) guard the border.\nIn 2023 residents surrendered 436 firearms and the KDF\ncollected a further 212 weapons in Baringo.')).toEqual([
      [2023, 'surrendered', null, 436, 5, 6],
      [2023, 'collected', 'defence', 212, 5, 6],
    ]);
    expect(en('In 2021 the Customs Service of Mombasa\nseized 27 pistols at the port.')).toEqual([[2021, 'seized', 'customs', 27, 4, 5]]);
    expect(en('During 2020 the number of checkpoints grew by 14 %\nand customs officers seized 75 rifles.')).toEqual([[2020, 'seized', null, 75, 4, 5]]);
    expect(en('In 2019 the police, acting with INTERPOL\nand the U.N.\nseized 31 pistols.')).toEqual([[2019, 'seized', null, 31, 4, 6]]);
  });

  it('in French, Spanish and Russian', () => {
    const fr = statements('RAPPORT NATIONAL DU MALI\nDate : 4 juin 2016', 'II. Collecte et destruction', 'En 2015, les Forces armées maliennes (FAMa)\nont détruit 120 fusils à Gao.');
    expect(fr).toEqual([[2015, 'destroyed', 'defence', 120, 4, 5]]);
    const es = statements('INFORME NACIONAL DE MÉXICO\nFecha: 3 de abril de 2017', '2. Recolección y destrucción', 'En 2016 la Secretaría de la Defensa Nacional (SEDENA)\ndestruyó 1.200 armas de fuego en Sonora.');
    expect(es).toEqual([[2016, 'destroyed', 'defence', 1200, 4, 5]]);
    const ru = statements('НАЦИОНАЛЬНЫЙ ДОКЛАД РЕСПУБЛИКИ КАЗАХСТАН\nДата: 12 мая 2016 г.', '2. Сбор и уничтожение оружия', 'В 2015 году органы внутренних дел (МВД)\nизъяли 640 единиц огнестрельного оружия.');
    expect(ru).toEqual([[2015, 'seized', 'police', 640, 4, 5]]);
  });

  it('never joins a bullet or a lettered item (`a) ...`) to the line before', () => {
    expect(en('In 2023 the police destroyed 1,105 firearms with the KDF\na) the police seized 40 rifles in 2022.')).toEqual([
      [2023, 'destroyed', 'police', 1105, 4, 4],
      [2022, 'seized', 'police', 40, 5, 5],
    ]);
    expect(en('In 2023 the police destroyed 1,105 firearms with the KDF\n- the police seized 40 rifles in 2022.')).toEqual([
      [2023, 'destroyed', 'police', 1105, 4, 4],
      [2022, 'seized', 'police', 40, 5, 5],
    ]);
  });
});
