/** The study page's words for the deck's language; French when the language has no dictionary yet. */
import { fr, type StudyText } from './text.fr.ts';

const byLanguage: Record<string, StudyText> = { fr };

export function studyText(language: string): StudyText {
  return byLanguage[language.split('-')[0]] ?? fr;
}

export type { StudyText };
