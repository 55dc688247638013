import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveAnkiOptions, UsageError } from '../../../src/cli/export-anki.ts';

describe('resolveAnkiOptions', () => {
  it('reads --out FILE and --out=FILE, and -o or --output as Marp and Slidev spell it', () => {
    expect(resolveAnkiOptions(['--out', 'deck.tsv'])).toEqual({ out: 'deck.tsv' });
    expect(resolveAnkiOptions(['--out=dist/deck.tsv'])).toEqual({ out: 'dist/deck.tsv' });
    expect(resolveAnkiOptions(['-o', 'deck.tsv'])).toEqual({ out: 'deck.tsv' });
    expect(resolveAnkiOptions(['--output', 'deck.tsv'])).toEqual({ out: 'deck.tsv' });
  });

  it.each([
    [[], 'export-anki: missing --out FILE (usage: export-anki --out FILE)'],
    [['--out'], 'export-anki: --out needs a file name (usage: export-anki --out FILE)'],
    [['--out='], 'export-anki: --out needs a file name (usage: export-anki --out FILE)'],
    [['--out', '--verbose'], 'export-anki: --out needs a file name (usage: export-anki --out FILE)'],
    [['--out', 'a', '--out', 'b'], 'export-anki: --out given twice (usage: export-anki --out FILE)'],
    [['-o', 'a', '--out', 'b'], 'export-anki: --out given twice (usage: export-anki --out FILE)'],
    [
      ['-o', 'a', '--output', 'b'],
      'export-anki: --out and --output both given: give one (usage: export-anki --out FILE)',
    ],
    [['--verbose'], 'export-anki: unknown option "--verbose" (usage: export-anki --out FILE)'],
    [['--out', 'a', 'extra'], 'export-anki: unknown argument "extra" (usage: export-anki --out FILE)'],
  ])('rejects %j in one line', (argv, message) => {
    expect(() => resolveAnkiOptions(argv)).toThrow(UsageError);
    expect(() => resolveAnkiOptions(argv)).toThrow(message);
    expect(message).not.toContain('\n');
  });
});

describe('export-anki command', () => {
  const fixtureRoot = resolve('test/fixtures/quiz'); // holds slides/mini
  const script = resolve('src/cli/export-anki.ts');
  const tsx = resolve('node_modules/.bin/tsx');
  const outDir = mkdtempSync(join(tmpdir(), 'export-anki-'));
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  const run = (...argv: string[]) =>
    spawnSync(tsx, [script, ...argv], { cwd: fixtureRoot, encoding: 'utf8', env: { ...process.env, DECK: 'mini' } });

  it('writes the TSV and says so', () => {
    const out = join(outDir, 'mini.tsv');
    const result = run('--out', out);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toBe(`export-anki: 3 notes from slides/mini written to ${out}`);
    const NBSP = '\u00a0';
    expect(readFileSync(out, 'utf8')).toBe(
      [
        '#separator:tab',
        '#html:false',
        '#notetype:Basic',
        '#deck:Mini summit',
        '#tags column:3',
        '#guid column:4',
        `Dans quelle release est-ce arrivé pour Octavia${NBSP}: «${NBSP}Octavia devient un projet à part entière${NBSP}»${NBSP}?\tOcata\trelease::ocata project::octavia talk::octavia-update\tsummit-recap:mini:octavia-project`,
        `Pour quelle release Octavia prévoit-il «${NBSP}Support d’Octavia dans la CLI OpenStack${NBSP}»${NBSP}?\tPike\trelease::pike project::octavia talk::octavia-update\tsummit-recap:mini:octavia-cli`,
        `"Pour quelle release Octavia prévoit-il «${NBSP}Haute disponibilité ""active/active""${NBSP}»${NBSP}?"\tQueens\trelease::queens project::octavia talk::octavia-update\tsummit-recap:mini:octavia-active-active`,
        '',
      ].join('\n'),
    );
    expect(readdirSync(outDir)).toEqual(['mini.tsv']); // no temporary file left
  });

  it('fails with one line and exit code 1 on a bad option, writing nothing', () => {
    const out = join(outDir, 'never.tsv');
    const result = run('--out', out, '--force');
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      'export-anki: unknown option "--force" (usage: export-anki --out FILE)',
    ]);
    expect(existsSync(out)).toBe(false);
  });

  it('fails without --out', () => {
    const result = run();
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe('export-anki: missing --out FILE (usage: export-anki --out FILE)');
  });

  it('leaves no file behind when it cannot write', () => {
    const out = join(outDir, 'missing-dir', 'deck.tsv');
    const result = run('--out', out);
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(`export-anki: cannot write ${out} (ENOENT)`);
    expect(existsSync(join(outDir, 'missing-dir'))).toBe(false);
  });
});
