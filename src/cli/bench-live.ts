/**
 * `npm run bench:live`: the live room under load. Starts `npm run live` as its own process on loopback, then N
 * simulated phones (socket.io-client in this process; default 500) join and answer 8 questions while a presenter
 * reveals them. Prints join time, answer → presenter latency (p50, p95), messages per second, the server's
 * memory, and answers lost (acknowledged to a phone but missing from the results file, which must be none).
 * Budgets are checked here, not in tests.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { gzipSync } from 'node:zlib';
import { io, type Socket } from 'socket.io-client';
import { LIVE_EVENTS, type JoinReply, type RoomCounts, type RoomView, type ScoreReply } from '../live/protocol.ts';
import type { RoomResults } from '../live/room.ts';
import { VIEW_PARAMS } from '../deck/view.ts';
import { ensureBuilt } from './build.ts';
import { argumentError, findDeck, parseCommandLine, runAsCommand } from './common.ts';

const COMMAND = {
  name: 'bench:live',
  hint: 'npm run bench:live -- --phones N --questions N',
  options: {
    phones: { type: 'string', value: 'a number' },
    questions: { type: 'string', value: 'a number' },
  },
} as const;

const BUDGET = {
  /** Answer → presenter update, 95th percentile. */
  p95Ms: 200,
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
const ms = (value: number) => `${value.toFixed(0)} ms`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits for the condition, checked on every message; fails after TIMEOUT_MS. */
async function until(what: string, condition: () => boolean): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > TIMEOUT_MS) throw new Error(`bench:live: timed out waiting for ${what}`);
    await sleep(5);
  }
}

/** The server's resident memory now and at its peak (Linux), in MiB. */
function memoryOf(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) / 1024;
  return { rss: field('VmRSS'), peak: field('VmHWM') };
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

interface Phone {
  socket: Socket;
  state?: { phase: string; question?: { id: string } };
  /** The person's score, asked for once the room's is shown. */
  scored?: boolean;
  /** Per question: the last choice acknowledged. */
  acked: Map<string, string>;
}

async function startServer(root: string, results: string, maxParticipants: number) {
  const server = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      resolve(root, 'src/cli/live.ts'),
      '--port',
      '0',
      '--host',
      '127.0.0.1',
      '--results',
      results,
      '--max-participants',
      String(maxParticipants),
    ],
    { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const lines = createInterface({ input: server.stdout! });
  const printed: Record<string, string> = {};
  for await (const line of lines) {
    const match = /^(Presenter|Join|Room): (.*)$/.exec(line);
    if (match) printed[match[1]!] = match[2]!;
    if (printed.Room) break;
  }
  if (!printed.Presenter) throw new Error('bench:live: the server did not start');
  const presenter = new URL(printed.Presenter);
  return {
    process: server,
    origin: presenter.origin,
    room: printed.Room!,
    key: presenter.searchParams.get(VIEW_PARAMS.key)!,
  };
}

async function stopServer(server: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => server.once('exit', resolve));
  server.kill('SIGTERM');
  await exited;
}

