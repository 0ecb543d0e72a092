import { describe, expect, it } from 'vitest';
import { classify } from '../../src/classify/document.ts';
import { decodePlainText } from '../../src/decoders/text.ts';
import type { RawFile } from '../../src/model/raw-file.ts';
import type { SidecarMeta } from '../../src/model/kinds.ts';
import { guessUnreadLanguage } from '../../src/transforms/languages.ts';

/** A document in a language no lexicon reads is named as such, never read with another language's words. */
const file = (meta: SidecarMeta | null = null): RawFile => ({ path: 'x/report.txt', absPath: '/x/report.txt', sha256: '0', sizeBytes: 1, mtime: '2024-01-01T00:00:00Z', meta, metaProblem: null });

const german = [
  'Nationaler Bericht der Schweiz über die Umsetzung des Aktionsprogramms',
  '1. Nationale Koordinierung',
  'Die Koordination liegt beim Eidgenössischen Departement für auswärtige Angelegenheiten, das sich mit den Kantonen abstimmt.',
  '2. Sicherstellung und Vernichtung',
  'Im Jahr 2022 wurden von der Kantonspolizei 1.250 Waffen sichergestellt und nach dem Verfahren vernichtet, die meisten davon aus Nachlässen.',
  'Die Armee hat im selben Jahr 800 Gewehre vernichtet; die Kosten wurden vom Bund übernommen, der auch die Lagerung der Munition überprüft.',
].join('\n');

const italian = [
  'Rapporto nazionale della Repubblica Italiana sul Programma d’azione',
  'Nel 2021 sono state sequestrate dalla Polizia di Stato 2.300 armi da fuoco, delle quali 1.100 pistole.',
  'Il registro nazionale delle armi è gestito dal Ministero dell’Interno, che ne cura anche gli aggiornamenti con le questure.',
  'Sono stati distrutti anche 4.000 fucili degli arsenali militari nella stessa operazione, con il sostegno dei partner.',
].join('\n');

const indonesian = [
  'Laporan nasional Republik Indonesia tentang pelaksanaan Program Aksi',
  'Pada tahun 2021, Tentara Nasional Indonesia memusnahkan 3.400 pucuk senjata api yang tidak layak pakai di gudang Surabaya.',
  'Direktorat Intelijen Keamanan mencatat izin senjata api untuk olahraga menembak dan berburu, yang diperbarui setiap tahun oleh kepolisian daerah.',
  'Sebanyak 75 pucuk senjata rakitan diserahkan oleh warga kepada polisi di Maluku dalam program tersebut.',
].join('\n');

const turkish = [
  'Türkiye Cumhuriyeti ulusal raporu, Eylem Programı uygulaması hakkında',
  'Sahil Güvenlik Komutanlığı tarafından 2021 yılında denizde 640 adet tabanca ele geçirilmiş ve adli makamlara teslim edilmiştir.',
  'Ruhsat işlemleri İçişleri Bakanlığı ile il emniyet müdürlükleri tarafından yürütülür ve kayıtlar bir merkezi sistemde tutulur.',
  'Ayrıca aynı yıl içinde 1.200 adet kaçak av tüfeği imha edilmiştir; bu işlem için özel bir komisyon kurulmuştur.',
].join('\n');

describe('guessUnreadLanguage', () => {
  it('names Indonesian and Turkish prose', () => {
    expect(guessUnreadLanguage(indonesian)?.code).toBe('id');
    expect(guessUnreadLanguage(turkish)?.code).toBe('tr');
    expect(classify(file(), decodePlainText(indonesian, 'utf-8')).kindReason).toMatch(/^not read: written in Indonesian \(id\).*add a lexicon/u);
    expect(classify(file(), decodePlainText(turkish, 'utf-8')).kindReason).toMatch(/^not read: written in Turkish \(tr\).*add a lexicon/u);
  });


  it('names German and Italian prose', () => {
    expect(guessUnreadLanguage(german)?.code).toBe('de');
    expect(guessUnreadLanguage(italian)?.code).toBe('it');
  });

  it('says nothing of a registered language, nor of an English report quoting a German title', () => {
    const english = [
      'National report of Liechtenstein on the implementation of the Programme of Action',
      'The national police seized 120 firearms in 2020, which were destroyed by the army in the same year.',
      'The law ("Gesetz über Waffen, Waffenteile und Munition", the Waffengesetz) was amended in 2019 and is applied by the police.',
      'Marking of all firearms is required by the law, with the name of the maker and the serial number.',
    ].join('\n');
    expect(guessUnreadLanguage(english)).toBeNull();
    expect(guessUnreadLanguage('Em 2020, a Polícia Federal apreendeu 12.486 armas de fogo, das quais 8.000 pistolas, e destruiu outras 3.000 armas que estavam nos depósitos da polícia e do exército.'.repeat(3))).toBeNull();
  });
});

describe('classify on a document in a language with no lexicon', () => {
  it('gives no kind and says which language it is and what to do', () => {
    const out = classify(file(), decodePlainText(german, 'utf-8'));
    expect(out.kind).toBeNull();
    expect(out.unreadLanguage).toEqual({ code: 'de', name: 'German' });
    expect(out.kindReason).toMatch(/^not read: written in German \(de\), a language with no lexicon.*add a lexicon/u);
  });

  it('keeps the kind a sidecar gives, with a warning naming the language', () => {
    const out = classify(file({ kind: 'poa_report' }), decodePlainText(german, 'utf-8'));
    expect(out.kind).toBe('poa_report');
    expect(out.issues.filter((i) => i.rule === 'unsupported-language').map((i) => i.severity)).toEqual(['warning']);
  });

  it('takes the sidecar language when it names one without a lexicon', () => {
    const out = classify(file({ language: 'nl' }), decodePlainText('Nationaal rapport.\n', 'utf-8'));
    expect(out.unreadLanguage).toEqual({ code: 'nl', name: 'Dutch' });
    expect(out.kind).toBeNull();
  });
});
