/**
 * Every word of the study page, in French. Another language is one more file exporting the same shape
 * (`StudyText`) and one line in `text.ts`. Questions' prompts come from the quiz engine (quiz/prompts.fr.ts).
 */

const NBSP = '\u00a0';
/** French puts 0 and 1 in the singular. */
const plural = (count: number, one: string, many: string): string => (Math.abs(count) < 2 ? one : many);
const quote = (text: string): string =>
  `«${NBSP}${text.replace(/«[\s\u00a0\u202f]*/g, '“').replace(/[\s\u00a0\u202f]*»/g, '”')}${NBSP}»`;
const percent = new Intl.NumberFormat('fr', { style: 'percent' });
/** A score as it reads: "45 %" (with the no-break space French puts before %). */
const share = (value: number): string => percent.format(value / 100);
const items = (count: number): string => `${count} ${plural(count, 'élément', 'éléments')}`;

export const fr = {
  pageTitle: (deck: string) => `Réviser${NBSP}: ${deck}`,
  heading: 'Réviser les feuilles de route',
  backToDeck: 'Retour au diaporama',
  /** Names of the page's main regions. */
  regions: { tools: 'Outils de la page' },

  home: {
    resumeHeading: 'Session en cours',
    resume: 'Reprendre',
    resumeDetail: (position: number, total: number, score: number, answered: number) =>
      answered === 0
        ? `Question ${position} sur ${total}, aucune réponse encore`
        : `Question ${position} sur ${total} · score ${share(score)} après ${answered} ${plural(answered, 'question', 'questions')}`,
    planHeading: `Que voulez-vous réviser${NBSP}?`,
    planHint: 'Aucune case cochée dans un groupe : tout le groupe.',
    releases: 'Releases',
    projects: 'Projets',
    talks: 'Présentations',
    /** "(toutes)", "(tous)", "(2 sur 7)" beside a filter's legend. */
    chosen: (group: 'releases' | 'projects' | 'talks', count: number, total: number) =>
      count === 0 ? (group === 'projects' ? 'tous' : 'toutes') : `${count} sur ${total}`,
    modeLegend: 'Type de session',
    quiz: 'Quiz rapide',
    quizDetail: (available: number) =>
      available === 0
        ? 'Aucune question ne correspond à ce choix.'
        : `Jusqu’à ${available} ${plural(available, 'question', 'questions')} sur ce choix.`,
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
    unsavedHeading: 'Progression non enregistrée',
    unsavedFull:
      'Le stockage de ce navigateur est plein : vos réponses sont gardées dans cet onglet seulement, et seront perdues en le fermant. Exportez votre progression pour la garder.',
    unsavedRefused:
      'Ce navigateur a refusé d’enregistrer vos réponses : elles sont gardées dans cet onglet seulement, et seront perdues en le fermant. Exportez votre progression pour la garder.',
    importedUnsaved: (answers: number) =>
      `Progression importée dans cet onglet seulement (${answers} ${plural(answers, 'réponse', 'réponses')}) : le navigateur ne l’a pas enregistrée.`,
    fileTooLarge: (bytes: number) =>
      `Ce fichier est bien trop volumineux pour une progression (${(bytes / 1e6).toLocaleString('fr', { maximumFractionDigits: 1 })} Mo) : il n’a pas été lu.`,
    planHeading: 'Où vous en êtes',
    planCaption: 'Éléments connus, en cours et jamais vus, par release',
    known: 'Connus',
    learning: 'En cours',
    new: 'Jamais vus',
    total: 'Éléments',
    knownLine: (known: number, total: number) => `${known} ${plural(known, 'connu', 'connus')} sur ${total}`,
    statesRule:
      'Un élément est connu quand sa dernière réponse est juste et qu’il a passé ses premières révisions ; en cours s’il a été manqué ou vu depuis peu.',
  },

  restore: {
    lostHeading: 'Progression en partie restaurée',
    unreadableHeading: 'Progression illisible',
    infoHeading: 'Progression mise à jour',
    kept: (answers: number, sessions: number) =>
      `Gardé : ${answers} ${plural(answers, 'réponse', 'réponses')} et ${sessions} ${plural(sessions, 'session', 'sessions')}.`,
    download: 'Télécharger les données d’origine',
    dismiss: 'Fermer ce message',
    otherTab: 'Progression mise à jour depuis un autre onglet.',
    resetElsewhere: 'La progression a été effacée dans un autre onglet.',
  },

  quiz: {
    position: (index: number, total: number) => `Question ${index} sur ${total}`,
    score: (score: number, asked: number) => `Score${NBSP}: ${asked === 0 ? '—' : share(score)}`,
    scoreLabel: (score: number, asked: number) =>
      asked === 0
        ? 'Pas encore de score'
        : `Score ${share(score)}, sur ${items(asked)} ${plural(asked, 'interrogé', 'interrogés')}`,
    kinds: {
      'which-release': 'Choix unique',
      'in-release': 'Choix unique',
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
    wrong: 'Mauvaise réponse.',
    notAnswered: 'Sans réponse.',
    /** A partly right answer, with the points it earned. */
    partly: (kind: 'which-items' | 'sort' | 'recall', found: number, total: number, wrongTicks: number) =>
      `En partie${NBSP}: ${
        kind === 'which-items'
          ? `${found} ${plural(found, 'bonne réponse cochée', 'bonnes réponses cochées')} sur ${total}${
              wrongTicks > 0 ? `, ${wrongTicks} ${plural(wrongTicks, 'cochée', 'cochées')} à tort` : ''
            }`
          : kind === 'sort'
            ? `${found} ${plural(found, 'élément bien placé', 'éléments bien placés')} sur ${total}`
            : `${found} ${plural(found, 'élément trouvé', 'éléments trouvés')} sur ${total}`
      }.`,
    points: (earned: number, total: number) =>
      `${new Intl.NumberFormat('fr', { maximumFractionDigits: 1 }).format(earned)} ${plural(earned, 'point', 'points')} sur ${total}.`,
    answerIs: (label: string) => `Réponse${NBSP}: ${label}.`,
    answerWas: (label: string) => `La réponse était${NBSP}: ${label}.`,
    youSaid: (label: string) => `Vous avez répondu ${label}.`,
    gradeHeading: 'Comment était-ce ?',
    gradeHint: 'Touches 1 à 4. Sans choix, une bonne réponse compte comme « Correct ».',
    grades: { again: 'À revoir', hard: 'Difficile', good: 'Correct', easy: 'Facile' },
    gradeSaved: (grade: string) => `Noté${NBSP}: ${grade}.`,
    goals: 'Réponses attendues :',
    pickedWrongly: 'Coché à tort',
    missedGoal: 'Oublié',
    foundGoal: 'Trouvé',
    placedUnder: (release: string) => `vous : ${release}`,
    notPlaced: 'non placé',
    extra: (text: string) => `${quote(text)} ne fait pas partie de la réponse.`,
    extraOther: (text: string) => `${quote(text)}${NBSP}: c’est un autre élément du projet.`,
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
    total: (asked: number) => `sur ${items(asked)} ${plural(asked, 'interrogé', 'interrogés')}`,
    rule: 'Chaque élément interrogé vaut un point : une question à choix unique en donne un, un classement un par carte bien placée, un rappel un par élément cité, une question à choix multiple un par bonne case cochée moins un par case cochée à tort (jamais moins de zéro).',
    byRelease: 'Score par release',
    chartLabel: 'Graphique : score par release',
    byProject: 'Score par projet',
    byTalk: 'Score par présentation',
    release: 'Release',
    project: 'Projet',
    talk: 'Présentation',
    asked: 'Éléments interrogés',
    percent: 'Score',
    notAsked: 'non interrogée',
    past: 'historique',
    ahead: 'à venir',
    confusion: 'Confusions entre releases',
    noConfusion: 'Aucune confusion entre releases.',
    missed: 'Éléments manqués',
    missedHint: 'Ceux dont la dernière réponse est fausse ; une bonne réponse plus tard les retire.',
    noMissed: 'Aucun élément manqué.',
    reviewThese: (count: number) => `Revoir ${plural(count, 'cet élément', `ces ${count} éléments`)}`,
    trend: 'Évolution sur les sessions',
    trendLabel: 'Graphique : score par session',
    session: 'Session',
    kind: 'Type',
    kinds: { quiz: 'Quiz', review: 'Révision' },
    items: 'Éléments',
    current: '(celle-ci)',
    newSession: 'Nouvelle session',
    all: 'Bilan de toutes les sessions',
    home: 'Accueil',
  },
};

export type StudyText = typeof fr;
