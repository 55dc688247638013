/**
 * `npm run bench:live`: the live room under load. Starts `npm run live` as processes of their own on loopback,
 * then simulated phones (socket.io-client in this process) join and answer 8 questions while a presenter reveals
 * them. Prints join time, answer → presenter latency (p50, p95), messages per second, the servers' memory, and
 * answers lost (acknowledged to a phone but missing from the results file: there must be none).
 * `--instances N --redis`: the same with N instances sharing a Redis of its own, beside one process in the same
 * run, and Redis's memory. Budgets are checked here, not in tests.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { gzipSync } from 'node:zlib';
import { createClient } from '@redis/client';
import { io, type Socket } from 'socket.io-client';
import { VIEW_PARAMS } from '../deck/view.ts';
import { LIVE_EVENTS, type JoinReply, type RoomCounts, type RoomView, type ScoreReply } from '../live/protocol.ts';
import { type LiveQuestion, type RoomResults } from '../live/room.ts';
import type { Deck } from '../model/index.ts';
import { ensureBuilt } from './build.ts';
import { argumentError, findDeck, parseCommandLine, runAsCommand } from './common.ts';
import { deckLiveQuestions } from './live.ts';
import { startRedis } from './redis-server.ts';

const COMMAND = {
  name: 'bench:live',
  hint: 'npm run bench:live -- [--phones N] [--questions N] [--instances N --redis]',
  options: {
    phones: { type: 'string', value: 'a number' },
    questions: { type: 'string', value: 'a number' },
    instances: { type: 'string', value: 'a number' },
    redis: { type: 'boolean' },
  },
} as const;

const BUDGET = {
  /** Answer → presenter update, 95th percentile. */
  p95Ms: 200,
  /** Each server process's peak resident memory. */
  serverRssMiB: 200,
  lost: 0,
  /** The phones' page's first load (HTML, scripts, styles), gzip. */
  phonePageGzipKiB: 40,
};

/** Phones that join at once: a room fills over a minute, not in one millisecond. */
const JOIN_WAVE = 50;
/** A person reads the question before tapping: answers spread over this long (ms). */
const THINK_MS = 1000;
/** Share of people who change their mind once before the reveal. */
const CHANGE_SHARE = 0.2;
const TIMEOUT_MS = 30_000;

const percentile = (values: readonly number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits for the condition; fails after TIMEOUT_MS. */
async function until(what: string, condition: () => boolean): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > TIMEOUT_MS) throw new Error(`bench:live: timed out waiting for ${what}`);
    await sleep(5);
  }
}

/** A process's resident memory at its peak (Linux), in MiB. */
function peakRss(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/^VmHWM:\s+(\d+) kB/m.exec(status)?.[1] ?? NaN) / 1024;
}

/** The gzip size of a page and every script and style sheet its HTML asks for. */
export function pageFirstLoad(distDir: string, page: string): number {
  const html = readFileSync(join(distDir, page), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.(?:js|css))"/g)].map((match) => match[1]!);
  return [page, ...new Set(files)].reduce(
    (sum, file) => sum + gzipSync(readFileSync(join(distDir, file)), { level: 9 }).length,
    0,
  );
}

interface Server {
  process: ChildProcess;
  origin: string;
  room: string;
  key: string;
}

async function startServer(root: string, args: readonly string[]): Promise<Server> {
  const server = spawn(
    process.execPath,
    ['--import', 'tsx', resolve(root, 'src/cli/live.ts'), '--port', '0', '--host', '127.0.0.1', ...args],
    { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const printed: Record<string, string> = {};
  for await (const line of createInterface({ input: server.stdout! })) {
    const match = /^(Presenter|Join|Room): (.*)$/.exec(line);
    if (match) printed[match[1]!] = match[2]!;
    if (printed.Room) break;
  }
  if (!printed.Presenter) throw new Error('bench:live: a server did not start');
  const presenter = new URL(printed.Presenter);
  return {
    process: server,
    origin: presenter.origin,
    room: printed.Room!,
    key: presenter.searchParams.get(VIEW_PARAMS.key)!,
  };
}

async function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null) return;
  const exited = new Promise((resolve) => server.once('exit', resolve));
  server.kill('SIGTERM');
  await exited;
}

