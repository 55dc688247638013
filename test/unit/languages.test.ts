/**
 * Every sentence in the deck's language: an English recap (the fixture, and the English edition of Boston) says
 * no French interface word in its quiz prompts, its feedback or its Anki export, and the French recap no English
 * one. The pages themselves are read in the browser (test/e2e/languages.test.ts).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildAnkiNotes, checkAnswer, scopeQuestions, type Question } from '../../quiz/index.ts';
import { wordRoomQuiz } from '../../src/deck/room-quiz.ts';
import { planRoomQuiz } from '../../quiz/room-plan.ts';
import { quizWords, studyWords } from '../../src/locale/index.ts';
import { loadDeck } from '../../src/model/fs.ts';
import type { Deck } from '../../src/model/index.ts';
import { verdict } from '../../src/study/feedback.ts';
import { studyText } from '../../src/study/text.ts';
import { foreignWords, otherLanguageWords } from '../interface-words.ts';
import { rightResponse, wrongResponse } from './study/responses.ts';

const root = process.cwd();
const decks: [string, Deck, 'en' | 'fr'][] = [
  ['the English fixture', loadDeck(root, resolve('test/fixtures/slides')), 'en'],
  ['the English Boston recap', loadDeck(root, resolve('slides'), 'boston-2017-en'), 'en'],
  ['the French Boston recap', loadDeck(root, resolve('slides'), 'boston-2017'), 'fr'],
];
const temp = mkdtempSync(join(tmpdir(), 'summit-recap-languages-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('the words the check looks for', () => {
  it('are the other language’s interface words: French ones for English, English ones for French', () => {
    const french = otherLanguageWords('en', '');
    for (const word of ['réviser', 'réponse', 'quelle', 'lequel', 'citez', 'rangez', 'valider']) {
      expect(french.has(word), word).toBe(true);
    }
    const english = otherLanguageWords('fr', '');
    for (const word of ['study', 'answer', 'which', 'name', 'goals', 'submit', 'slides']) {
      expect(english.has(word), word).toBe(true);
    }
    // Words both say, such as the names of releases and of the quiz, are not foreign in either.
    for (const word of ['release', 'quiz', 'backlog', 'score']) {
      expect(french.has(word) || english.has(word), word).toBe(false);
    }
  });
});

describe.each(decks)('%s', (_name, deck, language) => {
  const data = JSON.stringify(deck);
  const foreign = (text: string) => foreignWords(text, language, data);
  const questions: Question[] = scopeQuestions(deck, {}, 7);
  const text = studyText(deck.language);

  it('words every question in its language', () => {
    expect(questions.length).toBeGreaterThan(0);
    for (const question of questions) expect(foreign(text.prompt(question.prompt)), question.id).toEqual([]);
  });

  it('says what a right and a wrong answer got in its language', () => {
    for (const question of questions) {
      for (const response of [rightResponse(deck, question), wrongResponse(deck, question)]) {
        const said = verdict(
          question,
          checkAnswer(deck, { question: question.id, session: 's', at: new Date(0), response }),
          response,
          text,
        );
        expect(foreign(said.join(' ')), question.id).toEqual([]);
      }
    }
    const words = studyWords(deck.language);
    expect(foreign(words.results.confusionCell(2, 'Pike', 'Queens', true))).toEqual([]);
  });

  it('asks the room in its language', () => {
    const room = wordRoomQuiz(planRoomQuiz(deck), quizWords(deck.language));
    for (const asked of [...room.talks.flatMap((talk) => talk.questions), ...room.final]) {
      expect(foreign(asked.prompt), asked.question.id).toEqual([]);
    }
  });

  it('exports Anki notes in its language (their tags are ids: release::, project::, talk::)', () => {
    for (const note of buildAnkiNotes(deck, quizWords(deck.language))) {
      expect(foreign(`${note.front} ${note.back}`), note.guid).toEqual([]);
    }
  });
});

describe('npm run export:anki', () => {
  /** Runs the command with SLIDES_DIR and DECK as given, and returns the notes it wrote. */
  function exportAnki(file: string, env: { SLIDES_DIR: string; DECK: string }): string {
    const out = join(temp, file);
    const result = spawnSync(resolve('node_modules/.bin/tsx'), ['src/cli/export-anki.ts', '--out', out], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, ...env },
    });
    expect(result.status, result.stderr).toBe(0);
    return readFileSync(out, 'utf8');
  }

  it('writes the English fixture’s notes in English, from SLIDES_DIR', () => {
    const tsv = exportAnki('fixture.txt', { SLIDES_DIR: 'test/fixtures/slides', DECK: '' });
    expect(tsv).toContain('For which release does Widget plan “High availability”?\tBravo');
    const fixture = loadDeck(root, resolve('test/fixtures/slides'));
    expect(foreignWords(tsv, 'en', JSON.stringify(fixture))).toEqual([]);
  });

  it('takes the edition DECK names: the English Boston notes, with GUIDs of their own', () => {
    const tsv = exportAnki('boston-en.txt', { SLIDES_DIR: '', DECK: 'boston-2017-en' });
    expect(tsv).toContain('summit-recap:boston-2017-en:octavia-active-active-ha');
    expect(tsv).toContain('For which release does Octavia plan “Active/active high availability”?\tQueens');
  });
});
