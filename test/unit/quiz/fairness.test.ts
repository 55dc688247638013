/**
 * The quiz measures memory, not cues. For every scope a learner can choose and many seeds:
 * - no question's right answer is named by its prompt, and none asks which release under a one-release scope;
 * - targets, release and project choices, and results stay inside the scope;
 * - a session never shows an item twice, and spreads over projects before coming back to one;
 * - per-release points add up to the total;
 * and a player who knows nothing but reads every cue (the scope, the prompt, what earlier feedback showed)
 * scores no better than one who answers at random.
 */
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkAnswer,
  collectItems,
  creditOf,
  generateQuiz,
  inScope,
  normalizeAnswer,
  scoreAnswers,
  scopeQuestions,
  type Answer,
  type Question,
  type Response,
  type Scope,
} from '../../../quiz/index.ts';
import { namesWords } from '../../../quiz/items.ts';
import { hashText, mulberry32 } from '../../../quiz/random.ts';
import { quizWords } from '../../../src/locale/index.ts';
import { loadDeck } from '../../../src/model/fs.ts';
import type { Deck } from '../../../src/model/index.ts';
import { FIXED_NOW, fixtureDeck } from '../../fixtures/quiz/deck.ts';

const boston = loadDeck(process.cwd(), path.resolve('slides'), 'boston-2017');

/** Every kind of scope the home screen offers: one release, two, one project, one talk, everything. */
function scopesOf(deck: Deck): { kind: string; scope: Scope }[] {
  const items = collectItems(deck);
  const releases = [...new Set(items.flatMap((item) => (item.release ? [item.release] : [])))];
  const projects = [...new Set(items.map((item) => item.project))];
  const talks = [...new Set(items.map((item) => item.talk))];
  return [
    { kind: 'everything', scope: {} },
    ...releases.map((release) => ({ kind: 'one release', scope: { releases: [release] } })),
    ...releases.slice(1).map((release, index) => ({
      kind: 'two releases',
      scope: { releases: [releases[index], release] },
    })),
    ...projects.map((project) => ({ kind: 'one project', scope: { projects: [project] } })),
    ...talks.map((talk) => ({ kind: 'one talk', scope: { talks: [talk] } })),
  ];
}

/** The labels of a question's right answers. */
function rightLabels(deck: Deck, question: Question): string[] {
  const items = new Map(collectItems(deck).map((item) => [item.id, item]));
  switch (question.kind) {
    case 'which-release':
    case 'which-project':
    case 'in-release':
      return question.choices
        .filter(
          (choice) =>
            checkAnswer(deck, answer(question.id, { kind: question.kind, choice: choice.id } as Response)).right,
        )
        .map((choice) => choice.label);
    case 'which-items':
    case 'recall':
    case 'sort':
      return question.targets.flatMap((id) => [items.get(id)!.text, ...items.get(id)!.aliases]);
  }
}

/** The question's prompt as the pages word it in the deck's language: what a player reads. */
function said(deck: Deck, question: Question): string {
  return quizWords(deck.language).prompt(question.prompt);
}

function answer(question: string, response: Response, at = FIXED_NOW): Answer {
  return { question, session: 'fairness', at, response };
}

