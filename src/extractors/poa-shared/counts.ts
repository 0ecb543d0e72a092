import type { Extraction } from '../../model/records.ts';
import { extractCountStatements, type CountContext, type ProseUnit } from '../../transforms/count-statements/index.ts';

/**
 * Runs the count-statement parser on one attribution group (or one report section) and appends what it
 * finds to the extraction, re-basing its issues onto the extraction's `count_statements`.
 */
export function addCountStatements(out: Extraction, units: ProseUnit[], ctx: CountContext): void {
  if (units.length === 0) return;
  let found: ReturnType<typeof extractCountStatements>;
  try {
    found = extractCountStatements(units, ctx);
  } catch (cause) {
    // NOTE: the parser promises never to throw; if it does, the rest of the document is still worth loading.
    out.issues.push({
      severity: 'error',
      rule: 'count-parser-failed',
      message: `Count statements of lines ${units[0]?.span.lineStart}-${units[units.length - 1]?.span.lineEnd} not read: ${String(cause)}`,
      line_start: units[0]?.span.lineStart ?? null,
    });
    return;
  }
  const offset = out.count_statements.length;
  out.count_statements.push(...found.statements);
  for (const issue of found.issues) {
    out.issues.push(
      issue.record?.table === 'count_statements' ? { ...issue, record: { table: 'count_statements', index: issue.record.index + offset } } : issue,
    );
  }
}
