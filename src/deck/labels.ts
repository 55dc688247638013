/**
 * Interface words of the deck, by language; the deck's `language` picks one (English when unknown).
 * Another language is one more entry here.
 */
const fr = {
  agenda: 'Au programme',
  kind: { conference: 'Conférence', forum: 'Forum', evening: 'Soirée' },
  roadmap: 'Feuille de route',
  history: 'Historique',
  backToAgenda: 'Retour au programme',
  slides: 'Diaporama',
  speakerView: 'Vue orateur',
  study: 'Réviser les feuilles de route',
  printPdf: 'PDF',
  printPdfTitle: 'Version imprimable (PDF)',
  print: 'Imprimer ou enregistrer en PDF',
  handoutRoadmap: 'Annexe : feuilles de route par projet',
  answerKey: 'Annexe : corrigé du quiz',
  project: 'Projet',
  release: 'Release',
  item: 'Élément',
  timeline: 'Chronologie',
  timelineSubhead: 'Ce qui s’est passé, release par release',
  matrix: 'Feuilles de route',
  matrixSubhead: 'Tous les projets, par release',
  matrixCaption: (projects: string) => `Feuilles de route par release : ${projects}`,
  past: 'passé',
  ahead: 'à venir',
  page: (index: number, count: number) => `${index} / ${count}`,
  roomQuiz: 'Qu’avez-vous retenu\u00a0?',
  answer: 'Réponse\u00a0:',
  finalQuiz: 'Quiz final',
  finalQuizLead:
    'Pour chaque release, lequel de ces éléments elle a apporté ou apportera : la salle répond à voix haute, puis la réponse s’affiche.',
  finalQuizRelease: (release: string) => `Quiz final · ${release}`,
  howToTally: 'Réponse affichée : Y si la salle a trouvé, X sinon. R remet le score à zéro.',
  roomRight: 'Trouvé',
  roomWrong: 'Raté',
  tallyControls: 'Noter la réponse de la salle',
  score: 'Score de la salle',
  scoreCaption: 'Score de la salle par release : questions posées, bonnes réponses et taux de réussite',
  asked: 'Questions posées',
  right: 'Bonnes réponses',
  percent: 'Réussite',
  total: 'Total',
  clearScore: 'Remettre à zéro',
  keys: {
    right: 'Quiz : la salle a trouvé',
    wrong: 'Quiz : la salle s’est trompée',
    clear: 'Quiz : remettre le score de la salle à zéro',
  },
  notice: {
    recorded: (release: string, right: boolean, score: string) =>
      `${right ? '✓ Trouvé' : '✗ Raté'} · ${release} : ${score}`,
    forwarded: (right: boolean) => `${right ? '✓ Trouvé' : '✗ Raté'} · envoyé à la présentation`,
    cleared: (count: number) =>
      count === 0
        ? 'Score de la salle déjà à zéro'
        : `Score de la salle remis à zéro (${count} réponse${count > 1 ? 's' : ''} effacée${count > 1 ? 's' : ''})`,
    revealFirst: 'Affichez d’abord la réponse (→), puis Y ou X',
    notSaved: 'non enregistré (stockage du navigateur plein ou refusé : le score tient tant que la page reste ouverte)',
    noQuestion: 'Y et X notent la réponse d’une question du quiz',
  },
};

export type Labels = typeof fr;

const en: Labels = {
  agenda: 'Agenda',
  kind: { conference: 'Talk', forum: 'Forum', evening: 'Evening' },
  roadmap: 'Roadmap',
  history: 'History',
  backToAgenda: 'Back to the agenda',
  slides: 'Slides',
  speakerView: 'Speaker view',
  study: 'Study the roadmaps',
  printPdf: 'PDF',
  printPdfTitle: 'Printable version (PDF)',
  print: 'Print or save as PDF',
  handoutRoadmap: 'Appendix: roadmaps by project',
  answerKey: 'Appendix: quiz answer key',
  project: 'Project',
  release: 'Release',
  item: 'Item',
  timeline: 'Timeline',
  timelineSubhead: 'What happened, release by release',
  matrix: 'Roadmaps',
  matrixSubhead: 'Every project, by release',
  matrixCaption: (projects: string) => `Roadmaps by release: ${projects}`,
  past: 'past',
  ahead: 'ahead',
  page: (index: number, count: number) => `${index} / ${count}`,
  roomQuiz: 'What do you remember?',
  answer: 'Answer:',
  finalQuiz: 'Final quiz',
  finalQuizLead:
    'For each release, which of these items it brought or brings: the room answers aloud, then the answer shows.',
  finalQuizRelease: (release: string) => `Final quiz · ${release}`,
  howToTally: 'Answer shown: Y if the room got it, X if not. R resets the score.',
  roomRight: 'Got it',
  roomWrong: 'Missed',
  tallyControls: 'Tally the room’s answer',
  score: 'The room’s score',
  scoreCaption: 'The room’s score by release: questions asked, right answers and success rate',
  asked: 'Questions asked',
  right: 'Right answers',
  percent: 'Success',
  total: 'Total',
  clearScore: 'Reset',
  keys: {
    right: 'Quiz: the room got it',
    wrong: 'Quiz: the room missed it',
    clear: 'Quiz: reset the room’s score',
  },
  notice: {
    recorded: (release: string, right: boolean, score: string) =>
      `${right ? '✓ Got it' : '✗ Missed'} · ${release}: ${score}`,
    forwarded: (right: boolean) => `${right ? '✓ Got it' : '✗ Missed'} · sent to the presentation`,
    cleared: (count: number) =>
      count === 0
        ? 'The room’s score is already empty'
        : `The room’s score is reset (${count} answer${count > 1 ? 's' : ''} cleared)`,
    revealFirst: 'Show the answer first (→), then Y or X',
    notSaved: 'not stored (the browser’s storage is full or refused: the score lasts while this page stays open)',
    noQuestion: 'Y and X tally the answer to a quiz question',
  },
};

const byLanguage: Record<string, Labels> = { fr, en };

export function labelsFor(language: string): Labels {
  return byLanguage[language.split('-')[0]] ?? en;
}
