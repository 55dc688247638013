/**
 * The live room's server, driven by socket.io clients in Node as phones and decks are: who may do what, what it
 * refuses, and that nothing acknowledged is lost across a dropped connection or a restart.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io as connect, type Socket } from 'socket.io-client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MemoryLog, RoomHost, type RoomLog } from '../../../src/live/host.ts';
import { FileLog } from '../../../src/live/journal.ts';
import {
  LIMITS,
  LIVE_EVENTS,
  type JoinReply,
  type RoomCounts,
  type RoomView,
  type ScoreReply,
} from '../../../src/live/protocol.ts';
import { Room } from '../../../src/live/room.ts';
import { QUESTIONS } from './fixture.ts';
import { hashSecret, startLiveServer, type LiveServer } from '../../../src/live/server.ts';

const CODE = '424242';
const KEY = 'presenter-secret-for-tests';
let dir: string;
let distDir: string;
const servers: LiveServer[] = [];
const clients: Socket[] = [];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'summit-recap-live-'));
  distDir = join(dir, 'dist');
  mkdirSync(distDir);
  writeFileSync(join(distDir, 'join.html'), '<!doctype html><title>join</title>');
  writeFileSync(join(distDir, '.secret'), 'dotfile');
  writeFileSync(join(dir, 'outside.txt'), 'outside');
});

afterEach(async () => {
  for (const client of clients.splice(0)) client.disconnect();
  for (const server of servers.splice(0)) await server.close();
  rmSync(dir, { recursive: true, force: true });
});

async function start(options: { log?: RoomLog; maxParticipants?: number; fresh?: boolean } = {}) {
  const room = new Room(QUESTIONS, { maxParticipants: options.maxParticipants ?? 50 });
  const host = new RoomHost(room, options.log ?? new MemoryLog());
  await host.replay();
  if (!room.opened)
    await host.submit({ type: 'open-room', at: 1, code: CODE, event: 'test', keyHash: hashSecret(KEY) });
  const server = await startLiveServer(
    { host, distDir, releaseName: (id) => id, joinUrl: () => `http://x/join.html?room=${CODE}` },
    { port: 0, hostname: '127.0.0.1' },
  );
  servers.push(server);
  return { server, room, host };
}

function client(server: LiveServer): Socket {
  const socket = connect(server.url, { transports: ['websocket'], reconnectionDelay: 50, reconnectionDelayMax: 100 });
  clients.push(socket);
  return socket;
}

const send = <T>(socket: Socket, event: string, message: unknown): Promise<T> =>
  socket.timeout(5000).emitWithAck(event, message) as Promise<T>;

/** The next message of this name. */
const next = <T>(socket: Socket, event: string): Promise<T> => new Promise((resolve) => socket.once(event, resolve));

async function presenter(server: LiveServer) {
  const deck = client(server);
  expect(await send(deck, LIVE_EVENTS.present, { room: CODE, key: KEY })).toMatchObject({ ok: true, presenter: true });
  return deck;
}

async function phone(server: LiveServer, join: object = {}) {
  const socket = client(server);
  const reply = await send<JoinReply>(socket, LIVE_EVENTS.join, { room: CODE, ...join });
  return { socket, reply };
}

const show = (deck: Socket, question: string, revealed = false) =>
  send(deck, LIVE_EVENTS.show, { view: 'question', question, revealed });

