/** The live room's state machine: counts, resends, reveals and scores, as properties over any sequence of events. */
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planRoomQuiz } from '../../../quiz/room-plan.ts';
import { wordRoomQuiz } from '../../../src/deck/room-quiz.ts';
import { quizWords } from '../../../src/locale/index.ts';
import { liveQuestions, Room, roomResults, type LiveQuestion, type RoomEvent } from '../../../src/live/room.ts';
import { loadDeck } from '../../../src/model/fs.ts';

const PEOPLE = ['ann', 'bob', 'cy', 'dee', 'eve'];
const QUESTIONS: LiveQuestion[] = ['q0', 'q1', 'q2', 'q3'].map((id, index) => ({
  id,
  prompt: `question ${id}`,
  choices: ['a', 'b', 'c', 'd'].map((choice) => ({ id: choice, label: choice.toUpperCase() })),
  talk: 'talk',
  release: index < 2 ? 'pike' : 'queens',
  project: 'nova',
  item: `item-${id}`,
  right: 'b',
}));
const releaseName = (id: string) => id.toUpperCase();

const opened = (): Room => {
  const room = new Room(QUESTIONS, { maxParticipants: 3 });
  room.apply({ type: 'open-room', at: 0, code: '123456', event: 'test', keyHash: 'k' });
  return room;
};

const eventArb: fc.Arbitrary<RoomEvent> = fc.oneof(
  {
    weight: 2,
    arbitrary: fc
      .constantFrom(...PEOPLE)
      .map((participant) => ({ type: 'join' as const, at: 1, participant, tokenHash: `t-${participant}` })),
  },
  {
    weight: 2,
    arbitrary: fc
      .record({ question: fc.constantFrom(...QUESTIONS.map((q) => q.id)), revealed: fc.boolean() })
      .map((view) => ({ type: 'show' as const, at: 2, view: { view: 'question' as const, ...view } })),
  },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom('score' as const, 'other' as const)
      .map((view) => ({ type: 'show' as const, at: 3, view: { view } })),
  },
  {
    weight: 6,
    arbitrary: fc
      .record({
        participant: fc.constantFrom(...PEOPLE),
        question: fc.constantFrom(...QUESTIONS.map((q) => q.id)),
        choice: fc.constantFrom('a', 'b', 'c', 'd', 'z'),
      })
      .map((answer) => ({ type: 'answer' as const, at: 4, ...answer })),
  },
  { weight: 1, arbitrary: fc.constant({ type: 'reset' as const, at: 5 }) },
);

/** The rules, said plainly: who may answer what, and which answer counts. */
function model(events: readonly RoomEvent[]) {
  const joined = new Set<string>();
  let shown: { question: string; revealed: boolean } | undefined;
  let revealed = new Set<string>();
  let last = new Map<string, Map<string, string>>();
  for (const event of events) {
    if (event.type === 'join' && (joined.has(event.participant) || joined.size < 3)) joined.add(event.participant);
    if (event.type === 'show') {
      shown = event.view.view === 'question' ? event.view : undefined;
      if (event.view.view === 'question' && event.view.revealed) revealed.add(event.view.question);
    }
    if (event.type === 'reset') {
      shown = undefined;
      revealed = new Set();
      last = new Map();
    }
    if (
      event.type === 'answer' &&
      joined.has(event.participant) &&
      shown?.question === event.question &&
      !revealed.has(event.question) &&
      event.choice !== 'z'
    ) {
      const given = last.get(event.question) ?? new Map<string, string>();
      given.set(event.participant, event.choice);
      last.set(event.question, given);
    }
  }
  return { joined, last };
}

const countsOf = (room: Room) =>
  Object.fromEntries(room.questionResults().map((question) => [question.id, question.choices.map((c) => c.count)]));

