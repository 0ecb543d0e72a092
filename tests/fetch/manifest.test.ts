import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseManifest } from '../../src/fetch/manifest.ts';
import { REPO_ROOT } from '../helpers/tmp.ts';

describe('the sources manifest', () => {
  it('the repository sources.yaml is valid and fetches nothing (every example is disabled or commented out)', () => {
    expect(parseManifest(readFileSync(join(REPO_ROOT, 'sources.yaml'), 'utf8'), 'sources.yaml')).toEqual([]);
  });

  it('reads entries with what is known of each document, leaving out disabled ones', () => {
    const text = [
      'sources:',
      '  - url: https://example.org/reports/ner-2022.pdf',
      '    kind: poa_report',
      '    country_iso3: ner',
      '    report_year: 2022',
      '    language: FR',
      '  - url: https://example.org/off.html',
      '    enabled: false',
      '  - url: http://example.org/profiles/peru',
    ].join('\n');
    expect(parseManifest(text, 'm.yaml')).toEqual([
      { url: 'https://example.org/reports/ner-2022.pdf', kind: 'poa_report', country_iso3: 'NER', report_year: 2022, language: 'fr' },
      { url: 'http://example.org/profiles/peru' },
    ]);
  });

  it.each([
    ['sources:\n  - url: https://example.org/a\n  - kind: poa_report\n', 'm.yaml:3: url is missing'],
    ['sources:\n  - url: ftp://example.org/a\n', 'm.yaml:2: url "ftp://example.org/a" is not http or https'],
    ['sources:\n  - url: https://example.org/a\n    kind: report\n', 'm.yaml:2: kind "report" is not one of amap_profile, poa_profile, poa_report'],
    ['sources:\n\n  - url: https://example.org/a\n    country_iso3: KE\n', 'm.yaml:3: country_iso3 "KE" is not an ISO 3166-1 alpha-3 code'],
    ['sources:\n  - url: https://example.org/a\n    year: 2020\n', 'm.yaml:2: unknown key "year" (expected url, listing, kind, country_iso3, report_year, language, enabled)'],
    ['sources:\n  - url: https://example.org/a\n    report_year: "20x"\n', 'm.yaml:2: report_year "20x" is not a year'],
    ['sources: https://example.org/a\n', 'm.yaml:1: "sources" must be a list of entries'],
    ['sources:\n  - url: https://example.org/a\n  - url: https://example.org/b\n    kind: brochure\n    enabled: false\n', 'm.yaml:3: kind "brochure" is not one of amap_profile, poa_profile, poa_report'],
    ['sources:\n  - url: https://example.org/a\n    enabled: "no"\n', 'm.yaml:2: enabled must be true or false'],
    ['sources:\n  - url: https://example.org/a\n    url: https://example.org/b\n  - url: https://example.org/c\n', 'm.yaml:3: not valid YAML (Map keys must be unique'],
  ])('refuses %j naming the line', (text, message) => {
    expect(() => parseManifest(text, 'm.yaml')).toThrow(message);
  });
});
