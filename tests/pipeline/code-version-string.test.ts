import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeVersionFrom, GIT_STATUS } from '../../src/pipeline/versions-in-force.ts';

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

describe('the git command behind code_version', () => {
  it('reads the checkout without writing its index (no .git/index.lock a commit could collide with)', () => {
    const repo = mkdtempSync(join(tmpdir(), 'salw-git-'));
    const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, stdio: ['ignore', 'pipe', 'ignore'] }).toString();
    git('init', '-q');
    writeFileSync(join(repo, 'a.txt'), 'one\n');
    git('add', 'a.txt');
    git('-c', 'user.name=t', '-c', 'user.email=t@example', 'commit', '-qm', 'one');
    // A new time on the same bytes: plain `git status` would refresh the index's stat data and write it.
    utimesSync(join(repo, 'a.txt'), new Date(Date.now() + 5_000), new Date(Date.now() + 5_000));
    const before = readFileSync(join(repo, '.git', 'index'));
    const status = git(...GIT_STATUS);
    expect(codeVersionFrom('0.1.0', status)).toMatch(/^0\.1\.0\+[0-9a-f]{7}$/u);
    expect(readFileSync(join(repo, '.git', 'index')).equals(before)).toBe(true);
    git('status', '--porcelain');
    expect(readFileSync(join(repo, '.git', 'index')).equals(before)).toBe(false);
  });
});
