/**
 * `npm run live`: the deck, the speaker view, the study page and the phones' page, served by this machine, and
 * the live room where everyone answers the room quiz from a phone. Prints the presenter's address (with its
 * secret), the address phones open, and the room's code. Every answer is kept in a journal beside the results
 * file before it is acknowledged; running again with the same --results resumes the room.
 */
import { networkInterfaces } from 'node:os';
import { basename, extname, join, relative, resolve } from 'node:path';
import { planRoomQuiz } from '../../quiz/room-plan.ts';
import { wordRoomQuiz } from '../deck/room-quiz.ts';
import { quizWords } from '../locale/index.ts';
import { editionOf, PAGES } from '../model/addresses.ts';
import { vocabularyOf } from '../model/vocabulary.ts';
import { startInstance, type Instance } from '../live/instance.ts';
import { RedisUnreachableError } from '../live/redis.ts';
import { liveQuestions, roomResults, type LiveQuestion } from '../live/room.ts';
import type { Deck } from '../model/index.ts';
import type { LiveServer } from '../live/server.ts';
import { VIEW_PARAMS } from '../deck/view.ts';
import { ensureBuilt, rebuildReason } from './build.ts';
import {
  argumentError,
  checkWritable,
  findDeck,
  parseCommandLine,
  runAsCommand,
  UsageError,
  writeFileAtomically,
} from './common.ts';

const COMMAND = {
  name: 'live',
  hint: 'npm run live -- --help lists the options',
  options: {
    port: { type: 'string', value: 'a port number (0: any free port)' },
    host: { type: 'string', value: 'an address to listen on' },
    results: { type: 'string', value: 'a file name' },
    'max-participants': { type: 'string', value: 'a number' },
    dist: { type: 'string', value: 'a folder' },
    redis: { type: 'string', value: 'a redis:// URL' },
    help: { type: 'boolean' },
  },
} as const;

const USAGE = `npm run live -- [options]     (DECK=<event> chooses the event, as for every command)

Serves the deck and runs the live room: everyone in the room answers the room quiz from a phone.

  --port N                 the port (default 8080; 0: any free port)
  --host ADDR              the address to listen on (default: every interface, so that phones on the same
                           network can join; 127.0.0.1: this machine only)
  --results FILE           where the room's results are written (default out/live/<event>-<date>.json); its
                           journal (FILE.journal) keeps every answer: running again with the same FILE resumes
  --max-participants N     the most people in the room (default 500)
  --redis URL              keep the room in Redis (default: REDIS_URL, if set), where every instance started
                           with the same URL and the same --results name serves the same room
  --dist DIR               serve this build of the same event (vite build --outDir DIR) instead of building dist/

Ctrl-C stops it: the results file is complete, nothing is left running.`;

export interface LiveOptions {
  port: number;
  host: string;
  results?: string;
  maxParticipants: number;
  /** A build to serve instead of dist/. */
  dist?: string;
  /** Redis's URL: the room lives there, shared by every instance that names it. */
  redis?: string;
  help: boolean;
}

export function resolveLiveOptions(argv: readonly string[]): LiveOptions {
  const values = parseCommandLine(COMMAND, argv);
  const integer = (name: string, text: string | undefined, fallback: number, min: number, max: number) => {
    if (text === undefined) return fallback;
    const value = Number(text);
    if (!Number.isInteger(value) || value < min || value > max) {
      throw argumentError(COMMAND, `--${name} must be a whole number from ${min} to ${max}, got "${text}"`);
    }
    return value;
  };
  return {
    port: integer('port', values.port, 8080, 0, 65_535),
    host: values.host ?? '0.0.0.0',
    results: values.results,
    maxParticipants: integer('max-participants', values['max-participants'], 500, 1, 100_000),
    dist: values.dist,
    redis: redisUrlOf(values.redis),
    help: values.help ?? false,
  };
}

/** A redis:// (or rediss://) URL, or a usage error. */
function redisUrlOf(text: string | undefined, name = '--redis'): string | undefined {
  if (text === undefined) return undefined;
  let url: URL | undefined;
  try {
    url = new URL(text);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'redis:' && url.protocol !== 'rediss:')) {
    throw argumentError(COMMAND, `${name} takes a redis:// URL, got "${text}"`);
  }
  return text;
}

/** The address phones on the same network reach this machine at: its first LAN address, else loopback. */
export function lanAddress(listenHost: string): string {
  if (listenHost !== '0.0.0.0' && listenHost !== '::') return listenHost;
  for (const addresses of Object.values(networkInterfaces())) {
    const found = addresses?.find((address) => address.family === 'IPv4' && !address.internal);
    if (found) return found.address;
  }
  return '127.0.0.1';
}

