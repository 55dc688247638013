/**
 * The live room on several instances sharing one Redis (a Redis of the test's own, on a free loopback port):
 * counts agree everywhere, an instance killed mid-question or a Redis restarted loses no acknowledged answer.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { io as connect, type Socket } from 'socket.io-client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startInstance, type Instance } from '../../../src/live/instance.ts';
import { LIVE_EVENTS, type JoinReply, type RoomCounts, type RoomView } from '../../../src/live/protocol.ts';
import { QUESTIONS } from './fixture.ts';
import { hasRedis, startRedis, type TestRedis } from '../../../src/cli/redis-server.ts';

let redis: TestRedis;
let work: string;
let distDir: string;
let roomCount = 0;
const instances: Instance[] = [];
const processes: ChildProcess[] = [];
const sockets: Socket[] = [];
const logs: string[] = [];

beforeAll(async () => {
  if (!hasRedis) throw new Error('these tests need redis-server (Debian: apt-get install redis-server)');
  redis = await startRedis();
  work = mkdtempSync(join(tmpdir(), 'summit-recap-redis-test-'));
  distDir = join(work, 'dist');
  mkdirSync(distDir);
});

afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.disconnect();
  for (const instance of instances.splice(0)) await instance.stop();
  for (const child of processes.splice(0)) child.kill('SIGKILL');
  logs.length = 0;
});

afterAll(async () => {
  await redis?.dispose();
  rmSync(work, { recursive: true, force: true });
});

/** Each test its own room: instances given the same name share it. */
const newRoom = () => `test-room-${process.pid}-${++roomCount}`;

async function instance(room: string): Promise<Instance> {
  const started = await startInstance({
    questions: QUESTIONS,
    event: 'test',
    store: { redis: redis.url, room },
    maxParticipants: 100,
    distDir,
    releaseName: (id) => id,
    listen: { port: 0, hostname: '127.0.0.1' },
    joinUrl: () => '',
    log: (line) => logs.push(line),
  });
  instances.push(started);
  return started;
}

/** An instance in a process of its own, to be killed as a crash would. */
async function instanceProcess(room: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', resolve('test/unit/live/instance-process.ts'), redis.url, room, distDir],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  processes.push(child);
  for await (const line of createInterface({ input: child.stdout! })) {
    return { child, url: (JSON.parse(line) as { url: string }).url };
  }
  throw new Error('the instance did not start');
}

function client(url: string): Socket {
  const socket = connect(url, { transports: ['websocket'], reconnectionDelay: 50, reconnectionDelayMax: 200 });
  sockets.push(socket);
  return socket;
}

const send = <T>(socket: Socket, event: string, message: unknown, timeout = 10_000): Promise<T> =>
  socket.timeout(timeout).emitWithAck(event, message) as Promise<T>;

async function presenter(url: string, code: string, key: string) {
  const deck = client(url);
  const counts: RoomCounts[] = [];
  deck.on(LIVE_EVENTS.counts, (next: RoomCounts) => counts.push(next));
  expect(await send(deck, LIVE_EVENTS.present, { room: code, key })).toMatchObject({ ok: true, presenter: true });
  /** The newest counts seen: a later `seq` wins, whichever instance sent it. */
  const latest = () =>
    counts.reduce<RoomCounts | undefined>((best, next) => (!best || next.seq >= best.seq ? next : best), undefined);
  return { deck, latest };
}

interface Phone {
  socket: Socket;
  participant: string;
  token: string;
  views: RoomView[];
}

async function phone(url: string, code: string, identity?: { participant: string; token: string }): Promise<Phone> {
  const socket = client(url);
  const views: RoomView[] = [];
  socket.on(LIVE_EVENTS.view, (view: RoomView) => views.push(view));
  const reply = await send<JoinReply>(socket, LIVE_EVENTS.join, {
    room: code,
    ...(identity ? { participant: identity.participant, token: identity.token } : {}),
  });
  if (!reply.ok) throw new Error(`join refused: ${reply.reason}`);
  return { socket, participant: reply.participant, token: reply.token, views };
}

const answer = (phone: Phone, question: string, choice: string) =>
  send<{ ok: boolean }>(phone.socket, LIVE_EVENTS.answer, { question, choice });

