/** The study page's words in the deck's language (src/locale): its own, and the quiz's prompts. */
import { quizWords, studyWords, type QuizWords, type StudyWords } from '../locale/index.ts';

export type StudyText = StudyWords & Pick<QuizWords, 'prompt'>;

export function studyText(language: string): StudyText {
  return { ...studyWords(language), prompt: quizWords(language).prompt };
}
