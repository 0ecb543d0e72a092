import { bounded, literal } from '../language/matchers.ts';
import { allLexicons } from '../language/registry.ts';
import { blockText, type DocumentModel } from '../model/document.ts';
import type { DocumentKind } from '../model/kinds.ts';

/**
 * The kind of a document, from what it says. Each kind has signals (phrases and line shapes seen across
 * the family, in the UN languages); the kind with the most signals wins, and a document with too few
 * signals for any kind is unknown, which the pipeline records and skips.
 */

interface Signal {
  pattern: RegExp;
  weight: number;
  /** Only look at the first lines (titles). */
  head?: boolean;
}

const SIGNALS: Record<DocumentKind, Signal[]> = {
  amap_profile: [
    // Section headings of the profile family, in English, French and Spanish (a whole block each).
    { pattern: /^\s*(?:accidental explosions|unplanned explosions(?: at munitions sites)?|explosions (?:accidentelles|non planifiées|imprévues)(?: sur (?:les|des) sites de munitions)?|explosiones (?:accidentales|no planificadas|imprevistas))\s*$/imu, weight: 2 },
    { pattern: /^\s*(?:cases of diversion|diversion|cas de détournement|détournements?|casos de desvío|desvíos?)\s*$/imu, weight: 2 },
    { pattern: /through-life management of ammunition|gestion des munitions tout au long de leur cycle de vie|gestión de (?:las )?municiones a lo largo de (?:todo )?su ciclo de vida/iu, weight: 2 },
    { pattern: /unplanned explosions at munitions sites|\bUEMS\b/i, weight: 1 },
    { pattern: /\bA-MAP\b/, weight: 1 },
    { pattern: /^\s*(?:disposal|stockpile disposal|élimination|eliminación)\s*$/imu, weight: 1 },
    { pattern: /^\s*(?:needs|assistance needs|besoins|necesidades)\s*$/imu, weight: 1 },
    { pattern: /ammunition management country profile|profil de pays sur la gestion des munitions|perfil de país sobre (?:la )?gestión de (?:las )?municiones/iu, weight: 2 },
    // The explosions table's header row, in any of the three languages.
    { pattern: /^\s*\|?\s*(?:year|année|año)\s*\|\s*(?:location|lieu|lugar)\s*\|/imu, weight: 1 },
  ],
  poa_profile: [
    { pattern: /PoA Implementation Kit|Kit de mise en œuvre du P(?:oA|dA)|Kit de (?:aplicación|implementación) del P(?:oA|dA)|Комплект по осуществлению/iu, weight: 3 },
    // `2010 : English Русский`: a report year and the languages it was submitted in. (No \b: it is ASCII-only.)
    { pattern: /^\s*\d{4}\s*:\s*(?:English|Fran[çc]ais|French|Espa[ñn]ol|Spanish|Русский|Russian|العربية|Arabic|中文|Chinese)(?=\s|$)/imu, weight: 3 },
    { pattern: /\((?:National Report|Rapport national|Informe nacional|Национальный доклад),?\s*\d{4}\)/iu, weight: 2 },
    { pattern: /^\s*\d{4}\s*-\s*\d+(?:st|nd|rd|th|e|er|º|°)?\s+(?:BMS|RBE|REB)\s*:/imu, weight: 2 },
    { pattern: /^\s*(?:Source\s*)?:\s*National Report on the implementation of the PoA/im, weight: 2 },
    { pattern: /Regional seminars, meetings, workshops/i, weight: 1 },
  ],
  poa_report: [
    // A title line, not the attributions `(National Report, 2005)` of a PoA page.
    { pattern: /^\s*(?:the\s+)?(?:national report|rapport national|informe nacional|национальный доклад)/imu, weight: 2, head: true },
    // Arabic and Chinese titles: `التقرير الوطني ...`; Chinese puts the country first and the report last (`...的国家报告`).
    { pattern: /^\s*التقرير الوطني|国家报告/mu, weight: 2, head: true },
    { pattern: /Programme of Action|Programme d[’']action|Programa de Acci[óo]n|Программ\p{L}* действий|برنامج العمل|行动纲领/iu, weight: 2, head: true },
    { pattern: /A\/CONF\.192\//, weight: 2, head: true },
    { pattern: /\[(?:PoA|ITI)\s+[IVX\d]/, weight: 2 },
    { pattern: /^(?:Date of submission|Дата представления|Date de soumission|Fecha de presentación|تاريخ (?:التقديم|تقديم التقرير)|提交日期)\s*[:：]/imu, weight: 2 },
    { pattern: /^(?:Reporting period|Période couverte|Período (?:de|del) informe)\s*:/im, weight: 1 },
  ],
};

/**
 * Signals of the languages whose phrases live in their lexicon (Portuguese): added to the kinds'
 * signals above, matched within the language's word boundary.
 */
for (const lexicon of allLexicons()) {
  for (const [kind, signals] of Object.entries(lexicon.kindSignals)) {
    const list = SIGNALS[kind as DocumentKind];
    if (!list) continue;
    for (const signal of signals) {
      list.push({ pattern: new RegExp(bounded(literal(signal.words), lexicon), 'iu'), weight: signal.weight, ...(signal.head ? { head: true } : {}) });
    }
  }
}

const HEAD_LINES = 15;
const MIN_SCORE = 3;

export interface KindDecision {
  kind: DocumentKind | null;
  scores: Record<DocumentKind, number>;
  /** Why the kind was chosen or why none was, for the documents table and the run log. */
  reason: string;
}

export function classifyKind(doc: Pick<DocumentModel, 'lines' | 'title' | 'blocks'>): KindDecision {
  const lines = blockText(doc);
  const full = [doc.title ?? '', ...lines].join('\n');
  const head = [doc.title ?? '', ...lines.slice(0, HEAD_LINES)].join('\n');
  const scores = { amap_profile: 0, poa_profile: 0, poa_report: 0 } as Record<DocumentKind, number>;
  for (const [kind, signals] of Object.entries(SIGNALS) as [DocumentKind, Signal[]][]) {
    for (const signal of signals) if (signal.pattern.test(signal.head ? head : full)) scores[kind] += signal.weight;
  }
  const ranked = (Object.entries(scores) as [DocumentKind, number][]).sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  const summary = ranked.map(([k, s]) => `${k} ${s}`).join(', ');
  if (!best || best[1] < MIN_SCORE) {
    return { kind: null, scores, reason: `unknown kind: too few signs of any known kind (${summary}); add a sidecar with "kind" if it is one` };
  }
  if (second && second[1] === best[1]) {
    return { kind: null, scores, reason: `unknown kind: equally like ${best[0]} and ${second[0]} (${summary}); add a sidecar with "kind"` };
  }
  return { kind: best[0], scores, reason: `classified ${best[0]} (${summary})` };
}
