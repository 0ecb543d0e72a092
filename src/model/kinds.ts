export const DOCUMENT_KINDS = ['amap_profile', 'poa_profile', 'poa_report'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** Provenance and overrides from an optional `<file>.meta.json` sidecar. */
export interface SidecarMeta {
  source_url?: string;
  retrieved_at?: string;
  kind?: DocumentKind;
  country_iso3?: string;
  report_year?: number;
  language?: string;
}