describe('the live server', () => {
  it('lets only the holder of the secret drive the room; a viewer sees the counts', async () => {
    const { server, room } = await start();
    const stranger = client(server);
    expect(await send(stranger, LIVE_EVENTS.present, { room: CODE, key: 'guess' })).toEqual({
      ok: false,
      reason: 'unauthorized',
    });
    expect(await show(stranger, 'q0')).toEqual({ ok: false, reason: 'unauthorized' });
    expect(await send(stranger, LIVE_EVENTS.reset, {})).toEqual({ ok: false, reason: 'unauthorized' });
    const viewer = client(server);
    expect(await send(viewer, LIVE_EVENTS.present, { room: CODE })).toMatchObject({ ok: true, presenter: false });
    expect(await show(viewer, 'q0')).toEqual({ ok: false, reason: 'unauthorized' });
    expect(room.openQuestion).toBeUndefined();

    const deck = await presenter(server);
    const counts = next<RoomCounts>(viewer, LIVE_EVENTS.counts);
    expect(await show(deck, 'q0')).toEqual({ ok: true });
    expect(room.openQuestion?.id).toBe('q0');
    expect(await counts).toMatchObject({ current: { question: 'q0', answers: 0, revealed: false } });
  });

  it('refuses bad messages with a reason, and drops a connection that sends an oversized one', async () => {
    const { server, room } = await start();
    const deck = await presenter(server);
    const { socket } = await phone(server);
    for (const bad of [
      null,
      'text',
      { room: '12' },
      { room: CODE, extra: 1 },
      { room: CODE, nickname: 'x'.repeat(LIMITS.nickname + 1) },
    ]) {
      expect(await send(client(server), LIVE_EVENTS.join, bad)).toEqual({ ok: false, reason: 'invalid' });
    }
    expect(await send(deck, LIVE_EVENTS.show, { view: 'question', question: 'nope', revealed: false })).toEqual({
      ok: false,
      reason: 'invalid',
    });
    expect(await send(deck, LIVE_EVENTS.show, { view: 'slide' })).toEqual({ ok: false, reason: 'invalid' });
    expect(await send(socket, LIVE_EVENTS.answer, { question: 'q0', choice: 'a' })).toEqual({
      ok: false,
      reason: 'closed',
    });
    await show(deck, 'q0');
    expect(await send(socket, LIVE_EVENTS.answer, { question: 'q0', choice: 'zz' })).toEqual({
      ok: false,
      reason: 'unknown-choice',
    });
    expect(await send(socket, LIVE_EVENTS.answer, { question: 'q1', choice: 'a' })).toEqual({
      ok: false,
      reason: 'closed',
    });

    const disconnected = next(socket, 'disconnect');
    socket.io.opts.reconnection = false;
    socket.emit(LIVE_EVENTS.answer, { question: 'q0', choice: 'a'.repeat(LIMITS.messageBytes * 2) });
    await disconnected;
    expect(room.counts().current?.answers).toBe(0);
  });

  it('keeps a full room closed to newcomers, and open to those who joined', async () => {
    const { server } = await start({ maxParticipants: 2 });
    const first = await phone(server);
    await phone(server);
    expect((await phone(server)).reply).toEqual({ ok: false, reason: 'full' });
    const { participant, token } = first.reply as Extract<JoinReply, { ok: true }>;
    expect((await phone(server, { participant, token })).reply).toMatchObject({ ok: true, participant });
    // A stolen id without its token is a newcomer, and the room is full.
    expect((await phone(server, { participant, token: 'forged' })).reply).toEqual({ ok: false, reason: 'full' });
  });

  it('limits join attempts and messages per connection', async () => {
    const { server } = await start();
    const socket = client(server);
    const joins = await Promise.all(
      Array.from({ length: LIMITS.joinsPerMinute + 3 }, () =>
        send<JoinReply>(socket, LIVE_EVENTS.join, { room: '000000' }),
      ),
    );
    expect(joins.filter((reply) => !reply.ok && reply.reason === 'rate').length).toBe(3);
    const flood = client(server);
    const replies = await Promise.all(
      Array.from({ length: LIMITS.messageBurst + 20 }, () =>
        send<{ ok: boolean; reason?: string }>(flood, LIVE_EVENTS.answer, { question: 'q0', choice: 'a' }),
      ),
    );
    expect(replies.filter((reply) => reply.reason === 'rate').length).toBeGreaterThanOrEqual(15);
  });

  it('counts an answer once however often it is sent, and the last change before the reveal', async () => {
    const { server, room } = await start();
    const deck = await presenter(server);
    const { socket } = await phone(server);
    await show(deck, 'q0');
    await Promise.all([1, 2, 3].map(() => send(socket, LIVE_EVENTS.answer, { question: 'q0', choice: 'a' })));
    expect(await send(socket, LIVE_EVENTS.answer, { question: 'q0', choice: 'c' })).toEqual({
      ok: true,
      question: 'q0',
      choice: 'c',
    });
    const revealed = next<RoomView>(socket, LIVE_EVENTS.view);
    await show(deck, 'q0', true);
    expect(await revealed).toMatchObject({ phase: 'revealed', right: 'b' });
    expect(await send(socket, LIVE_EVENTS.answer, { question: 'q0', choice: 'b' })).toEqual({
      ok: false,
      reason: 'closed',
    });
    expect(room.counts().current?.choices).toEqual([
      { id: 'a', count: 0 },
      { id: 'b', count: 0 },
      { id: 'c', count: 1 },
    ]);
  });

  it('tells every phone where the room is at once, and each person their own score when asked', async () => {
    const { server } = await start();
    const deck = await presenter(server);
    const ann = await phone(server);
    const bob = await phone(server);
    const views = [next<RoomView>(ann.socket, LIVE_EVENTS.view), next<RoomView>(bob.socket, LIVE_EVENTS.view)];
    await show(deck, 'q0');
    const [annView, bobView] = await Promise.all(views);
    expect(annView).toEqual(bobView);
    expect(annView).toMatchObject({ phase: 'question', question: { id: 'q0', prompt: 'Prompt q0' } });
    // Nothing in the question says which choice is right.
    expect(JSON.stringify(annView)).not.toMatch(/right/);
    await send(ann.socket, LIVE_EVENTS.answer, { question: 'q0', choice: 'b' });
    await send(bob.socket, LIVE_EVENTS.answer, { question: 'q0', choice: 'a' });
    await show(deck, 'q0', true);
    const scoreView = next<RoomView>(ann.socket, LIVE_EVENTS.view);
    await send(deck, LIVE_EVENTS.show, { view: 'score' });
    const { seq } = await scoreView;
    const annScore = await send<ScoreReply>(ann.socket, LIVE_EVENTS.score, { after: seq });
    expect(annScore).toMatchObject({
      ok: true,
      state: { phase: 'score', releases: [{ answers: 1, correct: 1 }], missed: [] },
    });
    const bobScore = await send<ScoreReply>(bob.socket, LIVE_EVENTS.score, { after: seq });
    expect(bobScore).toMatchObject({
      ok: true,
      state: { releases: [{ answers: 1, correct: 0 }], missed: ['item-q0'] },
    });
    expect(await send(client(server), LIVE_EVENTS.score, { after: seq })).toEqual({ ok: false, reason: 'not-joined' });
  });

  it('shows a person’s choice on their other tabs', async () => {
    const { server } = await start();
    const deck = await presenter(server);
    const first = await phone(server);
    const { participant, token } = first.reply as Extract<JoinReply, { ok: true }>;
    const second = await phone(server, { participant, token });
    await show(deck, 'q0');
    const told = next<{ question: string; choice: string }>(second.socket, LIVE_EVENTS.chosen);
    await send(first.socket, LIVE_EVENTS.answer, { question: 'q0', choice: 'c' });
    expect(await told).toEqual({ question: 'q0', choice: 'c' });
  });

  it('gives a phone that lost its connection its place back, and the answer it sent while away', async () => {
    const { server, room } = await start();
    const deck = await presenter(server);
    const { socket, reply } = await phone(server);
    const { participant } = reply as Extract<JoinReply, { ok: true }>;
    const asked = next<RoomView>(socket, LIVE_EVENTS.view);
    await show(deck, 'q0');
    expect(await asked).toMatchObject({ phase: 'question' });
    // The network drops: the transport closes without a goodbye, and socket.io reconnects with its state.
    const back = next(socket, 'connect');
    socket.io.engine.close();
    await back;
    expect(socket.recovered).toBe(true);
    expect(await send(socket, LIVE_EVENTS.answer, { question: 'q0', choice: 'b' })).toMatchObject({ ok: true });
    expect(room.participantCount).toBe(1);
    expect(room.counts().current?.answers).toBe(1);
    expect(room.phoneState(participant, (id) => id)).toMatchObject({ chosen: 'b' });
  });

  it('rejoins as the same person after a reload, with the choice already made', async () => {
    const { server, room } = await start();
    const deck = await presenter(server);
    const first = await phone(server, { nickname: 'Ann <b>' });
    const { participant, token } = first.reply as Extract<JoinReply, { ok: true }>;
    await show(deck, 'q0');
    await send(first.socket, LIVE_EVENTS.answer, { question: 'q0', choice: 'a' });
    first.socket.disconnect();
    const again = await phone(server, { participant, token });
    expect(again.reply).toMatchObject({ ok: true, participant, state: { phase: 'question', chosen: 'a' } });
    expect(room.participantCount).toBe(1);
    expect(room.participantList()).toEqual([expect.objectContaining({ id: participant, nickname: 'Ann <b>' })]);
  });

  it('resumes a room from its journal after a restart, with every acknowledged answer', async () => {
    const journal = join(dir, 'room.journal');
    const first = await start({ log: new FileLog(journal) });
    const deck = await presenter(first.server);
    await show(deck, 'q0');
    const people = await Promise.all([1, 2, 3, 4, 5].map(() => phone(first.server)));
    const acks = await Promise.all(
      people.map(({ socket }, index) =>
        send(socket, LIVE_EVENTS.answer, { question: 'q0', choice: index < 3 ? 'b' : 'a' }),
      ),
    );
    expect(acks.every((ack) => (ack as { ok: boolean }).ok)).toBe(true);
    const before = first.room.counts();
    // The process dies: the server goes without writing anything more.
    for (const client of clients.splice(0)) client.disconnect();
    await servers.pop()!.close();
    await first.host.close();

    const second = await start({ log: new FileLog(journal) });
    expect(second.room.code).toBe(CODE);
    expect(second.room.counts()).toEqual(before);
    const { participant, token } = people[0]!.reply as Extract<JoinReply, { ok: true }>;
    const { reply } = await phone(second.server, { participant, token });
    expect(reply).toMatchObject({ ok: true, state: { phase: 'question', chosen: 'b' } });
    expect(readFileSync(journal, 'utf8').trim().split('\n').length).toBeGreaterThanOrEqual(1 + 1 + 5 + 5);
  });

  it('acknowledges nothing the journal could not keep', async () => {
    const failing: RoomLog = {
      read: async () => [],
      write: async (events) => {
        if (events.some((event) => event.type === 'answer')) throw new Error('disk full');
      },
      close: async () => {},
    };
    const { server, room } = await start({ log: failing });
    const deck = await presenter(server);
    await show(deck, 'q0');
    const { socket } = await phone(server);
    expect(await send(socket, LIVE_EVENTS.answer, { question: 'q0', choice: 'a' })).toEqual({
      ok: false,
      reason: 'unavailable',
    });
    expect(room.counts().current?.answers).toBe(0);
  });

  it('serves the built site and nothing outside it', async () => {
    const { server } = await start();
    expect((await fetch(new URL('join.html', server.url))).status).toBe(200);
    for (const path of ['../outside.txt', '%2e%2e/outside.txt', '.secret', '..%2foutside.txt']) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status, path).toBe(404);
      expect(await response.text()).not.toMatch(/outside|dotfile/);
    }
    // socket.io's own client script is not served: the pages bundle what they use.
    expect((await fetch(new URL('socket.io/socket.io.js', server.url))).status).not.toBe(200);
  });
});