/** A build given with --dist: it must be the deck's, or phones would be asked what the slides do not show. */
function givenBuild(root: string, dist: string, slidesDir: string, event: string): string {
  const distDir = resolve(root, dist);
  const reason = rebuildReason(root, distDir, slidesDir, event)?.replace(/^dist\//, dist);
  if (reason) throw argumentError(COMMAND, `--dist: ${reason}`);
  return distDir;
}

/** The deck's room quiz as the live room asks it: the slides' questions, worded in the deck's language. */
export function deckLiveQuestions(deck: Deck): LiveQuestion[] {
  return liveQuestions(deck, wordRoomQuiz(planRoomQuiz(deck), quizWords(deck.language)));
}

const today = (date: Date) =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

/** Runs until `stop` resolves (SIGINT or SIGTERM in the command). Resolves with the server once it listens. */
export async function runLive(
  options: LiveOptions,
  context: { root: string; env: NodeJS.ProcessEnv; log: (line: string) => void; now?: () => number },
): Promise<{ server: LiveServer; presenter: string; join: string; code: string; stop: () => Promise<void> }> {
  const { root, env, log } = context;
  const now = context.now ?? Date.now;
  const { deck, slidesDir } = findDeck(root, env);
  const results = resolve(root, options.results ?? join('out', 'live', `${deck.slug}-${today(new Date(now()))}.json`));
  checkWritable(COMMAND.name, results);
  const distDir = () =>
    options.dist
      ? givenBuild(root, options.dist, slidesDir, deck.slug)
      : ensureBuilt(root, env, { slidesDir, event: deck.slug }, log);
  const names = vocabularyOf(deck);
  // The site holds every edition of the recap: this one's pages are in its folder (`en/`), or at the root.
  const pages = editionOf(deck).path;
  const redis = options.redis ?? redisUrlOf(env.REDIS_URL || undefined, 'REDIS_URL');
  const journal = `${results}.journal`;
  // Instances on one Redis share the room that has the same name: the results file's.
  const store = redis ? { redis, room: basename(results, extname(results)) } : { journal };
  const origin = (address: string, port: number) =>
    `http://${address.includes(':') ? `[${address}]` : address}:${port}/`;
  let wroteResults = false;
  const writeResults = (ended = false) => {
    wroteResults = true;
    writeFileAtomically(
      results,
      `${JSON.stringify(roomResults(instance.room, deck, ended ? now() : undefined), null, 2)}\n`,
    );
  };
  let instance: Instance;
  try {
    instance = await startInstance({
      questions: deckLiveQuestions(deck),
      event: deck.slug,
      store,
      maxParticipants: options.maxParticipants,
      distDir,
      releaseName: (id) => names.releaseName(id),
      listen: { port: options.port, hostname: options.host },
      joinUrl: (port, code) =>
        `${origin(lanAddress(options.host), port)}${pages}${PAGES.join.slice(2)}?${VIEW_PARAMS.room}=${code}`,
      onResults: () => writeResults(),
      log,
      now,
    });
  } catch (error) {
    if (error instanceof RedisUnreachableError) throw new UsageError(COMMAND.name, error.message);
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') {
      throw new UsageError(
        COMMAND.name,
        `port ${options.port} is in use: choose another with --port (0: any free port)`,
      );
    }
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') {
      throw new UsageError(COMMAND.name, `cannot listen on ${options.host}: no such address on this machine`);
    }
    throw error;
  }
  const { server, room, key } = instance;
  if (instance.resumed) {
    log(
      `Resuming room ${room.code} from ${redis ? `Redis (${redis})` : relative(root, journal)} (${room.seq} events).`,
    );
  }
  const local = options.host === '0.0.0.0' || options.host === '::' ? '127.0.0.1' : options.host;
  const presenter = `${origin(local, server.port)}${pages}${PAGES.deck.slice(2)}?${VIEW_PARAMS.live}=${room.code}&${VIEW_PARAMS.key}=${key}`;
  // On Redis, the results are the presenter's instance's to write: another instance writes none.
  if (!redis) writeResults();
  let stopped: Promise<void> | undefined;
  const stop = () =>
    (stopped ??= (async () => {
      await instance.stop();
      if (!redis || wroteResults) writeResults(true);
    })());
  return { server, presenter, join: server.joinUrl(), code: room.code, stop };
}

export async function main(argv: readonly string[], root = process.cwd(), env = process.env): Promise<number> {
  const options = resolveLiveOptions(argv);
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  const live = await runLive(options, { root, env, log: (line) => console.log(line) });
  console.log(`Presenter: ${live.presenter}`);
  console.log(`Join: ${live.join}`);
  console.log(`Room: ${live.code}`);
  console.log('Ctrl-C stops the room; the results are written as the questions are revealed.');
  await new Promise<void>((resolve) => {
    const onSignal = () => {
      process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
      void live.stop().then(resolve);
    };
    process.once('SIGINT', onSignal).once('SIGTERM', onSignal);
  });
  console.log('Stopped.');
  return 0;
}

await runAsCommand(import.meta.url, COMMAND.name, main);
