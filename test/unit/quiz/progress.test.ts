import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Deck } from '../../../src/model/index.ts';
import {
  addSession,
  collectItems,
  decodeProgress,
  fingerprint,
  emptyProgress,
  encodeProgress,
  generateQuiz,
  PROGRESS_LIMITS,
  PROGRESS_VERSION,
  recordAnswer,
  type Progress,
} from '../../../quiz/index.ts';
import { answerOf, FIXED_NOW, FIXED_SEED, fixtureDeck } from '../../fixtures/quiz/deck.ts';
import { anyResponses } from '../../fixtures/quiz/responses.ts';

const quiz = generateQuiz(fixtureDeck, { seed: FIXED_SEED, now: FIXED_NOW, scope: { releases: ['pike', 'havana'] } });
const sample: Progress = [
  answerOf('which-release:octavia-active-active', { kind: 'which-release', choice: 'pike' }),
  answerOf('recall:openstack-ansible:pike', { kind: 'recall', typed: ['centos 7', 'uwsgi'] }, { grade: 'easy' }),
  answerOf('sort:fwaas', { kind: 'sort', cards: ['fwaas-v1', 'fwaas-zones'], placed: { 'fwaas-v1': 'havana' } }),
  answerOf('in-release:fwaas-logging', { kind: 'in-release', choice: 'fwaas-zones' }),
].reduce((progress, answer) => recordAnswer(fixtureDeck, progress, answer), addSession(emptyProgress(), quiz.session));

const cleanReport = { notes: [], dropped: { sessions: 0, answers: 0, cards: 0 }, reset: 0, future: 0, version: 3 };

