/**
 * The room quiz as the deck shows it: each question with its prompt worded in the deck's language. The build
 * plans the quiz (quiz/room-plan.ts) and words it here (src/vite/slides-plugin.ts), so the deck ships neither the
 * quiz generator nor its sentences. Pure.
 */
import { mapRoomQuiz, type RoomQuestion, type RoomQuiz } from '../../quiz/room.ts';
import type { QuizWords } from '../locale/index.ts';

export interface ShownRoomQuestion extends RoomQuestion {
  /** The question's prompt, worded. */
  prompt: string;
}

export type ShownRoomQuiz = RoomQuiz<ShownRoomQuestion>;

export function wordRoomQuiz(quiz: RoomQuiz, words: Pick<QuizWords, 'prompt'>): ShownRoomQuiz {
  return mapRoomQuiz(quiz, (asked: RoomQuestion) => ({ ...asked, prompt: words.prompt(asked.question.prompt) }));
}
