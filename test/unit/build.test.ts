/**
 * `vite build` and `npm run check:slides` stop on bad data with the place of each problem, and
 * write nothing. Two builds at most: they are the slow part (~1–3 s each).
 */
import { execFile } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveEvent } from '../../src/model/fs.ts';
import { DeckDataError } from '../../src/model/index.ts';

const BAD = path.resolve('test/fixtures/bad');
const GOOD = path.resolve('test/fixtures/slides');
const temp = mkdtempSync(path.join(tmpdir(), 'summit-recap-build-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  output: string;
}

/** Runs a command of the project with SLIDES_DIR and DECK set (or DECK unset when undefined). */
function run(command: string, args: string[], slidesDir: string, deck: string | undefined): Promise<Run> {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', SLIDES_DIR: slidesDir, NO_COLOR: '1' };
  delete env.DECK;
  delete env.FORCE_COLOR;
  if (deck !== undefined) env.DECK = deck;
  return new Promise((done) => {
    execFile(path.resolve('node_modules/.bin', command), args, { env, timeout: 60_000 }, (error, stdout, stderr) => {
      const status = error ? (typeof error.code === 'number' ? error.code : null) : 0;
      done({ status, stdout, stderr, output: stdout + stderr });
    });
  });
}

async function viteBuild(deck: string) {
  const outDir = mkdtempSync(path.join(temp, `${deck}-`));
  return { outDir, ...(await run('vite', ['build', '--outDir', outDir, '--logLevel', 'error'], BAD, deck)) };
}

const checkSlides = (slidesDir: string, deck: string | undefined) =>
  run('tsx', ['src/cli/check-slides.ts'], slidesDir, deck);

// The commands run in parallel: each takes a second or more to start.
describe.concurrent('vite build on bad data', () => {
  it('fails on an unknown release, names its place, and writes no index.html', async () => {
    const { status, output, outDir } = await viteBuild('unknown-release');
    expect(status).not.toBe(0);
    expect(output).toContain(
      'test/fixtures/bad/unknown-release/widget-update.yaml:20:56 roadmap[0].release: unknown release "bravoo"',
    );
    expect(readdirSync(outDir)).toEqual([]);
    expect(existsSync(path.join(outDir, 'index.html'))).toBe(false);
  }, 60_000);

  it('reports every problem of the event, not only the first', async () => {
    const { status, output, outDir } = await viteBuild('several-problems');
    expect(status).not.toBe(0);
    expect(output).toContain('The slides data has 3 problems:');
    expect(output).toContain(
      'test/fixtures/bad/several-problems/deck.yaml:17:5 talks[2]: talk "gizmo-talk" has no file',
    );
    expect(output).toContain(
      'test/fixtures/bad/several-problems/gadget-evening.yaml:6:48 roadmap[0].release: unknown release "bravoo"',
    );
    expect(output).toContain(
      'test/fixtures/bad/several-problems/widget-update.yaml:3:7 kind: must be one of conference, forum, evening',
    );
    expect(existsSync(path.join(outDir, 'index.html'))).toBe(false);
  }, 60_000);
});

describe.concurrent('vite build of a recap and its translation', () => {
  it('fails when the translation differs from its original, names the place, and writes nothing', async () => {
    const outDir = mkdtempSync(path.join(temp, 'translation-'));
    const pair = path.resolve('test/fixtures/translations/other-release');
    const { status, output } = await run('vite', ['build', '--outDir', outDir, '--logLevel', 'error'], pair, undefined);
    expect(status).not.toBe(0);
    expect(output).toContain(
      'test/fixtures/translations/other-release/mini-summit-fr/widget-update.yaml:20:58 roadmap[0].release: item "widget-ha" is in release "charlie" where the original\'s is in "bravo"',
    );
    expect(readdirSync(outDir)).toEqual([]);
  }, 60_000);

  it('builds both editions: the original at the root, the translation under its language', async () => {
    const outDir = mkdtempSync(path.join(temp, 'editions-'));
    const pair = path.resolve('test/fixtures/translations/good');
    const { status, output } = await run(
      'vite',
      ['build', '--outDir', outDir, '--logLevel', 'error'],
      pair,
      'mini-summit-fr',
    );
    expect(status, output).toBe(0);
    expect(readdirSync(outDir).sort()).toEqual([
      'assets',
      'build.json',
      'favicon.svg',
      'fr',
      'index.html',
      'join.html',
      'study.html',
    ]);
    expect(readdirSync(path.join(outDir, 'fr')).sort()).toEqual([
      'assets',
      'favicon.svg',
      'index.html',
      'join.html',
      'study.html',
    ]);
    const html = (file: string) => readFileSync(path.join(outDir, file), 'utf8');
    expect(html('index.html')).toMatch(/<html lang="en">/);
    expect(html('fr/index.html')).toMatch(/<html lang="fr">/);
    // The live room's phones' page speaks its edition's language too.
    expect(html('fr/join.html')).toMatch(/<html lang="fr">/);
    expect(html('fr/study.html')).toContain('<title>Réviser\u00a0: Mini Summit, jour 1</title>');
    expect(JSON.parse(html('build.json'))).toMatchObject({
      event: 'mini-summit',
      editions: [
        { slug: 'mini-summit', path: '' },
        { slug: 'mini-summit-fr', path: 'fr/' },
      ],
    });
  }, 90_000);
});

// Like vite.config.ts, the command reads the event from SLIDES_DIR and DECK.
describe.concurrent('npm run check:slides', () => {
  it('exits 1 on bad data and prints the problem on stderr', async () => {
    const { status, stdout, stderr } = await checkSlides(BAD, 'invalid-enum');
    expect(status).toBe(1);
    expect(stderr).toContain(
      'test/fixtures/bad/invalid-enum/widget-update.yaml:3:7 kind: must be one of conference, forum, evening, got the text "talk"',
    );
    expect(stdout).not.toContain('all valid');
  }, 30_000);

  it('exits 0 on a good event and says it is all valid', async () => {
    const { status, stdout, stderr } = await checkSlides(GOOD, 'mini-summit');
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toMatch(/mini-summit: 2 talks, 4 roadmap and history items, all valid/);
  }, 30_000);

  it('reads only slides files: an editor’s lock (a broken link), backup and swap files are left out, and named', async () => {
    // A copy of the good event, with what editors leave beside the files they edit.
    const slides = mkdtempSync(path.join(temp, 'stray-'));
    const event = path.join(slides, 'mini-summit');
    cpSync(path.join(GOOD, 'mini-summit'), event, { recursive: true });
    symlinkSync('user@host.12345:1700000000', path.join(event, '.#widget-update.yaml'));
    writeFileSync(path.join(event, 'widget-update.yaml~'), 'id: [broken');
    writeFileSync(path.join(event, '.widget-update.yaml.swp'), 'binary');
    writeFileSync(path.join(event, '#gadget-evening.yaml#'), 'id: [broken');
    const { status, stdout, stderr } = await checkSlides(slides, undefined);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toContain('read 3 files: deck.yaml, gadget-evening.yaml, widget-update.yaml');
    expect(stdout).toContain(
      'left out 4 (not slides files): #gadget-evening.yaml#, .#widget-update.yaml, .widget-update.yaml.swp, widget-update.yaml~',
    );
  }, 30_000);

  it('names the events it found when DECK names none of them', async () => {
    const { status, stderr } = await checkSlides(GOOD, 'nope');
    expect(status).toBe(1);
    expect(stderr).toContain('no event "nope": found mini-summit');
  }, 30_000);

  it('asks for DECK when SLIDES_DIR holds several events', async () => {
    const { status, stderr } = await checkSlides(BAD, undefined);
    expect(status).toBe(1);
    expect(stderr).toMatch(
      /several events \(alias-bomb, bad-url, duplicate-item-id, .*, yaml-syntax\): choose one with DECK=<name>/,
    );
  }, 30_000);
});

describe('resolveEvent', () => {
  const root = process.cwd();
  const messageOf = (slidesDir: string, wanted: string | undefined) => {
    try {
      return `resolved ${resolveEvent(root, slidesDir, wanted)}`;
    } catch (error) {
      expect(error).toBeInstanceOf(DeckDataError);
      return (error as DeckDataError).issues.map((issue) => `${issue.file}: ${issue.message}`).join('\n');
    }
  };

  it('takes the only event, or the one named', () => {
    expect(messageOf(GOOD, undefined)).toBe('resolved mini-summit');
    expect(messageOf(BAD, 'bad-url')).toBe('resolved bad-url');
  });

  it('says which events exist when the one named is not there', () => {
    expect(messageOf(GOOD, 'nope')).toBe('test/fixtures/slides: no event "nope": found mini-summit');
  });

  it('asks to choose among several events', () => {
    expect(messageOf(BAD, undefined)).toMatch(
      /^test\/fixtures\/bad: several events \(alias-bomb, bad-url, duplicate-item-id, [a-z-, ]+, yaml-syntax\): choose one with DECK=<name>$/,
    );
  });

  it('says so when there is no event at all', () => {
    expect(messageOf(path.resolve('test/fixtures/nowhere'), undefined)).toBe(
      'test/fixtures/nowhere: the deck is empty: add a folder with a deck.yaml (see README.md)',
    );
    expect(messageOf(path.resolve('test/fixtures/nowhere'), 'nope')).toBe(
      'test/fixtures/nowhere: no event "nope": no folder with a deck.yaml',
    );
  });
});
