/**
 * Interface words of the deck, by language; the deck's `language` picks one (English when unknown).
 * Another language is one more entry here.
 */
const fr = {
  agenda: 'Au programme',
  kind: { conference: 'Conférence', forum: 'Forum', evening: 'Soirée' },
  roadmap: 'Feuille de route',
  history: 'Historique',
  backlog: 'Backlog',
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
};

export type Labels = typeof fr;

const en: Labels = {
  agenda: 'Agenda',
  kind: { conference: 'Talk', forum: 'Forum', evening: 'Evening' },
  roadmap: 'Roadmap',
  history: 'History',
  backlog: 'Backlog',
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
};

const byLanguage: Record<string, Labels> = { fr, en };

export function labelsFor(language: string): Labels {
  return byLanguage[language.split('-')[0]] ?? en;
}