describe('the live room', () => {
  it('counts, per choice, the distinct people whose last answer it was', () => {
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 80 }), (events) => {
        const room = opened();
        for (const event of events) room.apply(event);
        const { joined, last } = model(events);
        expect(room.participantCount).toBe(joined.size);
        for (const question of room.questionResults()) {
          const given = [...(last.get(question.id)?.values() ?? [])];
          expect(question.answered).toBe(given.length);
          expect(question.choices.map((choice) => choice.count)).toEqual(
            ['A', 'B', 'C', 'D'].map((label) => given.filter((chosen) => chosen.toUpperCase() === label).length),
          );
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never changes a count when an answer is sent again', () => {
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 60 }), fc.array(fc.nat(), { maxLength: 10 }), (events, resends) => {
        const once = opened();
        for (const event of events) once.apply(event);
        // Every resend right after its first sending: what a phone does when its acknowledgement is lost.
        const twice = opened();
        const resent = new Set(resends.map((index) => index % Math.max(1, events.length)));
        events.forEach((event, index) => {
          twice.apply(event);
          if (event.type === 'answer' && resent.has(index)) twice.apply({ ...event });
        });
        expect(countsOf(twice)).toEqual(countsOf(once));
        // The same counts, though the resends are events of their own.
        expect({ ...twice.counts(), seq: 0 }).toEqual({ ...once.counts(), seq: 0 });
      }),
      { numRuns: 300 },
    );
  });

  it('refuses an answer once the question is revealed, and keeps the count it had', () => {
    fc.assert(
      fc.property(
        fc.array(eventArb, { maxLength: 60 }),
        fc.constantFrom(...PEOPLE),
        fc.constantFrom('a', 'b', 'c', 'd'),
        (events, participant, choice) => {
          const room = opened();
          for (const event of events) room.apply(event);
          room.apply({ type: 'join', at: 6, participant: 'late', tokenHash: 'x' });
          room.apply({ type: 'show', at: 7, view: { view: 'question', question: 'q1', revealed: true } });
          const before = countsOf(room);
          for (const who of [participant, 'late']) {
            expect(room.apply({ type: 'answer', at: 8, participant: who, question: 'q1', choice })).toEqual({
              ok: false,
              reason: expect.any(String),
            });
          }
          expect(countsOf(room)).toEqual(before);
        },
      ),
    );
  });

  it('gives per-release totals that are the sums over their revealed questions', () => {
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 80 }), (events) => {
        const room = opened();
        for (const event of events) room.apply(event);
        const questions = room.questionResults().filter((question) => question.revealed);
        const releases = room.releaseScores(['pike', 'queens'], releaseName);
        for (const release of releases) {
          const mine = questions.filter((question) => question.release === release.id);
          expect(release.asked).toBe(mine.length);
          expect(release.answers).toBe(mine.reduce((sum, question) => sum + question.answered, 0));
          expect(release.correct).toBe(
            mine.reduce(
              (sum, question) => sum + question.choices.filter((c) => c.correct).reduce((s, c) => s + c.count, 0),
              0,
            ),
          );
        }
        expect(releases.map((release) => release.id)).toEqual(
          ['pike', 'queens'].filter((release) => questions.some((question) => question.release === release)),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('tells each phone its own part: the open question, its choice, the right one after the reveal, its score', () => {
    const room = opened();
    room.apply({ type: 'join', at: 1, participant: 'ann', tokenHash: 't' });
    room.apply({ type: 'join', at: 1, participant: 'bob', tokenHash: 't' });
    expect(room.phoneState('ann', releaseName)).toEqual({ phase: 'waiting' });
    room.apply({ type: 'show', at: 2, view: { view: 'question', question: 'q0', revealed: false } });
    room.apply({ type: 'answer', at: 3, participant: 'ann', question: 'q0', choice: 'a' });
    room.apply({ type: 'answer', at: 3, participant: 'ann', question: 'q0', choice: 'b' });
    const ann = room.phoneState('ann', releaseName);
    expect(ann).toMatchObject({ phase: 'question', chosen: 'b', question: { id: 'q0' } });
    // Before the reveal, nothing says which choice is right.
    expect(JSON.stringify(ann)).not.toContain('right');
    expect(room.counts().current).toEqual({ question: 'q0', answers: 1, revealed: false });
    room.apply({ type: 'show', at: 4, view: { view: 'question', question: 'q0', revealed: true } });
    expect(room.phoneState('ann', releaseName)).toMatchObject({ phase: 'revealed', chosen: 'b', right: 'b' });
    expect(room.phoneState('bob', releaseName)).toMatchObject({ phase: 'revealed', right: 'b' });
    expect(room.counts().current?.choices).toEqual([
      { id: 'a', count: 0 },
      { id: 'b', count: 1 },
      { id: 'c', count: 0 },
      { id: 'd', count: 0 },
    ]);
    room.apply({ type: 'join', at: 5, participant: 'cy', tokenHash: 't' });
    room.apply({ type: 'show', at: 5, view: { view: 'score' } });
    // Someone who came in after a question was revealed is not scored on it.
    expect(room.phoneState('cy', releaseName)).toEqual({
      phase: 'score',
      at: expect.any(String),
      releases: [],
      missed: [],
      answers: {},
    });
    expect(room.phoneState('ann', releaseName)).toEqual({
      phase: 'score',
      at: new Date(5).toISOString(),
      releases: [{ release: 'pike', name: 'PIKE', answers: 1, correct: 1 }],
      missed: [],
      answers: { q0: 'b' },
    });
    expect(room.phoneState('bob', releaseName)).toMatchObject({ missed: ['item-q0'], answers: {} });
  });

  it('keeps a person out of a full room, but lets a known person rejoin, and only with their token', () => {
    const room = opened();
    for (const participant of ['ann', 'bob', 'cy']) room.apply({ type: 'join', at: 1, participant, tokenHash: 't' });
    expect(room.apply({ type: 'join', at: 2, participant: 'dee', tokenHash: 't' })).toEqual({
      ok: false,
      reason: 'full',
    });
    expect(room.apply({ type: 'join', at: 2, participant: 'ann', tokenHash: 't' })).toEqual({ ok: true });
    expect(room.apply({ type: 'join', at: 2, participant: 'ann', tokenHash: 'stolen' })).toEqual({
      ok: false,
      reason: 'unauthorized',
    });
    expect(room.participantCount).toBe(3);
  });

  it('asks the room quiz of the Boston deck, and writes results in the documented shape', () => {
    const deck = loadDeck(process.cwd(), resolve('slides'), 'boston-2017');
    const questions = liveQuestions(deck, wordRoomQuiz(planRoomQuiz(deck), quizWords(deck.language)));
    expect(questions.length).toBeGreaterThan(8);
    // Worded in the deck's language, as the slides ask them.
    for (const question of questions) expect(question.prompt).toMatch(/\u00a0\?$/);
    for (const question of questions) expect(question.choices.map((c) => c.id)).toContain(question.right);
    const room = new Room(questions, { maxParticipants: 10 });
    room.apply({ type: 'open-room', at: Date.UTC(2026, 0, 1), code: '000001', event: deck.slug, keyHash: 'k' });
    room.apply({ type: 'join', at: 1, participant: 'ann', tokenHash: 't' });
    const [first] = questions;
    room.apply({ type: 'show', at: 2, view: { view: 'question', question: first!.id, revealed: false } });
    room.apply({ type: 'answer', at: 3, participant: 'ann', question: first!.id, choice: first!.right });
    room.apply({ type: 'show', at: 4, view: { view: 'question', question: first!.id, revealed: true } });
    const results = roomResults(room, deck, Date.UTC(2026, 0, 1, 1));
    expect(results).toEqual({
      event: deck.slug,
      room: '000001',
      startedAt: '2026-01-01T00:00:00.000Z',
      endedAt: '2026-01-01T01:00:00.000Z',
      participants: 1,
      questions: [
        expect.objectContaining({
          id: first!.id,
          talk: first!.talk,
          release: first!.release,
          project: expect.any(String),
          prompt: first!.prompt,
          answered: 1,
          choices: first!.choices.map((choice) => ({
            text: choice.label,
            correct: choice.id === first!.right,
            count: choice.id === first!.right ? 1 : 0,
          })),
        }),
      ],
      releases: [{ id: first!.release, name: expect.any(String), asked: 1, answers: 1, correct: 1 }],
    });
    expect(results.questions[0]!.project).not.toBe('');
  });
});