export async function main(argv: readonly string[]): Promise<number> {
  const values = parseCommandLine(COMMAND, argv);
  const count = (name: 'phones' | 'questions', fallback: number) => {
    const value = Number(values[name] ?? fallback);
    if (!Number.isInteger(value) || value < 1) throw argumentError(COMMAND, `--${name} must be a whole number from 1`);
    return value;
  };
  const phonesWanted = count('phones', 500);
  const questionsWanted = count('questions', 8);
  const root = process.cwd();
  const { deck, slidesDir } = findDeck(root, process.env);
  const distDir = ensureBuilt(root, process.env, { slidesDir, event: deck.slug }, console.log);
  const phonePage = pageFirstLoad(distDir, 'join.html');

  const work = mkdtempSync(join(tmpdir(), 'summit-recap-bench-live-'));
  const resultsFile = join(work, 'results.json');
  const server = await startServer(root, resultsFile, phonesWanted);
  const sockets: Socket[] = [];
  const connect = () => {
    const socket = io(server.origin, { transports: ['websocket'], reconnection: true, timeout: TIMEOUT_MS });
    sockets.push(socket);
    return socket;
  };
  let messages = 0;
  try {
    // The presenter's deck: it follows the counts and shows the questions.
    const deckSocket = connect();
    let counts: RoomCounts | undefined;
    const countsSeen: { at: number; question?: string; answers: number }[] = [];
    deckSocket.on(LIVE_EVENTS.counts, (next: RoomCounts) => {
      messages++;
      counts = next;
      countsSeen.push({ at: performance.now(), question: next.current?.question, answers: next.current?.answers ?? 0 });
    });
    const present = (await deckSocket.emitWithAck(LIVE_EVENTS.present, { room: server.room, key: server.key })) as {
      ok: boolean;
    };
    if (!present.ok) throw new Error('bench:live: the presenter could not connect');

    // The phones join, in waves.
    const phones: Phone[] = [];
    const joinTimes: number[] = [];
    const joinStart = performance.now();
    for (let wave = 0; wave < phonesWanted; wave += JOIN_WAVE) {
      await Promise.all(
        Array.from({ length: Math.min(JOIN_WAVE, phonesWanted - wave) }, async () => {
          const start = performance.now();
          const socket = connect();
          const phone: Phone = { socket, acked: new Map() };
          socket.on(LIVE_EVENTS.view, (view: RoomView) => {
            messages++;
            phone.state = view;
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
          phone.state = reply.state;
          joinTimes.push(performance.now() - start);
          phones.push(phone);
        }),
      );
    }
    const joinTotal = performance.now() - joinStart;

    // The questions: each shown, answered over a second or so, some answers changed, then revealed.
    const { liveQuestions } = await import('../live/room.ts');
    const { planRoomQuiz } = await import('../../quiz/room-plan.ts');
    const questions = liveQuestions(deck, planRoomQuiz(deck)).slice(0, questionsWanted);
    const latencies: number[] = [];
    let answerMessages = 0;
    const answerStart = performance.now();
    let answeringMs = 0;
    for (const question of questions) {
      await deckSocket.emitWithAck(LIVE_EVENTS.show, { view: 'question', question: question.id, revealed: false });
      await until(`the phones to show ${question.id}`, () =>
        phones.every((phone) => phone.state?.phase === 'question' && phone.state.question?.id === question.id),
      );
      const shownAt = performance.now();
      const acks: number[] = [];
      const sends: { at: number }[] = [];
      await Promise.all(
        phones.map(async (phone) => {
          const choices = question.choices.map((choice) => choice.id);
          const times = Math.random() < CHANGE_SHARE ? 2 : 1;
          for (let time = 0; time < times; time++) {
            await sleep(Math.random() * THINK_MS);
            const choice = choices[Math.floor(Math.random() * choices.length)]!;
            const sentAt = performance.now();
            sends.push({ at: sentAt });
            const reply = (await phone.socket
              .timeout(TIMEOUT_MS)
              .emitWithAck(LIVE_EVENTS.answer, { question: question.id, choice })) as { ok: boolean };
            answerMessages++;
            messages += 2;
            if (reply.ok) {
              phone.acked.set(question.id, choice);
              acks.push(sentAt);
            }
          }
        }),
      );
      answeringMs += performance.now() - shownAt;
      // Every answer's latency: from its sending to the first count the presenter saw that holds as many answers
      // as were acknowledged by then (every distinct person counts once).
      await until(`the presenter's counts for ${question.id}`, () => counts?.current?.answers === phones.length);
      const seen = countsSeen.filter((entry) => entry.question === question.id);
      const firstAnswers = [...acks].sort((a, b) => a - b).slice(0, phones.length);
      firstAnswers.forEach((sentAt, index) => {
        const shown = seen.find((entry) => entry.at >= sentAt && entry.answers >= index + 1);
        if (shown) latencies.push(shown.at - sentAt);
      });
      await deckSocket.emitWithAck(LIVE_EVENTS.show, { view: 'question', question: question.id, revealed: true });
      await until(`the phones to show ${question.id}'s answer`, () =>
        phones.every((phone) => phone.state?.phase === 'revealed'),
      );
    }
    await deckSocket.emitWithAck(LIVE_EVENTS.show, { view: 'score' });
    await until('every phone to show its score', () => phones.every((phone) => phone.scored));
    const elapsed = (performance.now() - answerStart) / 1000;
    const memory = memoryOf(server.process.pid!);

    for (const socket of sockets) socket.disconnect();
    await stopServer(server.process);
    const results = JSON.parse(readFileSync(resultsFile, 'utf8')) as RoomResults;
    // Lost: an answer a phone was told was recorded, which the results file does not count.
    let lost = 0;
    for (const question of questions) {
      const recorded = results.questions.find((entry) => entry.id === question.id);
      for (const [index, choice] of question.choices.entries()) {
        const expected = phones.filter((phone) => phone.acked.get(question.id) === choice.id).length;
        const counted = recorded?.choices[index]?.count ?? 0;
        lost += Math.max(0, expected - counted);
      }
    }

    console.log(`live room: ${phones.length} phones, ${questions.length} questions, one server process on loopback`);
    console.log(
      `  join:        ${(joinTotal / 1000).toFixed(2)} s for all (waves of ${JOIN_WAVE}); ` +
        `one join p50 ${ms(percentile(joinTimes, 50))}, p95 ${ms(percentile(joinTimes, 95))}`,
    );
    console.log(
      `  answer → presenter: p50 ${ms(percentile(latencies, 50))}, p95 ${ms(percentile(latencies, 95))}, ` +
        `max ${ms(Math.max(...latencies))} (${latencies.length} answers)`,
    );
    console.log(
      `  messages:    ${(messages / elapsed).toFixed(0)} /s over the questions (${messages} in ${elapsed.toFixed(1)} s); ` +
        `answers ${(answerMessages / (answeringMs / 1000)).toFixed(0)} /s while they came in`,
    );
    console.log(`  server RSS:  ${memory.rss.toFixed(0)} MiB at the end, ${memory.peak.toFixed(0)} MiB at its peak`);
    console.log(`  lost:        ${lost} answers`);
    console.log(`  phone page first load: ${(phonePage / 1024).toFixed(1)} KiB gzip`);
    const checks = [
      [`answer → presenter p95 ≤ ${BUDGET.p95Ms} ms`, percentile(latencies, 95) <= BUDGET.p95Ms],
      [`server RSS ≤ ${BUDGET.serverRssMiB} MiB`, memory.peak <= BUDGET.serverRssMiB],
      [`answers lost = ${BUDGET.lost}`, lost === BUDGET.lost],
      [`phone page ≤ ${BUDGET.phonePageGzipKiB} KiB gzip`, phonePage / 1024 <= BUDGET.phonePageGzipKiB],
    ] as const;
    console.log('\nbudgets:');
    for (const [name, ok] of checks) console.log(`  ${ok ? 'ok  ' : 'OVER'} ${name}`);
    return checks.some(([, ok]) => !ok) ? 1 : 0;
  } finally {
    for (const socket of sockets) socket.disconnect();
    if (server.process.exitCode === null) await stopServer(server.process);
    rmSync(work, { recursive: true, force: true });
  }
}

await runAsCommand(import.meta.url, COMMAND.name, main);
