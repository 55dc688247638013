/** The room quiz: the questions the deck asks aloud, and the room's score per release. */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDeck } from '../../../src/model/fs.ts';
import type { Deck } from '../../../src/model/index.ts';
import { collectItems, normalizeAnswer, type Prompt } from '../../../quiz/index.ts';
import { namesWords } from '../../../quiz/items.ts';
import {
  decodeRoomTally,
  encodeRoomTally,
  roomQuestions,
  roomScore,
  selectRoomQuiz,
  withVerdict,
  type RoomQuiz,
} from '../../../quiz/room.ts';
import { deckWords, quizWords } from '../../../src/locale/index.ts';
import { vocabularyOf } from '../../../src/model/index.ts';
import { planRoomQuiz, roomSeed } from '../../../quiz/room-plan.ts';
import { fixtureDeck } from '../../fixtures/quiz/deck.ts';

const boston = loadDeck(process.cwd(), resolve('slides'), 'boston-2017');

const ids = (quiz: RoomQuiz) => ({
  talks: quiz.talks.map((talk) => [talk.talk, talk.questions.map((asked) => asked.question.id)]),
  final: quiz.final.map((asked) => [asked.release, asked.question.id]),
});

describe('planRoomQuiz', () => {
  const quiz = planRoomQuiz(fixtureDeck);

  it('asks the same questions every time, pinned for the fixture', () => {
    expect(ids(quiz)).toEqual({
      talks: [
        ['octavia-update', ['which-release:octavia-active-active', 'in-release:octavia-lbaas-merge']],
        ['openstack-ansible-update', ['which-release:osa-uwsgi', 'in-release:osa-ops-guide-queens']],
        ['fwaas-v2', ['which-release:fwaas-v1-eol']],
        ['cinder-beyond', ['which-release:cinder-bfv-default', 'in-release:cinder-image-driver']],
      ],
      final: [['havana', 'in-release:fwaas-v1']],
    });
    expect(planRoomQuiz(structuredClone(fixtureDeck))).toEqual(quiz);
  });

  it('asks after each talk that has roadmap items, first which release one of them is planned for', () => {
    const items = new Map(collectItems(fixtureDeck).map((item) => [item.id, item]));
    const withRoadmap = fixtureDeck.talks.filter((talk) => talk.roadmap?.length).map((talk) => talk.id);
    expect(quiz.talks.map((entry) => entry.talk)).toEqual(withRoadmap);
    for (const { talk, questions } of quiz.talks) {
      expect(questions.length).toBeGreaterThanOrEqual(1);
      expect(questions.length).toBeLessThanOrEqual(2);
      const [first, second] = questions.map((asked) => asked.question);
      expect(first.kind).toBe('which-release');
      if (first.kind === 'which-release') expect(items.get(first.item)).toMatchObject({ talk, source: 'roadmap' });
      if (second) expect(second.kind).toBe('in-release');
    }
  });

  it('has one right choice per question, the answer as it reads', () => {
    const [release, item] = quiz.talks[0].questions;
    expect(release).toMatchObject({
      talk: 'octavia-update',
      release: 'queens',
      rightChoice: 'queens',
      answer: 'Queens',
    });
    expect(item).toMatchObject({
      talk: 'octavia-update',
      release: 'pike',
      rightChoice: 'octavia-lbaas-merge',
      answer: "Merge de l'API v2 Neutron LBaaS dans Octavia",
    });
    for (const asked of roomQuestions(quiz)) {
      const right = asked.question.choices.filter((choice) => choice.id === asked.rightChoice);
      expect(right.map((choice) => choice.label)).toEqual([asked.answer]);
    }
    const all = roomQuestions(quiz).map((asked) => asked.question.id);
    expect(new Set(all).size).toBe(all.length);
  });

  for (const [name, deck] of [
    ['the fixture', fixtureDeck],
    ['the Boston recap', boston],
  ] as const) {
    it(`never shows the room an item whose answer it has seen, nor offers again a wrong choice for its release (${name})`, () => {
      const items = new Map(collectItems(deck).map((item) => [item.id, item]));
      const revealed = new Set<string>();
      const offered = new Map<string, Set<string>>();
      for (const asked of roomQuestions(planRoomQuiz(deck))) {
        for (const shown of asked.question.items) {
          expect(revealed.has(normalizeAnswer(items.get(shown)!.text)), `${asked.question.id} shows ${shown}`).toBe(
            false,
          );
          expect(offered.get(asked.release)?.has(shown) ?? false, `${asked.question.id} offers ${shown} again`).toBe(
            false,
          );
        }
        const target = asked.question.targets[0];
        revealed.add(normalizeAnswer(items.get(target)!.text));
        const wrong = offered.get(asked.release) ?? new Set<string>();
        for (const shown of asked.question.items) if (shown !== target) wrong.add(shown);
        offered.set(asked.release, wrong);
      }
    });

    it(`never names the answer in the prompt or the slide’s heading (${name})`, () => {
      const labels = deckWords(deck.language);
      const prompt = (asked: { question: { prompt: Prompt } }) =>
        quizWords(deck.language).prompt(asked.question.prompt);
      const planned = planRoomQuiz(deck);
      const title = (talk: string) => deck.talks.find((entry) => entry.id === talk)!.title;
      const releaseName = (id: string) => vocabularyOf(deck).releaseName(id);
      const headed = [
        ...planned.talks.flatMap((entry) =>
          entry.questions.map((asked) => ({ asked, heading: `${title(entry.talk)} ${labels.roomQuiz}` })),
        ),
        ...planned.final.map((asked) => ({
          asked,
          heading: `${labels.finalQuizRelease(releaseName(asked.release))} ${labels.roomQuiz}`,
        })),
      ];
      for (const { asked, heading } of headed) {
        expect(namesWords(`${heading} ${prompt(asked)}`, asked.answer), asked.question.id).toBe(false);
      }
    });
  }

  it('asks the real deck about every release it can without a giveaway, history first, backlog last', () => {
    const real = planRoomQuiz(boston);
    expect(real.final.map((asked) => asked.release)).toEqual(['havana', 'kilo', 'newton', 'pike', 'queens', 'backlog']);
    expect(real.talks.map((entry) => entry.talk)).toEqual(
      boston.talks.filter((talk) => talk.roadmap?.length).map((talk) => talk.id),
    );
    const releases = new Set(roomQuestions(real).map((asked) => asked.release));
    // Ocata's one item cannot be asked with enough wrong choices the room has not seen answered.
    expect([...releases].sort()).toEqual(['backlog', 'havana', 'kilo', 'newton', 'pike', 'queens', 'rocky']);
  });

  it('keeps, for a showing of some talks, the same questions about those talks', () => {
    const some = selectRoomQuiz(quiz, ['fwaas-v2']);
    expect(ids(some)).toEqual({
      talks: [['fwaas-v2', ['which-release:fwaas-v1-eol']]],
      final: [['havana', 'in-release:fwaas-v1']],
    });
    expect(selectRoomQuiz(quiz, [])).toBe(quiz);
  });

  it('has no questions for a deck without items', () => {
    const bare: Deck = { ...fixtureDeck, talks: [fixtureDeck.talks.at(-1)!] };
    expect(planRoomQuiz(bare)).toEqual({ talks: [], final: [] });
  });

  it('seeds each part by its name', () => {
    expect(roomSeed('octavia-update')).toBe(roomSeed('octavia-update'));
    expect(roomSeed('octavia-update')).not.toBe(roomSeed('fwaas-v2'));
  });
});