interface Phone {
  socket: Socket;
  view?: RoomView;
  scored?: boolean;
  /** Per question: the last choice acknowledged. */
  acked: Map<string, string>;
}

interface Figures {
  label: string;
  phones: number;
  joinTotalMs: number;
  joinP50: number;
  joinP95: number;
  latencyP50: number;
  latencyP95: number;
  latencyMax: number;
  messagesPerSecond: number;
  answersPerSecond: number;
  /** Each server process's peak RSS, MiB. */
  serverRss: number[];
  redisMiB?: number;
  lost: number;
}

/** One room under load: the servers given, a presenter on the first, phones spread over all of them. */
async function runRoom(
  label: string,
  servers: readonly Server[],
  questions: readonly LiveQuestion[],
  phoneCount: number,
  resultsFile: string,
  stopAll: () => Promise<void>,
): Promise<Omit<Figures, 'redisMiB'>> {
  const sockets: Socket[] = [];
  const connect = (origin: string) => {
    const socket = io(origin, { transports: ['websocket'], timeout: TIMEOUT_MS });
    sockets.push(socket);
    return socket;
  };
  let messages = 0;
  try {
    const [first] = servers;
    const deck = connect(first!.origin);
    let counts: RoomCounts | undefined;
    const countsSeen: { at: number; question?: string; answers: number }[] = [];
    deck.on(LIVE_EVENTS.counts, (next: RoomCounts) => {
      messages++;
      // Counts from several instances may cross: the newest wins, as on the deck.
      if (counts && next.seq < counts.seq) return;
      counts = next;
      countsSeen.push({ at: performance.now(), question: next.current?.question, answers: next.current?.answers ?? 0 });
    });
    const present = (await deck.emitWithAck(LIVE_EVENTS.present, { room: first!.room, key: first!.key })) as {
      ok: boolean;
    };
    if (!present.ok) throw new Error('bench:live: the presenter could not connect');

    const phones: Phone[] = [];
    const joinTimes: number[] = [];
    const joinStart = performance.now();
    for (let wave = 0; wave < phoneCount; wave += JOIN_WAVE) {
      await Promise.all(
        Array.from({ length: Math.min(JOIN_WAVE, phoneCount - wave) }, async (_, index) => {
          const start = performance.now();
          const server = servers[(wave + index) % servers.length]!;
          const socket = connect(server.origin);
          const phone: Phone = { socket, acked: new Map() };
          socket.on(LIVE_EVENTS.view, (view: RoomView) => {
            messages++;
            phone.view = view;
            if (view.phase !== 'score') return;
            void (
              socket.timeout(TIMEOUT_MS).emitWithAck(LIVE_EVENTS.score, { after: view.seq }) as Promise<ScoreReply>
            ).then((reply) => {
              messages += 2;
              phone.scored = reply.ok;
            });
          });
          const reply = (await socket
            .timeout(TIMEOUT_MS)
            .emitWithAck(LIVE_EVENTS.join, { room: server.room })) as JoinReply;
          messages += 2;
          if (!reply.ok) throw new Error(`bench:live: a phone could not join (${reply.reason})`);
          joinTimes.push(performance.now() - start);
          phones.push(phone);
        }),
      );
    }
    const joinTotalMs = performance.now() - joinStart;

    const latencies: number[] = [];
    let answerMessages = 0;
    let answeringMs = 0;
    const questionsStart = performance.now();
    for (const question of questions) {
      await deck.emitWithAck(LIVE_EVENTS.show, { view: 'question', question: question.id, revealed: false });
      await until(`the phones to show ${question.id}`, () =>
        phones.every((phone) => phone.view?.phase === 'question' && phone.view.question.id === question.id),
      );
      const shownAt = performance.now();
      const acks: number[] = [];
      await Promise.all(
        phones.map(async (phone) => {
          const choices = question.choices.map((choice) => choice.id);
          const times = Math.random() < CHANGE_SHARE ? 2 : 1;
          for (let time = 0; time < times; time++) {
            await sleep(Math.random() * THINK_MS);
            const choice = choices[Math.floor(Math.random() * choices.length)]!;
            const sentAt = performance.now();
            const reply = (await phone.socket
              .timeout(TIMEOUT_MS)
              .emitWithAck(LIVE_EVENTS.answer, { question: question.id, choice })) as { ok: boolean };
            answerMessages++;
            messages += 2;
            if (reply.ok) {
              phone.acked.set(question.id, choice);
              if (time === 0) acks.push(sentAt);
            }
          }
        }),
      );
      answeringMs += performance.now() - shownAt;
      await until(`the presenter's counts for ${question.id}`, () => counts?.current?.answers === phones.length);
      // An answer's latency: from its sending to the first count the presenter saw that holds as many people's
      // answers as had been sent by then.
      const seen = countsSeen.filter((entry) => entry.question === question.id);
      [...acks]
        .sort((a, b) => a - b)
        .forEach((sentAt, index) => {
          const shown = seen.find((entry) => entry.at >= sentAt && entry.answers >= index + 1);
          if (shown) latencies.push(shown.at - sentAt);
        });
      await deck.emitWithAck(LIVE_EVENTS.show, { view: 'question', question: question.id, revealed: true });
      await until(`the phones to show ${question.id}'s answer`, () =>
        phones.every((phone) => phone.view?.phase === 'revealed'),
      );
    }
    await deck.emitWithAck(LIVE_EVENTS.show, { view: 'score' });
    await until('every phone to show its score', () => phones.every((phone) => phone.scored));
    const elapsed = (performance.now() - questionsStart) / 1000;
    const serverRss = servers.map((server) => peakRss(server.process.pid!));

    for (const socket of sockets) socket.disconnect();
    await stopAll();
    const results = JSON.parse(readFileSync(resultsFile, 'utf8')) as RoomResults;
    let lost = 0;
    for (const question of questions) {
      const recorded = results.questions.find((entry) => entry.id === question.id);
      for (const [index, choice] of question.choices.entries()) {
        const expected = phones.filter((phone) => phone.acked.get(question.id) === choice.id).length;
        lost += Math.max(0, expected - (recorded?.choices[index]?.count ?? 0));
      }
    }
    return {
      label,
      phones: phones.length,
      joinTotalMs,
      joinP50: percentile(joinTimes, 50),
      joinP95: percentile(joinTimes, 95),
      latencyP50: percentile(latencies, 50),
      latencyP95: percentile(latencies, 95),
      latencyMax: Math.max(...latencies),
      messagesPerSecond: messages / elapsed,
      answersPerSecond: answerMessages / (answeringMs / 1000),
      serverRss,
      lost,
    };
  } finally {
    for (const socket of sockets) socket.disconnect();
  }
}