for (const [name, deck] of [
  ['the fixture', fixtureDeck],
  ['the Boston recap', boston],
] as const) {
  const scopes = scopesOf(deck);
  const items = new Map(collectItems(deck).map((item) => [item.id, item]));
  const scopeArbitrary = fc.constantFrom(...scopes);
  const seeds = fc.integer({ min: 0, max: 0xffffffff });

  describe(`questions over ${name}, in every scope`, () => {
    it('never name their right answer in the prompt, and never ask which release under one release', () => {
      fc.assert(
        fc.property(scopeArbitrary, seeds, ({ scope }, seed) => {
          for (const question of scopeQuestions(deck, scope, seed)) {
            for (const label of rightLabels(deck, question)) {
              expect(namesWords(said(deck, question), label), `${question.id}: ${said(deck, question)}`).toBe(false);
            }
            if (scope.releases?.length === 1) expect(question.kind).not.toBe('which-release');
          }
        }),
        { numRuns: 200 },
      );
    });

    it('never name a project in a which-project prompt: the item’s words have it masked', () => {
      const projectNames = deck.projects.flatMap((project) => [
        project.name,
        ...(project.short ? [project.short] : []),
      ]);
      for (const { scope } of scopes) {
        for (const question of scopeQuestions(deck, scope, 7)) {
          if (question.kind !== 'which-project') continue;
          expect(
            projectNames.filter((project) => namesWords(said(deck, question), project)),
            said(deck, question),
          ).toEqual([]);
        }
      }
    });

    it('keep targets, release and project choices, and results inside the scope', () => {
      fc.assert(
        fc.property(scopeArbitrary, seeds, ({ scope }, seed) => {
          const quiz = generateQuiz(deck, { scope, seed, now: FIXED_NOW });
          const inView = [...items.values()].filter((item) => inScope(item, scope));
          for (const question of scopeQuestions(deck, scope, seed)) {
            for (const target of question.targets) expect(inScope(items.get(target)!, scope)).toBe(true);
            if (question.kind === 'which-release' && scope.releases) {
              for (const choice of question.choices) expect(scope.releases).toContain(choice.id);
            }
            if (question.kind === 'which-project') {
              for (const choice of question.choices) {
                expect(inView.some((item) => item.project === choice.id)).toBe(true);
              }
            }
            // A wrong choice from outside a scope of projects or talks must not show it by naming its project.
            if (question.kind === 'in-release' && (scope.projects || scope.talks)) {
              for (const shown of question.items.map((id) => items.get(id)!).filter((item) => !inScope(item, scope))) {
                expect(
                  deck.projects.filter((project) => namesWords(shown.text, project.name)),
                  `${question.id} offers ${shown.id}`,
                ).toEqual([]);
              }
            }
            if (question.kind === 'sort') {
              for (const column of question.columns)
                expect(inView.some((item) => item.release === column.id)).toBe(true);
            }
          }
          // Answering every distractor wrongly still scores only the scope's releases.
          const score = scoreAnswers(
            deck,
            quiz.questions.map((question) => answer(question.id, wrongly(question))),
            scope,
          );
          for (const release of Object.keys(score.releases)) {
            expect(inView.some((item) => item.release === release)).toBe(true);
          }
        }),
        { numRuns: 150 },
      );
    });

    it('show each item once per session, and spread over projects before coming back to one', () => {
      fc.assert(
        fc.property(scopeArbitrary, seeds, ({ scope }, seed) => {
          const { questions } = generateQuiz(deck, { scope, seed, now: FIXED_NOW, limit: 10 });
          // Two items that read the same are one fact.
          const shown = questions.flatMap((question) =>
            question.items.map((id) => normalizeAnswer(items.get(id)!.text)),
          );
          expect(new Set(shown).size).toBe(shown.length);
          // A project comes back only once every project the whole session asks about has had a question.
          const projects = new Set(questions.flatMap((question) => question.projects));
          const firstRound = questions.slice(0, projects.size).flatMap((question) => question.projects);
          const repeated = firstRound.filter((project, index) => firstRound.indexOf(project) !== index);
          const single = questions.every((question) => question.projects.length === 1);
          if (single) expect(repeated).toEqual([]);
        }),
        { numRuns: 200 },
      );
    });

    it('add up: the points of the releases, projects and talks are the points of the total', () => {
      fc.assert(
        fc.property(scopeArbitrary, seeds, fc.integer({ min: 0, max: 0xffffffff }), ({ scope }, seed, dice) => {
          const { questions } = generateQuiz(deck, { scope, seed, now: FIXED_NOW });
          const random = mulberry32(dice);
          const answers = questions.map((question) => answer(question.id, randomResponse(question, random)));
          const score = scoreAnswers(deck, answers, scope);
          const sum = (tallies: Record<string, { asked: number; earned: number }>) =>
            Object.values(tallies).reduce(
              (total, tally) => ({ asked: total.asked + tally.asked, earned: total.earned + tally.earned }),
              { asked: 0, earned: 0 },
            );
          const undated = questions
            .flatMap((question) => question.targets)
            .filter((id) => items.get(id)!.release === undefined).length;
          expect(sum(score.projects).asked).toBe(score.total.asked);
          expect(sum(score.talks).asked).toBe(score.total.asked);
          expect(sum(score.releases).asked + undated).toBe(score.total.asked);
          expect(sum(score.projects).earned).toBeCloseTo(score.total.earned, 9);
          expect(score.total.earned).toBeLessThanOrEqual(score.total.asked);
        }),
        { numRuns: 150 },
      );
    });
  });

  describe(`a blind player over ${name}`, () => {
    const sessions = 60;
    for (const kind of [...new Set(scopes.map((entry) => entry.kind))]) {
      it(`reading cues scores no better than guessing, in scopes of ${kind}, for each kind of question`, () => {
        // Points per scope and kind of question: a cue that helps in one must not hide among the others. Where
        // nothing is cued, both players throw the same dice, so any difference is the cues' doing.
        const points = new Map<string, { cue: number; guess: number; asked: number }>();
        for (const { scope } of scopes.filter((entry) => entry.kind === kind)) {
          for (let seed = 1; seed <= sessions; seed++) {
            const { questions } = generateQuiz(deck, { scope, seed, now: FIXED_NOW, limit: 10 });
            const cue = play(deck, questions, scope, seed, true);
            const guess = play(deck, questions, scope, seed, false);
            for (const question of questions) {
              const key = `${JSON.stringify(scope)} ${question.kind}`;
              const entry = points.get(key) ?? { cue: 0, guess: 0, asked: 0 };
              const ofCue = cue.get(question.id)!;
              entry.cue += ofCue.earned;
              entry.guess += guess.get(question.id)!.earned;
              entry.asked += ofCue.asked;
              points.set(key, entry);
            }
          }
        }
        for (const [question, { cue, guess, asked }] of points) {
          const cuePercent = (100 * cue) / asked;
          const guessPercent = (100 * guess) / asked;
          expect(
            cuePercent,
            `${question}: cues ${cuePercent.toFixed(1)} % vs guessing ${guessPercent.toFixed(1)} % over ${asked} points`,
          ).toBeLessThanOrEqual(guessPercent + 3);
        }
      });
    }
  });
}