describe('the room’s tally and score', () => {
  const quiz = planRoomQuiz(fixtureDeck);

  it('counts per release the questions tallied, the right ones and the percent', () => {
    let tally = withVerdict({}, 'which-release:octavia-active-active', 'right'); // queens
    tally = withVerdict(tally, 'in-release:osa-ops-guide-queens', 'wrong'); // queens
    tally = withVerdict(tally, 'in-release:octavia-lbaas-merge', 'right'); // pike
    tally = withVerdict(tally, 'in-release:fwaas-v1', 'right'); // havana
    tally = withVerdict(tally, 'which-release:gone', 'right'); // not in the quiz: ignored
    const score = roomScore(fixtureDeck, quiz, tally);
    expect(score.releases).toEqual([
      { release: 'havana', questions: 1, asked: 1, right: 1, percent: 100 },
      { release: 'pike', questions: 2, asked: 1, right: 1, percent: 100 },
      { release: 'queens', questions: 2, asked: 2, right: 1, percent: 50 },
      { release: 'rocky', questions: 1, asked: 0, right: 0, percent: undefined },
      { release: 'backlog', questions: 2, asked: 0, right: 0, percent: undefined },
    ]);
    expect(score.total).toEqual({ questions: 8, asked: 4, right: 3, percent: 75 });
  });

  it('keeps one verdict per question: the last one given', () => {
    const tally = withVerdict(withVerdict({}, 'in-release:fwaas-v1', 'right'), 'in-release:fwaas-v1', 'wrong');
    expect(tally).toEqual({ 'in-release:fwaas-v1': 'wrong' });
    expect(roomScore(fixtureDeck, quiz, tally).releases[0]).toMatchObject({ asked: 1, right: 0, percent: 0 });
  });

  it('rounds percents to whole numbers, as the quiz’s one score does', () => {
    const tally = {
      'which-release:octavia-active-active': 'right',
      'in-release:osa-ops-guide-queens': 'right',
      'which-release:osa-uwsgi': 'wrong',
    } as const;
    expect(roomScore(fixtureDeck, quiz, tally).total).toMatchObject({ asked: 3, right: 2, percent: 67 });
  });

  it('stores the tally as versioned JSON and reads back only what it can', () => {
    const tally = { 'which-release:fwaas-v1': 'right', 'recall:octavia:pike': 'wrong' } as const;
    expect(decodeRoomTally(encodeRoomTally(tally))).toEqual(tally);
    expect(decodeRoomTally(null)).toEqual({});
    expect(decodeRoomTally('not json')).toEqual({});
    expect(decodeRoomTally('[1,2]')).toEqual({});
    expect(decodeRoomTally(JSON.stringify({ version: 99, verdicts: tally }))).toEqual({});
    expect(decodeRoomTally(JSON.stringify({ version: 1, verdicts: { a: 'right', b: 'maybe', c: 3 } }))).toEqual({
      a: 'right',
    });
  });
});
