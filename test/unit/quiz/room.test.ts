/** The room quiz: the questions the deck asks aloud, and the room's score per release. */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDeck } from '../../../src/model/fs.ts';
import type { Deck } from '../../../src/model/index.ts';
import { collectItems } from '../../../quiz/index.ts';
import {
  decodeRoomTally,
  encodeRoomTally,
  roomQuestions,
  roomScore,
  withVerdict,
  type RoomQuiz,
} from '../../../quiz/room.ts';
import { planRoomQuiz, roomSeed } from '../../../quiz/room-plan.ts';
import { fixtureDeck } from '../../fixtures/quiz/deck.ts';

const ids = (quiz: RoomQuiz) => ({
  talks: quiz.talks.map((talk) => [talk.talk, talk.questions.map((asked) => asked.question.id)]),
  final: quiz.final.map((asked) => [asked.release, asked.question.id]),
});

describe('planRoomQuiz', () => {
  const quiz = planRoomQuiz(fixtureDeck);

  it('asks the same questions every time, pinned for the fixture', () => {
    expect(ids(quiz)).toEqual({
      talks: [
        ['octavia-update', ['which-release:octavia-active-active', 'recall:octavia:pike']],
        ['openstack-ansible-update', ['which-release:osa-uwsgi']],
        ['fwaas-v2', ['which-release:fwaas-logging']],
        ['cinder-beyond', ['which-release:cinder-bfv-default']],
      ],
      final: [
        ['havana', 'which-release:fwaas-v1'],
        ['newton', 'which-release:fwaas-v2-api'],
        ['pike', 'which-release:octavia-cli'],
        ['queens', 'which-release:octavia-flavors'],
        ['rocky', 'which-release:fwaas-v1-eol'],
        ['backlog', 'which-release:cinder-image-driver'],
      ],
    });
    expect(planRoomQuiz(structuredClone(fixtureDeck))).toEqual(quiz);
  });

  it('asks after each talk that has roadmap items only, first about one of them', () => {
    const items = new Map(collectItems(fixtureDeck).map((item) => [item.id, item]));
    const withRoadmap = fixtureDeck.talks.filter((talk) => talk.roadmap?.length).map((talk) => talk.id);
    expect(quiz.talks.map((entry) => entry.talk)).toEqual(withRoadmap);
    for (const { talk, questions } of quiz.talks) {
      expect(questions.length).toBeGreaterThanOrEqual(1);
      expect(questions.length).toBeLessThanOrEqual(2);
      const first = questions[0].question;
      expect(first.kind).toBe('which-release');
      if (first.kind !== 'which-release') continue;
      expect(items.get(first.item)).toMatchObject({ talk, source: 'roadmap' });
    }
  });

  it('gives each answer: the right release among the choices, or the goals to name', () => {
    const [release, recall] = quiz.talks[0].questions;
    expect(release.rightChoices).toEqual(['queens']);
    expect(release.answer).toEqual(['Queens']);
    expect(release.release).toBe('queens');
    expect(recall.question.prompt).toBe('Citez les 2 objectifs Pike d’Octavia');
    expect(recall.answer).toEqual([
      "Merge de l'API v2 Neutron LBaaS dans Octavia",
      "Support d'Octavia dans la CLI OpenStack",
    ]);
    // The second question is about another release: its answer does not give the first away.
    expect(recall.release).not.toBe(release.release);
  });

  it('asks one question per release that has items, in release order, backlog last, none asked twice', () => {
    const items = collectItems(fixtureDeck);
    const releases = [...fixtureDeck.releases.map((entry) => entry.id), 'backlog'].filter((id) =>
      items.some((item) => item.release === id),
    );
    // Ocata has no item in the fixture.
    expect(releases).not.toContain('ocata');
    expect(quiz.final.map((asked) => asked.release)).toEqual(releases);
    for (const asked of quiz.final) {
      expect(asked.rightChoices).toEqual([asked.release]);
      expect(asked.question.kind === 'which-release' && asked.question.choices.map((choice) => choice.id)).toContain(
        asked.release,
      );
    }
    const all = roomQuestions(quiz).map((asked) => asked.question.id);
    expect(new Set(all).size).toBe(all.length);
  });

  it('asks the real deck one question per release, from Havana to the backlog', () => {
    const boston = loadDeck(process.cwd(), resolve('slides'), 'boston-2017');
    const real = planRoomQuiz(boston);
    expect(real.final.map((asked) => asked.release)).toEqual([
      'havana',
      'kilo',
      'newton',
      'ocata',
      'pike',
      'queens',
      'rocky',
      'backlog',
    ]);
    expect(real.talks.map((entry) => entry.talk)).toEqual(
      boston.talks.filter((talk) => talk.roadmap?.length).map((talk) => talk.id),
    );
  });

  it('never asks a question twice: a release whose only question was asked after its talk has none at the end', () => {
    const octavia = fixtureDeck.talks[0];
    const single: Deck = {
      ...fixtureDeck,
      talks: [{ ...octavia, roadmap: octavia.roadmap!.filter((item) => item.id === 'octavia-active-active') }],
    };
    const planned = planRoomQuiz(single);
    expect(ids(planned)).toEqual({
      talks: [['octavia-update', ['which-release:octavia-active-active']]],
      final: [],
    });
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
    let tally = withVerdict({}, 'which-release:octavia-active-active', 'right'); // queens (talk)
    tally = withVerdict(tally, 'which-release:octavia-flavors', 'wrong'); // queens (final)
    tally = withVerdict(tally, 'recall:octavia:pike', 'right'); // pike
    tally = withVerdict(tally, 'which-release:fwaas-v1', 'right'); // havana
    tally = withVerdict(tally, 'which-release:gone', 'right'); // not in the quiz: ignored
    const score = roomScore(fixtureDeck, quiz, tally);
    expect(score.releases).toEqual([
      { release: 'havana', questions: 1, asked: 1, right: 1, percent: 100 },
      { release: 'newton', questions: 1, asked: 0, right: 0, percent: undefined },
      { release: 'pike', questions: 4, asked: 1, right: 1, percent: 100 },
      { release: 'queens', questions: 2, asked: 2, right: 1, percent: 50 },
      { release: 'rocky', questions: 1, asked: 0, right: 0, percent: undefined },
      { release: 'backlog', questions: 2, asked: 0, right: 0, percent: undefined },
    ]);
    expect(score.total).toEqual({ questions: 11, asked: 4, right: 3, percent: 75 });
  });

  it('keeps one verdict per question: the last one given', () => {
    const tally = withVerdict(withVerdict({}, 'which-release:fwaas-v1', 'right'), 'which-release:fwaas-v1', 'wrong');
    expect(tally).toEqual({ 'which-release:fwaas-v1': 'wrong' });
    expect(roomScore(fixtureDeck, quiz, tally).releases[0]).toMatchObject({ asked: 1, right: 0, percent: 0 });
  });

  it('rounds percents to whole numbers', () => {
    const tally = {
      'which-release:osa-uwsgi': 'right',
      'which-release:fwaas-logging': 'right',
      'which-release:octavia-cli': 'wrong',
    } as const;
    expect(roomScore(fixtureDeck, quiz, tally).releases.find((line) => line.release === 'pike')).toMatchObject({
      asked: 3,
      right: 2,
      percent: 67,
    });
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