/** A response that gets everything wrong it can: every distractor ticked, every card in a wrong column. */
function wrongly(question: Question): Response {
  switch (question.kind) {
    case 'which-items':
      return { kind: 'which-items', shown: question.items, picked: question.items };
    case 'sort':
      return {
        kind: 'sort',
        cards: question.cards.map((card) => card.id),
        placed: Object.fromEntries(question.cards.map((card) => [card.id, question.columns[0].id])),
      };
    case 'recall':
      return { kind: 'recall', typed: [] };
    default:
      return { kind: question.kind, choice: question.choices[0].id } as Response;
  }
}

function randomResponse(question: Question, random: () => number): Response {
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)];
  switch (question.kind) {
    case 'which-items': {
      const picked = question.items.filter(() => random() < 0.5);
      return { kind: 'which-items', shown: question.items, picked };
    }
    case 'sort':
      return {
        kind: 'sort',
        cards: question.cards.map((card) => card.id),
        placed: Object.fromEntries(question.cards.map((card) => [card.id, pick(question.columns).id])),
      };
    case 'recall':
      return { kind: 'recall', typed: [] };
    default:
      return { kind: question.kind, choice: pick(question.choices).id } as Response;
  }
}

/**
 * One session played by a player who knows nothing of the roadmaps. With `cues`, it reads everything on screen:
 * the scope it chose, the words of the prompt, and what the feedback of earlier questions showed (which release
 * or project an item has, which items a group holds). Where nothing points anywhere it guesses, with the same
 * dice as the guessing player, so that any difference comes from the cues alone.
 */