async function until(condition: () => boolean, what: string, timeoutMs = 10_000) {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Per choice, how many people's last acknowledged answer it is. */
const expectedCounts = (acked: Map<string, string>) =>
  ['a', 'b', 'c'].map((choice) => [...acked.values()].filter((chosen) => chosen === choice).length);

describe('the live room on Redis', () => {
  it('serves one room from two instances: phones split over both, counts agree everywhere', async () => {
    const name = newRoom();
    const a = await instance(name);
    const b = await instance(name);
    expect(b.room.code).toBe(a.room.code);
    const code = a.room.code;
    // Either instance's key works on either: the presenter is on A.
    const { deck, latest } = await presenter(a.server.url, code, b.key);
    const phones = await Promise.all(
      Array.from({ length: 10 }, (_, index) => phone(index % 2 ? b.server.url : a.server.url, code)),
    );
    expect(await send(deck, LIVE_EVENTS.show, { view: 'question', question: 'q0', revealed: false })).toEqual({
      ok: true,
    });
    await until(() => phones.every((p) => p.views.at(-1)?.phase === 'question'), 'every phone to see the question');
    const acked = new Map<string, string>();
    await Promise.all(
      phones.map(async (p, index) => {
        const choice = ['a', 'b', 'c'][index % 3]!;
        expect((await answer(p, 'q0', choice)).ok).toBe(true);
        acked.set(p.participant, choice);
      }),
    );
    await until(() => latest()?.current?.answers === 10, 'the presenter to count 10 answers');
    await send(deck, LIVE_EVENTS.show, { view: 'question', question: 'q0', revealed: true });
    await until(() => a.room.counts().seq === b.room.counts().seq, 'both instances to apply every event');
    expect(a.room.counts()).toEqual(b.room.counts());
    expect(a.room.participantCount).toBe(10);
    expect(a.room.questionResults()[0]!.choices.map((choice) => choice.count)).toEqual(expectedCounts(acked));
    await until(() => phones.every((p) => p.views.at(-1)?.phase === 'revealed'), 'every phone to see the answer');
  });

  it('loses no acknowledged answer when an instance is killed mid-question; its phones finish on the other', async () => {
    const name = newRoom();
    const a = await instance(name);
    const killed = await instanceProcess(name);
    const code = a.room.code;
    const { deck } = await presenter(a.server.url, code, a.key);
    const onKilled = await Promise.all(Array.from({ length: 5 }, () => phone(killed.url, code)));
    const onA = await Promise.all(Array.from({ length: 3 }, () => phone(a.server.url, code)));
    await send(deck, LIVE_EVENTS.show, { view: 'question', question: 'q0', revealed: false });
    await until(() => [...onKilled, ...onA].every((p) => p.views.at(-1)?.phase === 'question'), 'the question');
    const acked = new Map<string, string>();
    for (const [index, p] of [...onKilled, ...onA].entries()) {
      const choice = index < 4 ? 'b' : 'a';
      if ((await answer(p, 'q0', choice)).ok) acked.set(p.participant, choice);
    }
    expect(acked.size).toBe(8);

    killed.child.kill('SIGKILL');
    await new Promise((resolve) => killed.child.once('exit', resolve));
    // Its phones come back through the other instance, as the same people, and two change their answer.
    const back = await Promise.all(
      onKilled.map(({ participant, token }) => phone(a.server.url, code, { participant, token })),
    );
    expect(back.map((p) => p.participant)).toEqual(onKilled.map((p) => p.participant));
    for (const p of back.slice(0, 2)) {
      expect((await answer(p, 'q0', 'c')).ok).toBe(true);
      acked.set(p.participant, 'c');
    }
    await send(deck, LIVE_EVENTS.show, { view: 'question', question: 'q0', revealed: true });
    expect(a.room.participantCount).toBe(8);
    const question = a.room.questionResults()[0]!;
    expect(question.answered).toBe(8);
    expect(question.choices.map((choice) => choice.count)).toEqual(expectedCounts(acked));
  });

  it('loses no acknowledged answer when Redis restarts mid-question, and the instances say they reconnected', async () => {
    const name = newRoom();
    const a = await instance(name);
    const b = await instance(name);
    const code = a.room.code;
    const { deck, latest } = await presenter(a.server.url, code, a.key);
    const phones = await Promise.all(
      Array.from({ length: 6 }, (_, index) => phone(index % 2 ? b.server.url : a.server.url, code)),
    );
    await send(deck, LIVE_EVENTS.show, { view: 'question', question: 'q1', revealed: false });
    await until(() => phones.every((p) => p.views.at(-1)?.phase === 'question'), 'the question');
    const acked = new Map<string, string>();
    for (const p of phones.slice(0, 3)) {
      expect((await answer(p, 'q1', 'b')).ok).toBe(true);
      acked.set(p.participant, 'b');
    }

    await redis.stop();
    // While Redis is away, answers wait; none is acknowledged before Redis has it.
    const waiting = phones.slice(3).map(async (p) => {
      const reply = await answer(p, 'q1', 'a');
      if (reply.ok) acked.set(p.participant, 'a');
      return reply.ok;
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(acked.size).toBe(3);
    await redis.start();
    expect(await Promise.all(waiting)).toEqual([true, true, true]);

    await until(() => latest()?.current?.answers === 6, 'the presenter to count 6 answers');
    await send(deck, LIVE_EVENTS.show, { view: 'question', question: 'q1', revealed: true }, 15_000);
    await until(() => a.room.counts().seq === b.room.counts().seq, 'both instances to apply every event');
    for (const instance of [a, b]) {
      expect(instance.room.questionResults()[0]!.choices.map((choice) => choice.count)).toEqual(expectedCounts(acked));
    }
    expect(logs.some((line) => /connection lost/.test(line))).toBe(true);
    expect(logs.some((line) => /connected again/.test(line))).toBe(true);
    // What Redis kept is the room: an instance started now rebuilds it whole.
    const c = await instance(name);
    expect(c.room.questionResults()).toEqual(a.room.questionResults());
  });
});
