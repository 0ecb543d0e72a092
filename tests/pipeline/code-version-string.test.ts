import { describe, expect, it } from 'vitest';
import { codeVersionFrom } from '../../src/pipeline/versions-in-force.ts';

// The run's `code_version`, from one `git status --porcelain=v2 --branch --untracked-files=no`.
describe('codeVersionFrom', () => {
  const header = '# branch.oid a1592d8ae30e9a3332688c830a2be4154a5f2129\n# branch.head main\n';

  it('is the package version plus the short commit on a clean checkout', () => {
    expect(codeVersionFrom('0.1.0', header)).toBe('0.1.0+a1592d8');
  });

  it('says -dirty when a tracked file differs from the commit', () => {
    const changed = `${header}1 .M N... 100644 100644 100644 959c3e89 959c3e89 bin/build-cli.js\n`;
    expect(codeVersionFrom('0.1.0', changed)).toBe('0.1.0+a1592d8-dirty');
  });

  it('is the package version alone outside git or before the first commit', () => {
    expect(codeVersionFrom('0.2.0', null)).toBe('0.2.0');
    expect(codeVersionFrom('0.2.0', '# branch.oid (initial)\n# branch.head main\n')).toBe('0.2.0');
  });
});
