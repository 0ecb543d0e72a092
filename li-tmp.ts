import { readFileSync } from 'node:fs';
import { classify } from './src/classify/document.ts';
import { decodeHtmlText, htmlParser } from './src/decoders/html.ts';
import { poaProfileExtractor } from './src/extractors/poa-profile/index.ts';
const path = 'tests/fixtures/fresh7/docs/p8_poa_bhs_html_report_status_table.html';
const model = decodeHtmlText(readFileSync(path, 'utf8'), 'utf-8', await htmlParser());
const out = poaProfileExtractor.extract(model, { kind: 'poa_profile', countryIso3: 'BHS', reportYear: null, language: null, sourcePath: path });
console.log(out.report_submissions.map((r) => [r.report_year, r.language, r.language_raw, r.line_start]));
for (const i of out.issues) console.log(i.severity, i.rule, i.message);