async function singleProcess(root: string, deck: Deck, questions: readonly LiveQuestion[], phones: number) {
  const work = mkdtempSync(join(tmpdir(), 'summit-recap-bench-live-'));
  const results = join(work, `${deck.slug}.json`);
  const server = await startServer(root, ['--results', results, '--max-participants', String(phones)]);
  try {
    return await runRoom('one process', [server], questions, phones, results, () => stopServer(server.process));
  } finally {
    await stopServer(server.process);
    rmSync(work, { recursive: true, force: true });
  }
}

async function onRedis(
  root: string,
  deck: Deck,
  questions: readonly LiveQuestion[],
  phones: number,
  instances: number,
) {
  const redis = await startRedis();
  const work = mkdtempSync(join(tmpdir(), 'summit-recap-bench-live-'));
  const results = join(work, `${deck.slug}.json`);
  const servers: Server[] = [];
  try {
    const args = ['--results', results, '--max-participants', String(phones), '--redis', redis.url];
    for (let index = 0; index < instances; index++) servers.push(await startServer(root, args));
    const client = createClient({ url: redis.url });
    await client.connect();
    let redisMiB = 0;
    const figures = await runRoom(`${instances} instances, Redis`, servers, questions, phones, results, async () => {
      const info = await client.info('memory');
      redisMiB = Number(/used_memory_peak:(\d+)/.exec(info)?.[1] ?? NaN) / 1024 / 1024;
      // The presenter's instance writes the results: it stops last, once the others are gone.
      for (const server of [...servers].reverse()) await stopServer(server.process);
    });
    await client.close();
    return { ...figures, redisMiB };
  } finally {
    for (const server of servers) await stopServer(server.process);
    await redis.dispose();
    rmSync(work, { recursive: true, force: true });
  }
}