describe('encodeProgress / decodeProgress', () => {
  it('round-trips, with dates as ISO strings', () => {
    const text = encodeProgress(sample);
    expect(JSON.parse(text)).toMatchObject({
      version: PROGRESS_VERSION,
      sessions: [
        {
          id: quiz.session.id,
          kind: 'quiz',
          seed: FIXED_SEED,
          startedAt: '2017-05-11T09:00:00.000Z',
          scope: { releases: ['pike', 'havana'] },
        },
      ],
      answers: expect.arrayContaining([expect.objectContaining({ at: '2017-05-11T09:00:00.000Z' })]),
    });
    expect(decodeProgress(text, fixtureDeck)).toEqual({ progress: sample, report: cleanReport });
  });

  it('starts empty, silently, when nothing was saved', () => {
    for (const nothing of [null, undefined, '', '  ']) {
      expect(decodeProgress(nothing, fixtureDeck).report.notes).toEqual([]);
      expect(decodeProgress(nothing, fixtureDeck).progress).toEqual(emptyProgress());
    }
  });

  it('starts empty, saying why, on text that is not progress', () => {
    expect(decodeProgress('{"version": 2,', fixtureDeck).report.notes).toEqual([{ kind: 'invalid-json' }]);
    for (const text of ['[]', '42', '"x"', 'null', '{"answers": []}']) {
      expect(decodeProgress(text, fixtureDeck)).toEqual({
        progress: emptyProgress(),
        report: {
          notes: [{ kind: 'not-progress' }],
          dropped: { sessions: 0, answers: 0, cards: 0 },
          reset: 0,
          future: 0,
        },
      });
    }
    for (const [version, shown] of [
      ['"2"', '"2"'],
      ['0', '0'],
      ['1.5', '1.5'],
      ['null', 'null'],
    ]) {
      expect(decodeProgress(`{"version": ${version}, "answers": []}`, fixtureDeck).report.notes).toEqual([
        { kind: 'unknown-version', version: shown },
      ]);
    }
  });

  it('keeps what a newer version wrote that still reads as the current one', () => {
    const future = { ...JSON.parse(encodeProgress(sample)), version: 4, extra: { whatever: true } };
    const { progress, report } = decodeProgress(JSON.stringify(future), fixtureDeck);
    expect(progress).toEqual(sample);
    expect(report.notes).toEqual([{ kind: 'future-version', version: 4 }]);
    expect(report.version).toBe(4);
  });

  it('migrates version 1 (no question kinds, no sure flag, no session kinds)', () => {
    const v1 = {
      version: 1,
      sessions: [{ id: 's1', seed: 7, startedAt: '2017-05-11T09:00:00.000Z' }],
      answers: [
        {
          question: 'which-release:octavia-cli',
          session: 's1',
          at: '2017-05-11T09:00:00.000Z',
          response: { choice: 'pike' },
        },
        {
          question: 'recall:octavia:queens',
          session: 's1',
          at: '2017-05-11T09:01:00Z',
          response: { typed: ['flavors'] },
        },
      ],
      cards: {},
    };
    const { progress, report } = decodeProgress(JSON.stringify(v1), fixtureDeck);
    expect(progress).toEqual({
      sessions: [{ id: 's1', kind: 'quiz', seed: 7, startedAt: FIXED_NOW }],
      answers: [
        answerOf('which-release:octavia-cli', { kind: 'which-release', choice: 'pike' }),
        {
          question: 'recall:octavia:queens',
          session: 's1',
          at: new Date('2017-05-11T09:01:00.000Z'),
          response: { kind: 'recall', typed: ['flavors'] },
        },
      ].map((answer) => ({ ...answer, session: 's1' })),
      cards: {},
    });
    expect(report).toEqual({
      notes: [{ kind: 'migrated', from: 1, to: 3 }],
      dropped: { sessions: 0, answers: 0, cards: 0 },
      reset: 0,
      future: 0,
      version: 1,
    });
  });

  it('migrates version 2 ("sure" becomes the Easy grade; a sort dealt every dated item of its project)', () => {
    const v2 = {
      version: 2,
      sessions: [{ id: 's2', kind: 'quiz', seed: 7, startedAt: '2017-05-11T09:00:00.000Z' }],
      answers: [
        {
          question: 'which-release:octavia-cli',
          session: 's2',
          at: '2017-05-11T09:00:00.000Z',
          sure: true,
          response: { kind: 'which-release', choice: 'pike' },
        },
        {
          question: 'sort:openstack-ansible',
          session: 's2',
          at: '2017-05-11T09:00:00.000Z',
          sure: false,
          response: { kind: 'sort', placed: { 'osa-centos': 'pike' } },
        },
      ],
    };
    const { progress, report } = decodeProgress(JSON.stringify(v2), fixtureDeck);
    expect(progress.answers).toEqual([
      answerOf(
        'which-release:octavia-cli',
        { kind: 'which-release', choice: 'pike' },
        { grade: 'easy', session: 's2' },
      ),
      answerOf(
        'sort:openstack-ansible',
        {
          kind: 'sort',
          cards: ['osa-official', 'osa-centos', 'osa-uwsgi', 'osa-ops-guide', 'osa-ops-guide-queens'],
          placed: { 'osa-centos': 'pike' },
        },
        { session: 's2' },
      ),
    ]);
    expect(report.notes).toEqual([{ kind: 'migrated', from: 2, to: 3 }]);
  });

  it('drops bad entries and what the deck no longer has, keeps the rest, and reports it', () => {
    const doc = JSON.parse(encodeProgress(sample));
    doc.sessions.push({ id: 'broken' }, doc.sessions[0]);
    doc.answers.push(
      { question: 'which-release:octavia-cli', at: 'yesterday', response: { kind: 'which-release', choice: 'pike' } },
      { ...doc.answers[0], question: 'which-release:removed-item' },
      { ...doc.answers[0], question: 'recall:octavia:rocky', response: { kind: 'recall', typed: [] } },
      { ...doc.answers[0], response: { kind: 'recall', typed: ['x'] } }, // wrong kind for its question
    );
    doc.cards['removed-item'] = doc.cards['octavia-active-active'];
    doc.cards['octavia-cli'] = { fingerprint: 'x', card: { due: 'soon' } };
    const { progress, report } = decodeProgress(JSON.stringify(doc), fixtureDeck);
    expect(progress).toEqual(sample);
    expect(report).toEqual({
      notes: [
        { kind: 'unreadable', count: 1, what: 'sessions' },
        { kind: 'duplicate-sessions', count: 1 },
        { kind: 'unreadable', count: 1, what: 'answers' },
        { kind: 'gone-questions', count: 3 },
        { kind: 'unreadable', count: 1, what: 'cards' },
        { kind: 'gone-items', count: 1 },
      ],
      dropped: { sessions: 2, answers: 4, cards: 2 },
      reset: 0,
      future: 0,
      version: 3,
    });
  });

  it('says when a list is not a list', () => {
    const { report } = decodeProgress('{"version": 3, "sessions": {}, "answers": 3, "cards": []}', fixtureDeck);
    expect(report.notes).toEqual([
      { kind: 'not-a-list', what: 'sessions' },
      { kind: 'not-a-list', what: 'answers' },
      { kind: 'not-a-list', what: 'cards' },
    ]);
  });

  it('resets the cards of items whose text or release changed', () => {
    const edited: Deck = structuredClone(fixtureDeck);
    edited.talks[0].roadmap![2].text = 'Haute disponibilité active/passive'; // octavia-active-active
    edited.talks[1].roadmap![0].release = 'queens'; // osa-centos
    const { progress, report } = decodeProgress(encodeProgress(sample), edited);
    expect(Object.keys(progress.cards)).not.toContain('octavia-active-active');
    expect(Object.keys(progress.cards)).not.toContain('osa-centos');
    expect(Object.keys(progress.cards)).toContain('osa-uwsgi');
    expect(report.reset).toBe(2);
    expect(report.notes).toEqual([{ kind: 'reset-cards', items: ['octavia-active-active', 'osa-centos'] }]);
    // A change of case or punctuation only is not a change of meaning.
    const retyped: Deck = structuredClone(fixtureDeck);
    retyped.talks[0].roadmap![2].text = 'Haute disponibilité : Active / Active';
    expect(decodeProgress(encodeProgress(sample), retyped).report.reset).toBe(0);
  });
});

