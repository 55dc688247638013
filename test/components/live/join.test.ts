/**
 * The phones' page with a socket that does what the server would: joining, answering, changing one's mind, a
 * dropped connection (the answer waits and goes when it is back), a rejoin as the same person, the score.
 */
import { describe, expect, it } from 'vitest';
import { LiveClient, identityKey } from '../../../src/join/client.svelte.ts';
import Join from '../../../src/join/Join.svelte';
import { liveWords } from '../../../src/locale/index.ts';
import type { PhoneState } from '../../../src/live/protocol.ts';
import { render } from '../render.ts';
import { FakeSocket, settle } from './fake-socket.ts';

const text = liveWords('fr');
const QUESTION = {
  id: 'q1',
  prompt: 'Dans quelle release ?',
  choices: [
    { id: 'pike', label: 'Pike' },
    { id: 'queens', label: 'Queens' },
  ],
};

function setup(room?: string, stored?: object) {
  const storage = new Map<string, string>();
  if (room && stored) storage.set(identityKey(room), JSON.stringify(stored));
  const store = {
    getItem: (key: string) => storage.get(key) ?? null,
    setItem: (key: string, value: string) => void storage.set(key, value),
    removeItem: (key: string) => void storage.delete(key),
  };
  const socket = new FakeSocket(true);
  const client = new LiveClient(socket, store);
  socket.fire('connect');
  const target = render(Join, { client, text, room });
  return { socket, client, target, storage };
}

async function joined(state: PhoneState = { phase: 'waiting' }) {
  const page = setup('123456');
  page.target.querySelector<HTMLInputElement>('#nickname')!.value = 'Ann';
  page.target.querySelector('#nickname')!.dispatchEvent(new Event('input', { bubbles: true }));
  page.target.querySelector('form')!.requestSubmit();
  await settle();
  page.socket.last('join').reply({ ok: true, participant: 'p1', token: 't1', seq: 1, state });
  await settle();
  return page;
}

const choiceButtons = (target: HTMLElement) => [...target.querySelectorAll<HTMLButtonElement>('.choices button')];

