/**
 * The built site (dist/) that the commands use, and how they know it is the deck they were asked for: the build
 * writes dist/build.json with the event's id and a fingerprint of its data files, and a command rebuilds when
 * dist/ is missing, was built for another event or from other data, or is older than the code.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD_RECORD, deckFingerprint, recapOf, type BuildRecord } from '../model/fs.ts';

/** What the code of the site is built from: newer than dist/, it calls for a build. */
const BUILD_INPUTS = [
  'src',
  'quiz',
  'public',
  'index.html',
  'study.html',
  'join.html',
  'vite.config.ts',
  'package-lock.json',
];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestMtime(join(path, name))), stat.mtimeMs);
}

/** The record of what dist/ was built from, or undefined when there is none or it cannot be read. */
export function readBuildRecord(distDir: string): BuildRecord | undefined {
  try {
    const record = JSON.parse(readFileSync(join(distDir, BUILD_RECORD), 'utf8')) as Partial<BuildRecord>;
    if (typeof record.event !== 'string' || typeof record.data !== 'string') return undefined;
    const editions = Array.isArray(record.editions)
      ? record.editions.filter((edition) => typeof edition?.slug === 'string' && typeof edition.path === 'string')
      : undefined;
    return { event: record.event, data: record.data, ...(editions?.length ? { editions } : {}) };
  } catch {
    return undefined;
  }
}

/**
 * Why dist/ must be built again for the event in slidesDir, or undefined when it is the one asked for. The site
 * holds every edition of a recap, at the original's place: a translation is in the build of its original.
 */
export function rebuildReason(root: string, distDir: string, slidesDir: string, event: string): string | undefined {
  const built = readBuildRecord(distDir);
  const index = join(distDir, 'index.html');
  const { original } = recapOf(slidesDir, event);
  if (!built || !existsSync(index)) return 'dist/ is missing';
  if (built.event !== original) return `dist/ was built for ${built.event}`;
  if (built.data !== deckFingerprint(slidesDir, event)) return `dist/ was built from other ${original} data`;
  const code = Math.max(...BUILD_INPUTS.map((input) => newestMtime(join(root, input))));
  if (code > statSync(index).mtimeMs) return 'dist/ is older than the code';
  return undefined;
}

/**
 * dist/ built for the event in slidesDir (SLIDES_DIR and DECK as the command was given them): built again when
 * it is not. Returns dist/'s path.
 */
export function ensureBuilt(
  root: string,
  env: NodeJS.ProcessEnv,
  deck: { slidesDir: string; event: string },
  log: (line: string) => void,
): string {
  const distDir = join(root, 'dist');
  const reason = rebuildReason(root, distDir, deck.slidesDir, deck.event);
  if (reason) {
    log(`Building the deck (${reason})…`);
    execFileSync(join(root, 'node_modules/.bin/vite'), ['build', '--logLevel', 'error'], {
      cwd: root,
      env: { ...env, NODE_ENV: 'production', SLIDES_DIR: deck.slidesDir, DECK: deck.event },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
  return distDir;
}
