/**
 * The quiz's answer key for the handout: one entry per item, the question and its answer as an Anki card words
 * them (quiz/anki.ts), in the deck's language. The build makes it (src/vite/slides-plugin.ts), so the deck ships
 * neither the quiz's wording nor the code that words it.
 */
import { buildAnkiNotes, type AnkiWording } from '../../quiz/anki.ts';
import type { Deck } from '../model/index.ts';

export interface AnswerKeyEntry {
  question: string;
  answer: string;
}

export function answerKeyOf(deck: Deck, wording: AnkiWording): AnswerKeyEntry[] {
  return buildAnkiNotes(deck, wording).map((note) => ({ question: note.front, answer: note.back }));
}