describe('the phones’ page', () => {
  it('joins with the code from the address and an optional nickname, and keeps who joined for a rejoin', async () => {
    const { socket, target, storage } = await joined();
    expect(socket.last('join').message).toEqual({ room: '123456', nickname: 'Ann' });
    expect(target.querySelector('h2')!.textContent).toBe(text.waiting);
    expect(target.textContent).toContain('Salle 123456');
    expect(JSON.parse(storage.get(identityKey('123456'))!)).toEqual({
      participant: 'p1',
      token: 't1',
      nickname: 'Ann',
    });
  });

  it('says why a code is refused, and checks its form before asking', async () => {
    const page = setup();
    const input = page.target.querySelector<HTMLInputElement>('#room-code')!;
    input.value = '12a';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    page.target.querySelector('form')!.requestSubmit();
    await settle();
    expect(page.socket.sent).toEqual([]);
    expect(page.target.querySelector('[role="alert"]')!.textContent).toBe(text.problems.invalid);
    input.value = '654 321';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    page.target.querySelector('form')!.requestSubmit();
    await settle();
    page.socket.last('join').reply({ ok: false, reason: 'no-room' });
    await settle();
    expect(page.socket.last('join').message).toEqual({ room: '654321' });
    expect(page.target.querySelector('[role="alert"]')!.textContent).toBe(text.problems['no-room']);
    expect(input.getAttribute('aria-invalid')).toBe('true');
  });

  it('answers with one tap, says when it is recorded, and lets the person change it', async () => {
    const { socket, target } = await joined();
    socket.fire('view', { seq: 2, phase: 'question', question: QUESTION });
    expect(target.querySelector('h2')!.textContent).toBe(QUESTION.prompt);
    await settle();
    expect(document.activeElement).toBe(target.querySelector('h2'));
    const [pike, queens] = choiceButtons(target);
    pike!.click();
    await settle();
    expect(pike!.getAttribute('aria-pressed')).toBe('true');
    expect(target.querySelector('.answer-status')!.textContent).toContain(text.sending);
    socket.last('answer').reply({ ok: true, question: 'q1', choice: 'pike' });
    await settle();
    expect(target.querySelector('.answer-status')!.textContent).toContain(text.recorded('A'));
    queens!.click();
    await settle();
    socket.last('answer').reply({ ok: true, question: 'q1', choice: 'queens' });
    await settle();
    expect(queens!.getAttribute('aria-pressed')).toBe('true');
    expect(pike!.getAttribute('aria-pressed')).toBe('false');
    expect(target.querySelector('.answer-status')!.textContent).toContain(text.recorded('B'));
  });

  it('keeps an answer made offline and sends it when the connection is back; a new connection rejoins first', async () => {
    const { socket, target, client } = await joined({ phase: 'question', question: QUESTION });
    socket.connected = false;
    socket.fire('disconnect');
    expect(target.querySelector('.connection')!.textContent).toBe(text.connection.offline);
    choiceButtons(target)[1]!.click();
    await settle();
    expect(socket.sent.filter((entry) => entry.event === 'answer')).toEqual([]);
    expect(target.querySelector('.answer-status')!.textContent).toContain(text.pendingOffline('B'));

    socket.connected = true;
    socket.fire('connect'); // not recovered: the server may have restarted
    await settle();
    expect(socket.last('join').message).toEqual({ room: '123456', participant: 'p1', token: 't1', nickname: 'Ann' });
    socket
      .last('join')
      .reply({ ok: true, participant: 'p1', token: 't1', seq: 3, state: { phase: 'question', question: QUESTION } });
    await settle();
    expect(socket.last('answer').message).toEqual({ question: 'q1', choice: 'queens' });
    socket.last('answer').reply({ ok: true, question: 'q1', choice: 'queens' });
    await settle();
    expect(client.sending).toBeUndefined();
    expect(target.querySelector('.answer-status')!.textContent).toContain(text.recorded('B'));
  });

  it('rejoins as the same person after a reload, without asking again', async () => {
    const page = setup('123456', { participant: 'p1', token: 't1' });
    void page.client.join('123456');
    await settle();
    expect(page.socket.last('join').message).toEqual({ room: '123456', participant: 'p1', token: 't1' });
  });

  it('shows right or wrong and the right answer after the reveal, then the person’s score with a link to study the misses', async () => {
    const { socket, target } = await joined();
    socket.fire('view', { seq: 2, phase: 'question', question: QUESTION });
    choiceButtons(target)[0]!.click();
    await settle();
    socket.last('answer').reply({ ok: true, question: 'q1', choice: 'pike' });
    await settle();
    // A view older than the one shown (it took a slower path) changes nothing.
    socket.fire('view', { seq: 1, phase: 'waiting' });
    expect(target.querySelector('h2')!.textContent).toBe(QUESTION.prompt);
    socket.fire('view', { seq: 3, phase: 'revealed', question: QUESTION, right: 'queens' });
    expect(target.querySelector('.verdict')!.textContent!.trim()).toBe(text.wrong);
    expect(target.querySelector('li.right')!.textContent).toContain('Queens');
    expect(target.querySelector('li.mine')!.textContent).toContain(text.yourAnswer);
    expect(choiceButtons(target)).toEqual([]);
    expect(target.querySelector('[aria-live]')!.textContent).toBe(text.wrong);

    socket.fire('view', { seq: 5, phase: 'score' });
    await settle();
    expect(socket.last('score').message).toEqual({ after: 5 });
    socket.last('score').reply({
      ok: true,
      state: {
        phase: 'score',
        at: '2026-11-30T10:00:00.000Z',
        releases: [
          { release: 'pike', name: 'Pike', answers: 2, correct: 1 },
          { release: 'queens', name: 'Queens', answers: 1, correct: 1 },
        ],
        missed: ['nova-cells'],
        answers: {},
      },
    });
    await settle();
    const rows = [...target.querySelectorAll('tbody tr')].map((row) =>
      [...row.children].map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim()),
    );
    expect(rows).toEqual([
      ['Pike', '1 sur 2', '50 %'],
      ['Queens', '1 sur 1', '100 %'],
    ]);
    expect(target.querySelector('tfoot')!.textContent!.replace(/\s+/g, ' ')).toContain('2 sur 3');
    const link = target.querySelector<HTMLAnchorElement>('a.study-missed')!;
    expect(link.textContent).toBe(text.studyMissed(1));
    expect(link.getAttribute('href')).toBe('./study.html?missed=nova-cells&at=2026-11-30T10%3A00%3A00.000Z');
  });

  it('shows prompts and nicknames as text, never as markup', async () => {
    const { socket, target } = await joined();
    socket.fire('view', {
      seq: 2,
      phase: 'question',
      question: { ...QUESTION, prompt: '<img src=x onerror=alert(1)>' },
    });
    expect(target.querySelector('img')).toBeNull();
    expect(target.querySelector('h2')!.textContent).toBe('<img src=x onerror=alert(1)>');
  });
});
