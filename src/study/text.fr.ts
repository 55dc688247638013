/**
 * Every word of the study page, in French. Another language is one more file exporting the same shape
 * (`StudyText`) and one line in `text.ts`. Questions' prompts come from the quiz engine (quiz/prompts.fr.ts).
 */

const NBSP = '\u00a0';
/** French puts 0 and 1 in the singular. */
const plural = (count: number, one: string, many: string): string => (Math.abs(count) < 2 ? one : many);
const quote = (text: string): string => `«${NBSP}${text}${NBSP}»`;

export const fr = {
  pageTitle: (deck: string) => `Réviser${NBSP}: ${deck}`,
  heading: 'Réviser les feuilles de route',
  backToDeck: 'Retour au diaporama',
  backlog: 'Backlog',
  /** Names of the page's main regions. */
  regions: { tools: 'Outils de la page' },

  home: {
    resumeHeading: 'Session en cours',
    resume: 'Reprendre',
    resumeDetail: (position: number, total: number, right: number, answered: number) =>
      `Question ${position} sur ${total} · ${right} ${plural(right, 'juste', 'justes')} sur ${answered}`,
    planHeading: `Que voulez-vous réviser${NBSP}?`,
    planHint: 'Aucune case cochée dans un groupe : tout le groupe.',
    releases: 'Releases',
    projects: 'Projets',
    talks: 'Présentations',
    chosen: (count: number, total: number) => (count === 0 ? 'toutes' : `${count} sur ${total}`),
    modeLegend: 'Type de session',
    quiz: 'Quiz rapide',
    quizDetail: (available: number) =>
      `${available} ${plural(available, 'question correspond', 'questions correspondent')} à ce choix.`,
    count: 'Nombre de questions',
    review: 'Révision des cartes dues',
    reviewDetail: (due: number) =>
      due === 0
        ? 'Aucune carte due dans ce choix : la révision propose des éléments jamais vus.'
        : `${due} ${plural(due, 'carte due', 'cartes dues')} dans ce choix, puis des éléments jamais vus.`,
    nothingToReview: 'Rien à réviser maintenant dans ce choix : aucune carte due, aucun élément nouveau.',
    reviewCount: 'Nombre de cartes',
    nothing: 'Aucune question ne correspond à ce choix.',
    start: 'Commencer',
  },

  progress: {
    heading: 'Votre progression',
    summary: (answers: number, sessions: number) =>
      answers === 0
        ? 'Aucune réponse enregistrée pour l’instant.'
        : `${answers} ${plural(answers, 'réponse', 'réponses')} en ${sessions} ${plural(sessions, 'session', 'sessions')}.`,
    due: (due: number) =>
      due === 0
        ? 'Aucune carte à revoir maintenant.'
        : `${due} ${plural(due, 'carte à revoir', 'cartes à revoir')} maintenant.`,
    savedHere: 'Elle est enregistrée dans ce navigateur, au fil des réponses.',
    notSaved:
      'Ce navigateur refuse le stockage local : la progression sera perdue en fermant la page. Exportez-la pour la garder.',
    results: 'Voir le bilan de toutes les sessions',
    export: 'Exporter la progression',
    exportDetail: 'Un fichier JSON à importer sur une autre machine.',
    importLegend: 'Importer une progression',
    merge: 'Fusionner avec la progression actuelle',
    replace: 'Remplacer la progression actuelle',
    file: 'Choisir un fichier de progression (.json)',
    confirmReplace: (file: string) =>
      `Remplacer toute la progression de ce navigateur par celle de ${quote(file)}${NBSP}?`,
    confirmReplaceYes: 'Remplacer',
    imported: (mode: 'merge' | 'replace', answers: number) =>
      `${mode === 'merge' ? 'Progression fusionnée' : 'Progression remplacée'} : ${answers} ${plural(answers, 'réponse', 'réponses')} en tout.`,
    importFailed: (file: string) => `${quote(file)} ne contient aucune progression lisible : rien n’a changé.`,
    importNotes: 'Remarques sur le fichier importé :',
    reset: 'Effacer la progression…',
    confirmReset: `Effacer toutes les réponses et cartes enregistrées dans ce navigateur${NBSP}? C’est définitif.`,
    confirmResetYes: 'Effacer',
    cancel: 'Annuler',
    cleared: 'Progression effacée.',
    saveFailed: 'La dernière réponse n’a pas pu être enregistrée dans ce navigateur (stockage plein ou refusé).',
  },

  restore: {
    lostHeading: 'Progression en partie restaurée',
    infoHeading: 'Progression mise à jour',
    kept: (answers: number, sessions: number) =>
      `Gardé : ${answers} ${plural(answers, 'réponse', 'réponses')} et ${sessions} ${plural(sessions, 'session', 'sessions')}.`,
    download: 'Télécharger les données d’origine',
    dismiss: 'Fermer ce message',
    otherTab: 'Progression mise à jour depuis un autre onglet.',
  },

  quiz: {
    position: (index: number, total: number) => `Question ${index} sur ${total}`,
    score: (right: number, answered: number) => `Score${NBSP}: ${right}${NBSP}/${NBSP}${answered}`,
    scoreLabel: (right: number, answered: number) =>
      `${right} ${plural(right, 'réponse juste', 'réponses justes')} sur ${answered}`,
    kinds: {
      'which-release': 'Choix unique',
      'which-project': 'Choix unique',
      'which-items': 'Choix multiple',
      sort: 'Classement par release',
      recall: 'Rappel libre',
    },
    quit: 'Quitter la session',
    submit: 'Valider',
    dontKnow: 'Je ne sais pas',
    keys: 'Touches : 1 à 9 pour choisir, Entrée pour valider, → pour continuer.',
    recallKeys: 'Entrée pour valider ; Tab pour passer d’un champ à l’autre.',
    recallField: (index: number, total: number) => `Élément ${index} sur ${total}`,
    pickOne: `Choisissez une réponse, ou ${quote('Je ne sais pas')}.`,
    pickSome: `Cochez au moins une réponse, ou ${quote('Je ne sais pas')}.`,
    placeAll: (left: number) =>
      `Placez encore ${left} ${plural(left, 'élément', 'éléments')}, ou ${quote('Je ne sais pas')}.`,
    typeSome: `Écrivez au moins un élément, ou ${quote('Je ne sais pas')}.`,
    right: `Bonne réponse${NBSP}!`,
    wrong: 'Pas tout à fait.',
    partly: (kind: 'which-items' | 'sort' | 'recall', right: number, total: number) =>
      `Pas tout à fait${NBSP}: ${right} ${
        kind === 'which-items'
          ? plural(right, 'case juste', 'cases justes')
          : kind === 'sort'
            ? plural(right, 'élément bien placé', 'éléments bien placés')
            : plural(right, 'élément trouvé', 'éléments trouvés')
      } sur ${total}.`,
    answerIs: (label: string) => `Réponse : ${label}.`,
    youSaid: (label: string) => `Vous avez répondu ${label}.`,
    nothingGiven: 'Sans réponse.',
    goals: 'Réponses attendues :',
    pickedWrongly: 'Coché à tort',
    missedGoal: 'Oublié',
    foundGoal: 'Trouvé',
    placedUnder: (release: string) => `vous : ${release}`,
    notPlaced: 'non placé',
    extra: (text: string) => `${quote(text)} ne fait pas partie de la réponse.`,
    extraOther: (text: string, release: string) => `${quote(text)} : c’est un autre élément, prévu pour ${release}.`,
    tagRight: 'bonne réponse',
    tagWrong: 'votre réponse',
    slide: 'Revoir la diapo',
    slideOf: (talk: string, source: 'roadmap' | 'history') =>
      `${talk} — ${source === 'roadmap' ? 'feuille de route' : 'historique'}`,
    next: 'Question suivante',
    finish: 'Voir les résultats',
  },

  results: {
    sessionHeading: 'Résultats de la session',
    allHeading: 'Bilan de toutes les sessions',
    sessionOf: (date: string, kind: 'quiz' | 'review') => `${kind === 'quiz' ? 'Quiz' : 'Révision'} du ${date}`,
    nothing: 'Aucune réponse pour l’instant.',
    total: (recalled: number, asked: number) =>
      `${recalled} ${plural(recalled, 'élément retenu', 'éléments retenus')} sur ${asked} ${plural(asked, 'interrogé', 'interrogés')}`,
    rule: 'Un élément compte comme retenu quand toutes les réponses qui le concernent sont justes.',
    byRelease: 'Score par release',
    chartLabel: 'Graphique : part des éléments retenus par release',
    byProject: 'Score par projet',
    byTalk: 'Score par présentation',
    release: 'Release',
    project: 'Projet',
    talk: 'Présentation',
    recalled: 'Retenus',
    asked: 'Interrogés',
    percent: 'Score',
    notAsked: 'non interrogée',
    past: 'historique',
    ahead: 'à venir',
    confusion: 'Confusions entre releases',
    noConfusion: 'Aucune confusion entre releases.',
    missed: 'Éléments manqués',
    noMissed: 'Aucun élément manqué.',
    reviewThese: (count: number) => `Revoir ${plural(count, 'cet élément', `ces ${count} éléments`)}`,
    trend: 'Évolution sur les sessions',
    trendLabel: 'Graphique : part des réponses justes par session',
    session: 'Session',
    kind: 'Type',
    kinds: { quiz: 'Quiz', review: 'Révision' },
    questions: 'Questions',
    right: 'Justes',
    current: '(celle-ci)',
    newSession: 'Nouvelle session',
    all: 'Bilan de toutes les sessions',
    home: 'Accueil',
  },
};

export type StudyText = typeof fr;
