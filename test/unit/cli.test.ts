/** What every command shares (src/cli/common.ts): its arguments, its errors, its atomic write, its deck. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  failureMessage,
  findDeck,
  OutputError,
  parseCommandLine,
  UsageError,
  writeFileAtomically,
  type CommandSpec,
  type OptionSpec,
} from '../../src/cli/common.ts';
import { DeckDataError } from '../../src/model/index.ts';

const spec = {
  name: 'demo',
  hint: 'see --help',
  options: {
    out: { type: 'string', value: 'a file name' },
    talk: { type: 'string', multiple: true },
    notes: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  },
} as const satisfies CommandSpec<Record<string, OptionSpec>>;

const work = mkdtempSync(join(tmpdir(), 'summit-recap-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('parseCommandLine', () => {
  it('reads --x y and --x=y alike, repeats, switches and short names', () => {
    expect(parseCommandLine(spec, ['--out', 'a.pdf', '--talk=x', '--talk', 'y', '--notes', '-h'])).toEqual({
      out: 'a.pdf',
      talk: ['x', 'y'],
      notes: true,
      help: true,
    });
    expect(parseCommandLine(spec, ['--out=dir/a=b.pdf'])).toEqual({ out: 'dir/a=b.pdf' });
    expect(parseCommandLine(spec, [])).toEqual({});
  });

  it.each([
    [['--colour'], 'demo: unknown option "--colour" (see --help)'],
    [['--colour=red'], 'demo: unknown option "--colour" (see --help)'],
    [['-x'], 'demo: unknown option "-x" (see --help)'],
    [['extra'], 'demo: unknown argument "extra" (see --help)'],
    [['--out'], 'demo: --out needs a file name (see --help)'],
    [['--out='], 'demo: --out needs a file name (see --help)'],
    [['--out', '--notes'], 'demo: --out needs a file name (see --help)'],
    [['--talk'], 'demo: --talk needs a value (see --help)'],
    [['--notes=yes'], 'demo: --notes takes no value (see --help)'],
    [['--out', 'a', '--out', 'b'], 'demo: --out given twice (see --help)'],
    [['--out', 'a', '--', 'b'], 'demo: unknown argument "b" (see --help)'],
  ])('rejects %j in one line, naming the first problem', (argv, message) => {
    expect(() => parseCommandLine(spec, argv)).toThrow(UsageError);
    expect(() => parseCommandLine(spec, argv)).toThrow(new UsageError('demo', message.slice('demo: '.length)));
  });
});

describe('writeFileAtomically', () => {
  it('writes the file whole and leaves nothing beside it', () => {
    const dir = mkdtempSync(join(work, 'write-'));
    writeFileAtomically(join(dir, 'a.txt'), 'text');
    writeFileAtomically(join(dir, 'b.bin'), new Uint8Array([1, 2, 3]));
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('text');
    expect([...readFileSync(join(dir, 'b.bin'))]).toEqual([1, 2, 3]);
    expect(readdirSync(dir).sort()).toEqual(['a.txt', 'b.bin']);
  });

  it('fails naming the file asked for, not the temporary one, and leaves no file behind', () => {
    const missing = join(work, 'missing', 'a.txt');
    expect(() => writeFileAtomically(missing, 'text')).toThrow(new OutputError(missing, 'ENOENT'));
    expect(() => writeFileAtomically(missing, 'text')).toThrow(`cannot write ${missing} (ENOENT)`);

    // The rename fails: the target is a folder. The temporary file is removed, the folder untouched.
    const dir = mkdtempSync(join(work, 'rename-'));
    mkdirSync(join(dir, 'taken'));
    writeFileSync(join(dir, 'taken', 'inside.txt'), 'kept');
    let error: unknown;
    try {
      writeFileAtomically(join(dir, 'taken'), 'text');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(OutputError);
    expect((error as OutputError).message).toMatch(new RegExp(`^cannot write ${join(dir, 'taken')} \\(E[A-Z]+\\)$`));
    expect(readdirSync(dir)).toEqual(['taken']);
    expect(readFileSync(join(dir, 'taken', 'inside.txt'), 'utf8')).toBe('kept');
  });
});

describe('findDeck', () => {
  const root = process.cwd();

  it('reads DECK and SLIDES_DIR, a relative SLIDES_DIR from the root', () => {
    const found = findDeck(root, { SLIDES_DIR: 'test/fixtures/slides', DECK: 'mini-summit' });
    expect(found.deck.slug).toBe('mini-summit');
    expect(found.slidesDir).toBe(resolve('test/fixtures/slides'));
    expect(found.folder).toBe('test/fixtures/slides/mini-summit');
  });

  it('takes slides/ and its only event when neither is set, or DECK is empty', () => {
    expect(findDeck(root, {}).folder).toBe('slides/boston-2017');
    expect(findDeck(root, { DECK: '' }).deck.slug).toBe('boston-2017');
  });

  it('fails with a placed data error when the event is not there', () => {
    expect(() => findDeck(root, { DECK: 'nope' })).toThrow(DeckDataError);
  });
});

describe('failureMessage', () => {
  it('prints data problems and usage errors as they are, anything else in one line after the command', () => {
    expect(failureMessage('demo', new UsageError('demo', 'bad'))).toBe('demo: bad');
    const data = new DeckDataError([{ file: 'a.yaml', line: 1, column: 1, path: '', message: 'the file is empty' }]);
    expect(failureMessage('demo', data)).toBe(data.message);
    expect(failureMessage('demo', new Error('first\nsecond'))).toBe('demo: first');
    expect(failureMessage('demo', new OutputError('/x/a.pdf', 'EACCES'))).toBe('demo: cannot write /x/a.pdf (EACCES)');
  });
});

describe('the commands', () => {
  const run = (script: string, argv: string[], env: Record<string, string> = {}) =>
    spawnSync(resolve('node_modules/.bin/tsx'), [resolve('src/cli', script), ...argv], {
      encoding: 'utf8',
      env: { ...process.env, DECK: '', SLIDES_DIR: '', ...env },
    });

  it('export-anki reads the deck from SLIDES_DIR, as the other commands do', () => {
    const out = join(work, 'fixture.tsv');
    const result = run('export-anki.ts', ['--out', out], { SLIDES_DIR: 'test/fixtures/slides' });
    expect(result.stderr).toBe('');
    expect(result.stdout.trim()).toBe(`export-anki: 4 notes from test/fixtures/slides/mini-summit written to ${out}`);
    expect(readFileSync(out, 'utf8')).toContain('talk::widget-update');
  });

  it('check:slides rejects an unknown option in one line, with status 1', () => {
    const result = run('check-slides.ts', ['--fix']);
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      'check:slides: unknown option "--fix" (it takes no options; DECK=<event> chooses the event)',
    ]);
  });
});
