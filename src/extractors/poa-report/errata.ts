/**
 * A report's errata (`In Table 3, for the 2021 figure of weapons destroyed (1,350) read 1,305`): the report itself
 * declares a figure it gave wrong and gives the one that replaces it. The figure read from the table or the sentence
 * is replaced where the erratum names it beyond doubt; the superseded figure is never loaded silently.
 */
import type { Language } from '../../language/types.ts';
import type { Extraction } from '../../model/records.ts';
import { findActions } from '../../transforms/categories.ts';
import { ERRATUM, NAMED_YEARS } from '../../transforms/count-statements/compile.ts';
import { asciiDigits, findIntegerTokens, parseIntegerToken } from '../../transforms/quantity.ts';
import type { DocLine } from '../poa-shared/lines.ts';

/**
 * Applies every erratum line of `lines` to the statements already read into `out`: the one count whose figure is the
 * erratum's old one (narrowed by the year and the action the erratum names) takes the new figure, when it is its
 * statement's only count, with a step and a warning naming the erratum. An erratum that names no loaded figure, or
 * several, or one inside a breakdown, is reported: a warning that the figure may be superseded.
 */
export function applyErrata(out: Extraction, lines: readonly DocLine[], language: Language | null): void {
  for (const line of lines) {
    const erratum = ERRATUM.exec(line.text);
    const groups = erratum?.groups;
    if (!erratum || !groups) continue;
    const what = groups.what ?? '';
    // The superseded figure is the one number of the description that is no year (`the 2021 figure ... (1,350)`).
    const yearsAt = [...asciiDigits(what).matchAll(NAMED_YEARS)];
    const years = yearsAt.map((m) => Number(/\d{4}/u.exec(m[0])?.[0]));
    const figures = findIntegerTokens(what, language).filter((token) => !yearsAt.some((m) => m.index === token.index));
    const written = figures.length === 1 ? figures[0] : undefined;
    const replacement = parseIntegerToken((groups.replacement ?? '').trim(), language);
    if (written === undefined || replacement === null || written.value === replacement) continue;
    const old = written.value;
    const actions = new Set(findActions(what).map((a) => a.code));
    const words = erratum[0].trim();
    const candidates = out.count_statements.flatMap((statement, index) =>
      statement.counts
        .filter((count) => count.quantity === old && statement.line_start !== line.no)
        .filter(() => (years.length === 0 || years.includes(statement.year ?? -1)) && (actions.size === 0 || (statement.action !== null && actions.has(statement.action))))
        .map((count) => ({ statement, index, count })),
    );
    const only = candidates.length === 1 ? candidates[0] : undefined;
    if (only && only.statement.counts.length === 1) {
      only.count.quantity = replacement;
      // The new figure is written in the erratum, not in the row: the step cites the erratum's words.
      only.count.steps = [...(only.count.steps ?? []), { column: 'quantity', source_words: words, rule: 'erratum.replaced', lexicon_entry: null, language, value: String(replacement) }];
      if (only.count.is_total) only.statement.total = replacement;
      only.statement.steps = [
        ...(only.statement.steps ?? []),
        { column: 'total', source_words: words, rule: 'erratum.replaced', lexicon_entry: null, language, value: String(replacement) },
      ];
      out.issues.push({
        severity: 'warning',
        rule: 'count-corrected',
        message: `The erratum at line ${line.no} ("${words}") replaces the figure ${written.raw} of line ${only.statement.line_start}: ${groups.replacement} is loaded, ${written.raw} never.`,
        line_start: line.no,
        record: { table: 'count_statements', index: only.index },
      });
      continue;
    }
    const where = candidates.length === 0 ? 'no figure read from the report is that one' : `it may be the one of line${candidates.length > 1 ? 's' : ''} ${[...new Set(candidates.map((c) => c.statement.line_start))].join(', ')}, which is loaded as written`;
    out.issues.push({
      severity: 'warning',
      rule: 'erratum-not-applied',
      message: `The erratum at line ${line.no} ("${words}") replaces a figure ${written.raw} by ${groups.replacement}, but ${where}: check it by hand.`,
      line_start: line.no,
    });
  }
}
