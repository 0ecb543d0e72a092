/**
 * Owner/manager of a munitions site, as the explosion tables write it: `State (military)`,
 * `Non-state (company)`, `State (police)`, sometimes one word (`Military`, `Police`, `Private company`)
 * or another language (`Estado (militar)`, `État (police)`). Mapped to the warehouse vocabulary
 * owner_type (`state`, `non_state`) and owner_sector (`military`, `police`, `company`, `other`).
 * A word outside the vocabulary is never forced into it: that part stays null and the caller flags it.
 */

export type OwnerType = 'state' | 'non_state';
export type OwnerSector = 'military' | 'police' | 'company' | 'other';

export interface OwnerReading {
  owner_type: OwnerType | null;
  owner_sector: OwnerSector | null;
  /** True when every word of the raw text was understood (a bare `State` is fully understood: no sector given). */
  recognised: boolean;
}

const NON_STATE = /^(?:non[-\s‐–]?state|non[-\s‐–]?governmental|private|privately[-\s]owned|non[-\s]?étatique|no[-\s]?estatal|não[-\s]?estatal|privado|privée?|جهة غير حكومية|(?:جهة\s+)?غير\s+(?:ال)?حكومي(?:ة)?|غير\s+تابع(?:ة)?\s+للدولة|(?:قطاع\s+)?خاص(?:ة)?|негосударственн\p{L}*|частн\p{L}*)$/iu;
const STATE = /^(?:state|government(?:al)?|public|state[-\s]owned|national|[ée]tat|etat|estado|gobierno|estatal|(?:ال)?دولة|(?:جهة\s+)?حكومي(?:ة)?|(?:ال)?حكومة|государств\p{L}*)$/iu;

const SECTORS: ReadonlyArray<{ sector: OwnerSector; pattern: RegExp; impliesType?: OwnerType }> = [
  {
    sector: 'military',
    pattern: /^(?:military|army|armed forces|navy|naval|air force|defen[cs]e(?: forces)?|ministry of defen[cs]e|militaire|militar|fuerzas armadas|ej[ée]rcito|arm[ée]e|عسكري(?:ة)?|(?:ال)?جيش|(?:ال)?قوات\s+(?:ال)?مسلحة|وزارة\s+الدفاع|военн\p{L}*|арми\p{L}*|вооруж[её]нные силы|министерство обороны)$/iu,
    impliesType: 'state',
  },
  {
    sector: 'police',
    pattern: /^(?:police|law enforcement|ministry of (?:the )?interior|interior ministry|gendarmerie|polic[ií]a|polícia|(?:ال)?شرطة|وزارة\s+الداخلية|полици\p{L}*|милици\p{L}*|мвд)$/iu,
    impliesType: 'state',
  },
  {
    sector: 'company',
    pattern: /^(?:company|(?:private\s+)?(?:security\s+|military\s+)?compan(?:y|ies)|(?:private\s+)?contractors?|commercial|industry|industrial|manufacturer|firm|corporation|enterprise|entreprise|empresa|compa[ñn][ií]a|soci[ée]t[ée]|شركة(?:\s+خاصة)?|تجاري(?:ة)?|(?:частн\p{L}*\s+)?компани\p{L}*|предприяти\p{L}*)$/iu,
    impliesType: 'non_state',
  },
  { sector: 'other', pattern: /^(?:other|others|autre|otro|otra|أخرى|آخر|друг\p{L}*|ино\p{L}*)$/iu },
];

function readSector(words: string): { sector: OwnerSector; impliesType?: OwnerType } | null {
  const t = words.trim().replace(/\s+/g, ' ');
  for (const entry of SECTORS) if (entry.pattern.test(t)) return entry;
  return null;
}

function readType(words: string): OwnerType | null {
  const t = words.trim().replace(/\s+/g, ' ');
  if (NON_STATE.test(t)) return 'non_state';
  if (STATE.test(t)) return 'state';
  return null;
}

/**
 * Reads an owner/manager cell.
 *
 * @example normaliseOwner('State (military)')    // { owner_type: 'state', owner_sector: 'military', recognised: true }
 * @example normaliseOwner('Non-state (company)') // { owner_type: 'non_state', owner_sector: 'company', recognised: true }
 * @example normaliseOwner('State (navy base)')   // { owner_type: 'state', owner_sector: null, recognised: false }
 */
export function normaliseOwner(raw: string): OwnerReading {
  const text = raw.trim().replace(/\s+/g, ' ');
  const unknown: OwnerReading = { owner_type: null, owner_sector: null, recognised: false };
  if (text === '') return unknown;

  // `Type (sector)` first, then `Type – sector`, `Type, sector`, `Type/sector` (a hyphen only with spaces
  // around it, so `Non-state` stays one word).
  const shaped = /^(.+?)\s*\(([^()]+)\)$/u.exec(text) ?? /^(.+?)(?:\s+[-–—]\s+|\s*[,/:]\s*|\s*[–—]\s*)(.+)$/u.exec(text);
  if (shaped) {
    const head = shaped[1] ?? '';
    const tail = shaped[2] ?? '';
    const type = readType(head);
    const sector = readSector(tail);
    if (type !== null || sector !== null) {
      return { owner_type: type, owner_sector: sector?.sector ?? null, recognised: type !== null && sector !== null };
    }
    // `Military (state)`: the other way round.
    const swappedType = readType(tail);
    const swappedSector = readSector(head);
    if (swappedType !== null || swappedSector !== null) {
      return {
        owner_type: swappedType,
        owner_sector: swappedSector?.sector ?? null,
        recognised: swappedType !== null && swappedSector !== null,
      };
    }
    return unknown;
  }

  const type = readType(text);
  if (type !== null) return { owner_type: type, owner_sector: null, recognised: true };
  const sector = readSector(text);
  // A bare sector that can only belong to one owner type (an army is the state's) gives the type too.
  if (sector !== null) return { owner_type: sector.impliesType ?? null, owner_sector: sector.sector, recognised: true };
  return unknown;
}