function report(runs: readonly Figures[]): void {
  const ms = (value: number) => `${value.toFixed(0)} ms`;
  const rows: [string, (figures: Figures) => string][] = [
    ['phones', (f) => String(f.phones)],
    ['join, all (waves of 50)', (f) => `${(f.joinTotalMs / 1000).toFixed(2)} s`],
    ['one join p50 / p95', (f) => `${ms(f.joinP50)} / ${ms(f.joinP95)}`],
    ['answer → presenter p50', (f) => ms(f.latencyP50)],
    ['answer → presenter p95', (f) => ms(f.latencyP95)],
    ['answer → presenter max', (f) => ms(f.latencyMax)],
    ['messages /s (all, over the questions)', (f) => f.messagesPerSecond.toFixed(0)],
    ['answers /s (while they came in)', (f) => f.answersPerSecond.toFixed(0)],
    ['server peak RSS', (f) => f.serverRss.map((rss) => `${rss.toFixed(0)} MiB`).join(' + ')],
    ['Redis peak memory', (f) => (f.redisMiB === undefined ? '—' : `${f.redisMiB.toFixed(1)} MiB`)],
    ['answers lost', (f) => String(f.lost)],
  ];
  const width = Math.max(...rows.map(([name]) => name.length));
  console.log(`${''.padEnd(width)}  ${runs.map((run) => run.label.padStart(22)).join('  ')}`);
  for (const [name, value] of rows)
    console.log(`${name.padEnd(width)}  ${runs.map((run) => value(run).padStart(22)).join('  ')}`);
}

export async function main(argv: readonly string[]): Promise<number> {
  const values = parseCommandLine(COMMAND, argv);
  const count = (name: 'phones' | 'questions' | 'instances', fallback: number) => {
    const value = Number(values[name] ?? fallback);
    if (!Number.isInteger(value) || value < 1) throw argumentError(COMMAND, `--${name} must be a whole number from 1`);
    return value;
  };
  const instances = count('instances', 1);
  if (instances > 1 && !values.redis)
    throw argumentError(COMMAND, '--instances needs --redis: instances share rooms through Redis');
  const phones = count('phones', 500 * instances);
  const root = process.cwd();
  const { deck, slidesDir } = findDeck(root, process.env);
  const distDir = ensureBuilt(root, process.env, { slidesDir, event: deck.slug }, console.log);
  const questions = deckLiveQuestions(deck).slice(0, count('questions', 8));
  const phonePage = pageFirstLoad(distDir, 'join.html');

  console.log(
    `live room: ${questions.length} questions; servers and phones on loopback, on ${availableParallelism()} cores`,
  );
  const runs: Figures[] = [await singleProcess(root, deck, questions, phones)];
  if (values.redis) runs.push(await onRedis(root, deck, questions, phones, instances));
  report(runs);
  console.log(`phone page first load: ${(phonePage / 1024).toFixed(1)} KiB gzip`);

  const checks = [
    ...runs.flatMap((run) => [
      [`${run.label}: answer → presenter p95 ≤ ${BUDGET.p95Ms} ms`, run.latencyP95 <= BUDGET.p95Ms] as const,
      [
        `${run.label}: each server's RSS ≤ ${BUDGET.serverRssMiB} MiB`,
        run.serverRss.every((rss) => rss <= BUDGET.serverRssMiB),
      ] as const,
      [`${run.label}: answers lost = ${BUDGET.lost}`, run.lost === BUDGET.lost] as const,
    ]),
    [`phone page ≤ ${BUDGET.phonePageGzipKiB} KiB gzip`, phonePage / 1024 <= BUDGET.phonePageGzipKiB] as const,
  ];
  console.log('\nbudgets:');
  for (const [name, ok] of checks) console.log(`  ${ok ? 'ok  ' : 'OVER'} ${name}`);
  return checks.some(([, ok]) => !ok) ? 1 : 0;
}

await runAsCommand(import.meta.url, COMMAND.name, main);