describe('decodeProgress, for any input', () => {
  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        decodeProgress(text, fixtureDeck);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on arbitrary JSON, in or out of the expected envelope', () => {
    const anyJson = fc.jsonValue();
    const envelope = fc.record(
      {
        version: fc.oneof(fc.constantFrom(1, 2, 3), anyJson),
        sessions: fc.oneof(anyJson, fc.array(anyJson)),
        answers: fc.oneof(anyJson, fc.array(fc.record({ question: fc.string(), response: anyJson, at: anyJson }))),
        cards: fc.oneof(anyJson, fc.dictionary(fc.constantFrom('octavia-cli', '__proto__', 'constructor'), anyJson)),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(anyJson, envelope), (value) => {
        const { progress, report } = decodeProgress(JSON.stringify(value), fixtureDeck);
        expect(Array.isArray(progress.answers)).toBe(true);
        expect(report.dropped.answers).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps every answer a learner could give, through encode and decode', () => {
    fc.assert(
      fc.property(anyResponses(fixtureDeck, quiz.questions), (responses) => {
        const progress = quiz.questions.reduce(
          (current, question, index) => recordAnswer(fixtureDeck, current, answerOf(question.id, responses[index])),
          emptyProgress(),
        );
        expect(decodeProgress(encodeProgress(progress), fixtureDeck)).toEqual({ progress, report: cleanReport });
      }),
      { numRuns: 30 },
    );
  });
});

describe('decodeProgress, against hostile or oversized files', () => {
  const card = (overrides: Record<string, unknown>) => ({
    due: '2017-05-12T09:00:00.000Z',
    stability: 3,
    difficulty: 5,
    elapsed_days: 0,
    scheduled_days: 1,
    learning_steps: 0,
    reps: 1,
    lapses: 0,
    state: 2,
    last_review: '2017-05-11T09:00:00.000Z',
    ...overrides,
  });
  const withCard = (entry: object) =>
    JSON.stringify({
      version: 3,
      cards: {
        'octavia-cli': {
          fingerprint: fingerprint(collectItems(fixtureDeck).find((i) => i.id === 'octavia-cli')!),
          card: entry,
        },
      },
    });

  it('drops a card whose numbers are out of their range, so that the next answer still schedules', () => {
    for (const bad of [{ stability: 1e308 }, { difficulty: -1 }, { scheduled_days: 1e9 }, { reps: 1.5 }]) {
      const { progress, report } = decodeProgress(withCard(card(bad)), fixtureDeck);
      expect(progress.cards, JSON.stringify(bad)).toEqual({});
      expect(report.notes).toEqual([{ kind: 'unreadable', count: 1, what: 'cards' }]);
      // A right answer now reviews a new card, with a valid due date.
      const after = recordAnswer(
        fixtureDeck,
        progress,
        answerOf('which-release:octavia-cli', { kind: 'which-release', choice: 'pike' }),
      );
      expect(after.cards['octavia-cli'].card.due.getTime()).not.toBeNaN();
    }
    expect(Object.keys(decodeProgress(withCard(card({})), fixtureDeck).progress.cards)).toEqual(['octavia-cli']);
  });

  it('drops dates far in the future, and, knowing the time, anything dated after tomorrow', () => {
    expect(decodeProgress(withCard(card({ due: '9999-01-01T00:00:00.000Z' })), fixtureDeck).progress.cards).toEqual({});
    const tomorrowAndMore = '2017-05-13T09:00:00.000Z';
    const doc = {
      version: 3,
      sessions: [{ id: 's', kind: 'quiz', seed: 1, startedAt: '2017-05-11T09:00:00.000Z' }],
      answers: [
        {
          question: 'which-release:octavia-cli',
          session: 's',
          at: '2017-05-11T09:00:00.000Z',
          response: { kind: 'which-release', choice: 'pike' },
        },
        {
          question: 'which-release:octavia-cli',
          session: 's',
          at: tomorrowAndMore,
          response: { kind: 'which-release', choice: 'pike' },
        },
      ],
    };
    const { progress, report } = decodeProgress(JSON.stringify(doc), fixtureDeck, { now: FIXED_NOW });
    expect(progress.answers).toHaveLength(1);
    expect(report.notes).toEqual([{ kind: 'future', count: 1 }]);
    // Without the time, only the absolute range applies.
    expect(decodeProgress(JSON.stringify(doc), fixtureDeck).progress.answers).toHaveLength(2);
  });

  it('refuses strings and lists longer than a learner could type', () => {
    const doc = (typed: string[]) =>
      JSON.stringify({
        version: 3,
        answers: [
          {
            question: 'recall:octavia:pike',
            session: 's',
            at: '2017-05-11T09:00:00.000Z',
            response: { kind: 'recall', typed },
          },
        ],
      });
    expect(decodeProgress(doc(['CLI']), fixtureDeck).progress.answers).toHaveLength(1);
    expect(decodeProgress(doc(['x'.repeat(PROGRESS_LIMITS.typedChars + 1)]), fixtureDeck).progress.answers).toEqual([]);
    expect(
      decodeProgress(doc(Array.from({ length: PROGRESS_LIMITS.listEntries + 1 }, () => 'a')), fixtureDeck).report.notes,
    ).toEqual([{ kind: 'unreadable', count: 1, what: 'answers' }]);
  });

  it('refuses a text longer than the largest progress it keeps, without reading it', () => {
    const huge = `{"version":3,"answers":[${'"x",'.repeat(PROGRESS_LIMITS.textChars / 4)}"x"]}`;
    const { progress, report } = decodeProgress(huge, fixtureDeck);
    expect(progress).toEqual(emptyProgress());
    expect(report.notes).toEqual([{ kind: 'too-large', chars: huge.length, limit: PROGRESS_LIMITS.textChars }]);
  });

  it('summarises the oldest sessions beyond the limits, keeping their score for the trend and every card', () => {
    const sessions = Array.from({ length: PROGRESS_LIMITS.sessions + 20 }, (_, index) => ({
      id: `s${String(index).padStart(4, '0')}`,
      kind: 'quiz' as const,
      seed: index,
      startedAt: new Date(FIXED_NOW.getTime() + index * 60_000),
    }));
    let progress: Progress = { ...emptyProgress(), sessions };
    for (const [index, session] of sessions.entries()) {
      progress = recordAnswer(
        fixtureDeck,
        progress,
        answerOf(
          'which-release:octavia-cli',
          { kind: 'which-release', choice: index % 2 ? 'pike' : 'queens' },
          { session: session.id, at: session.startedAt },
        ),
      );
    }
    const decoded = decodeProgress(encodeProgress(progress), fixtureDeck);
    expect(decoded.progress.sessions).toHaveLength(PROGRESS_LIMITS.sessions);
    expect(decoded.progress.sessions[0].id).toBe('s0020');
    expect(decoded.progress.summaries?.map((summary) => [summary.id, summary.score.percent])).toEqual(
      sessions.slice(0, 20).map((session, index) => [session.id, index % 2 ? 100 : 0]),
    );
    expect(decoded.progress.cards).toEqual(progress.cards);
    expect(decoded.report.notes).toEqual([{ kind: 'summarised', count: 20 }]);
    // Compact progress reads back as it was written.
    expect(decodeProgress(encodeProgress(decoded.progress), fixtureDeck)).toEqual({
      progress: decoded.progress,
      report: cleanReport,
    });
  });
});
