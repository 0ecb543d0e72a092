import { countryFromPath, isIso3, rankCountries } from './country.ts';
import { classifyKind } from './kind.ts';
import type { DocumentModel } from '../model/document.ts';
import type { DocumentKind } from '../model/kinds.ts';
import type { IssueDraft } from '../model/records.ts';
import type { RawFile } from '../model/raw-file.ts';

/** What a document is (kind) and whose (country), from the sidecar, the path and the content. */

export interface Classified {
  model: DocumentModel;
  kind: DocumentKind | null;
  kindReason: string;
  /** How sure the content classification is (0-1), NULL when it gave no kind; see classify/kind.ts. */
  kindConfidence: number | null;
  /** The signs the content showed, by kind and genre, whatever the sidecar says. */
  kindSigns: string;
  countryIso3: string | null;
  issues: IssueDraft[];
}

export function classify(file: RawFile, model: DocumentModel): Classified {
  const issues: IssueDraft[] = [];
  const ranked = rankCountries(model);
  const countryGiven = Boolean((file.meta?.country_iso3 && isIso3(file.meta.country_iso3)) || countryFromPath(file.path));
  const decision = classifyKind(model, ranked, { countryGiven });
  const kind = file.meta?.kind ?? decision.kind;
  const kindReason = file.meta?.kind ? `kind ${file.meta.kind} from the sidecar` : decision.reason;
  if (file.meta?.kind && decision.kind && decision.kind !== file.meta.kind) {
    issues.push({ severity: 'info', rule: 'kind-override', message: `${file.path}: the sidecar says ${file.meta.kind}, the content looks like ${decision.kind}; the sidecar wins`, line_start: null });
  }

  let countryIso3: string | null = null;
  const fromPath = countryFromPath(file.path);
  const [best, second] = ranked;
  const fromContent = best && best.score >= 2 && (!second || best.score > second.score) ? best.iso3 : null;
  if (file.meta?.country_iso3 && !isIso3(file.meta.country_iso3)) {
    issues.push({ severity: 'warning', rule: 'bad-sidecar', message: `${file.path}: the sidecar's country_iso3 "${file.meta.country_iso3}" is not an ISO 3166-1 alpha-3 country code; ignored (the country is read from the path or the content)`, line_start: null });
  }
  if (file.meta?.country_iso3 && isIso3(file.meta.country_iso3)) countryIso3 = file.meta.country_iso3;
  else if (fromPath) countryIso3 = fromPath;
  else countryIso3 = fromContent;
  if (countryIso3 && fromContent && fromContent !== countryIso3) {
    issues.push({ severity: 'warning', rule: 'country-disagreement', message: `${file.path}: the ${file.meta?.country_iso3 ? 'sidecar' : 'path'} says ${countryIso3}, the content mostly names ${fromContent}; ${countryIso3} used`, line_start: null });
  }
  if (!countryIso3) {
    const seen = ranked.slice(0, 3).map((c) => `${c.iso3} ${c.score}`).join(', ') || 'none';
    issues.push({ severity: 'warning', rule: 'country-unknown', message: `${file.path}: the country could not be told from the content (candidates: ${seen}); country_iso3 is NULL. Put the ISO3 code in the path (raw/KAZ/...) or a sidecar`, line_start: null });
  }
  // A sidecar's kind is not the classifier's: its confidence is the content's only when they agree.
  const kindConfidence = file.meta?.kind && file.meta.kind !== decision.kind ? null : decision.confidence;
  return { model, kind, kindReason, kindConfidence, kindSigns: decision.signs, countryIso3, issues };
}