function play(deck: Deck, questions: readonly Question[], scope: Scope, seed: number, cues: boolean) {
  const items = new Map(collectItems(deck).map((item) => [item.id, item]));
  /** What earlier feedback showed: item text → release, item text → project, texts seen anywhere. */
  const seenRelease = new Map<string, string>();
  const seenProject = new Map<string, string>();
  const seenTexts = new Set<string>();
  const answers: Answer[] = [];
  const releaseName = (id: string) => deck.releases.find((release) => release.id === id)?.name ?? id;
  const projectName = (id: string) => deck.projects.find((project) => project.id === id)?.name ?? id;

  for (const question of questions) {
    const random = mulberry32((seed * 7919) ^ hashText(question.id));
    const guess = randomResponse(question, random);
    let response = guess;
    if (cues) response = cued(question, guess) ?? guess;
    const given = answer(question.id, response, new Date(FIXED_NOW.getTime() + answers.length * 1000));
    answers.push(given);
    // The feedback: every target's release and project, and every text shown.
    for (const id of question.items) seenTexts.add(items.get(id)!.text);
    for (const id of question.targets) {
      const item = items.get(id)!;
      if (item.release) seenRelease.set(item.text, item.release);
      seenProject.set(item.text, item.project);
    }
  }
  return new Map(answers.map((given) => [given.question, creditOf(checkAnswer(deck, given))]));

  function cued(question: Question, guess: Response): Response | undefined {
    const inScopeRelease = (release: string) => !scope.releases || scope.releases.includes(release);
    switch (question.kind) {
      case 'which-release': {
        const text = items.get(question.item)!.text;
        const known = seenRelease.get(text);
        if (known && question.choices.some((choice) => choice.id === known))
          return { kind: question.kind, choice: known };
        const named = question.choices.filter((choice) => namesWords(said(deck, question), choice.label));
        if (named.length) return { kind: question.kind, choice: named[0].id };
        const allowed = question.choices.filter((choice) => inScopeRelease(choice.id));
        if (allowed.length === 1) return { kind: question.kind, choice: allowed[0].id };
        return undefined;
      }
      case 'which-project': {
        const text = items.get(question.item)!.text;
        const known = seenProject.get(text);
        if (known && question.choices.some((choice) => choice.id === known))
          return { kind: question.kind, choice: known };
        const named = question.choices.filter((choice) => namesWords(said(deck, question), choice.label));
        if (named.length) return { kind: question.kind, choice: named[0].id };
        if (scope.projects?.length === 1) return { kind: question.kind, choice: scope.projects[0] };
        return undefined;
      }
      case 'in-release': {
        const known = question.choices.find((choice) => seenRelease.get(choice.label) === question.release);
        if (known) return { kind: question.kind, choice: known.id };
        // Rule out what feedback placed elsewhere, and what names only projects the scope leaves out.
        const outside = (label: string) => {
          if (!scope.projects) return false;
          const named = deck.projects.filter((project) => namesWords(label, project.name)).map((project) => project.id);
          return named.length > 0 && named.every((project) => !scope.projects!.includes(project));
        };
        const open = question.choices.filter((choice) => {
          const release = seenRelease.get(choice.label);
          return !(release && release !== question.release) && !outside(choice.label);
        });
        const named = open.filter((choice) => namesWords(choice.label, releaseName(question.release)));
        if (named.length) return { kind: question.kind, choice: named[0].id };
        if (open.length > 0 && open.length < question.choices.length) {
          return {
            kind: question.kind,
            choice: open[Math.floor(mulberry32(hashText(question.id))() * open.length)].id,
          };
        }
        return undefined;
      }
      case 'which-items': {
        if (guess.kind !== 'which-items') return undefined;
        const words = [projectName(question.project), releaseName(question.release)];
        const picked = question.choices
          .filter((choice) => {
            const item = items.get(choice.id)!;
            const release = seenRelease.get(item.text);
            if (release) return release === question.release;
            if (words.some((word) => namesWords(choice.label, word))) return true;
            return guess.picked.includes(choice.id);
          })
          .map((choice) => choice.id);
        return { kind: 'which-items', shown: question.items, picked };
      }
      case 'sort': {
        if (guess.kind !== 'sort') return undefined;
        const placed = { ...guess.placed };
        for (const card of question.cards) {
          const release =
            seenRelease.get(card.label) ?? question.columns.find((column) => namesWords(card.label, column.label))?.id;
          if (release) placed[card.id] = release;
        }
        return { kind: 'sort', cards: guess.cards, placed };
      }
      case 'recall': {
        // Type back the prompt's words and whatever texts the screen showed so far.
        const typed = [said(deck, question), projectName(question.project), ...seenTexts].slice(0, question.expected);
        return { kind: 'recall', typed };
      }
    }
  }
}
