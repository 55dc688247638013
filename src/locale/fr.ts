/**
 * Every word of the interface in French, in the shape of en.ts. Plain spaces before ; : ! ? and inside « »:
 * typography.ts makes them no-break spaces when the words are looked up (index.ts).
 */
import type { DecodeNote } from '../../quiz/progress.ts';
import type { Prompt } from '../../quiz/prompt.ts';
import type { DeckWords, LiveWords, QuizWords, RoomWords, StudyWords } from './en.ts';
import { tools } from './tools.ts';

const t = /* @__PURE__ */ tools('fr');

export const deck: DeckWords = {
  agenda: 'Au programme',
  kind: { conference: 'Conférence', forum: 'Forum', evening: 'Soirée' },
  roadmap: 'Feuille de route',
  history: 'Historique',
  backToAgenda: 'Retour au programme',
  slides: 'Diaporama',
  speakerView: 'Vue orateur',
  study: 'Réviser les feuilles de route',
  sameSlideIn: (language: string) => `Cette diapo en ${language.toLocaleLowerCase('fr')}`,
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
  page: (index: number, count: number) => `${t.number(index)} / ${t.number(count)}`,
  roomQuiz: 'Qu’avez-vous retenu ?',
  answer: 'Réponse :',
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
  share: (percent: number | undefined) => (percent === undefined ? '—' : t.percent(percent)),
  total: 'Total',
  clearScore: 'Remettre à zéro',
  keys: {
    right: 'Quiz : la salle a trouvé',
    wrong: 'Quiz : la salle s’est trompée',
    clear: 'Quiz : remettre le score de la salle à zéro',
  },
  reveal: {
    previous: 'diapo précédente',
    next: 'diapo suivante',
    above: 'diapo au-dessus',
    below: 'diapo en dessous',
    resume: 'Reprendre la présentation',
    speakerNotes: 'Notes de l’orateur',
    help: 'Raccourcis clavier',
    key: 'Touche',
    action: 'Action',
    shortcuts: {
      next: 'Diapo suivante',
      previous: 'Diapo précédente',
      left: 'Aller à gauche',
      right: 'Aller à droite',
      up: 'Monter',
      down: 'Descendre',
      noFragments: 'Naviguer sans les étapes',
      firstLast: 'Aller à la première ou à la dernière diapo',
      pause: 'Pause',
      fullscreen: 'Plein écran',
      jump: 'Aller à la diapo…',
      overview: 'Vue d’ensemble des diapos',
    },
  },
  notice: {
    recorded: (release: string, right: boolean, score: string) =>
      `${right ? '✓ Trouvé' : '✗ Raté'} · ${release} : ${score}`,
    forwarded: (right: boolean) => `${right ? '✓ Trouvé' : '✗ Raté'} · envoyé à la présentation`,
    cleared: (count: number) =>
      count === 0
        ? 'Score de la salle déjà à zéro'
        : `Score de la salle remis à zéro (${t.count(count, { one: 'réponse effacée', other: 'réponses effacées' })})`,
    revealFirst: 'Affichez d’abord la réponse (→), puis Y ou X',
    notSaved: 'non enregistré (stockage du navigateur plein ou refusé : le score tient tant que la page reste ouverte)',
    noQuestion: 'Y et X notent la réponse d’une question du quiz',
  },
};

/** "d’Octavia", "de Neutron" (the deck's typographic apostrophe). */
const of = (name: string): string => (/^[aeiouyàâäéèêëîïôöûüœ]/i.test(name) ? `d’${name}` : `de ${name}`);

/** "les objectifs Pike d’Octavia", "l’objectif du backlog de Cinder", "les 3 objectifs Pike de Neutron". */
function goals(project: string, release: string | undefined, count?: number): string {
  const article =
    count === undefined
      ? 'les objectifs'
      : t.plural(count, { one: 'l’objectif', other: `les ${t.number(count)} objectifs` });
  return release === undefined ? `${article} du backlog ${of(project)}` : `${article} ${release} ${of(project)}`;
}

export const quiz: QuizWords = {
  prompt: (prompt: Prompt): string => {
    switch (prompt.kind) {
      case 'which-release':
        return prompt.source === 'roadmap'
          ? `Pour quelle release ${prompt.project} prévoit-il ${t.quote(prompt.text)} ?`
          : `Dans quelle release est-ce arrivé pour ${prompt.project} : ${t.quote(prompt.text)} ?`;
      case 'when':
        return `Quand est-ce arrivé pour ${prompt.project} : ${t.quote(prompt.text)} ?`;
      case 'in-release':
        return prompt.release === undefined
          ? 'Lequel de ces éléments reste au backlog, sans release ?'
          : prompt.past
            ? `Lequel de ces éléments est arrivé dans ${prompt.release} ?`
            : `Lequel de ces éléments est prévu pour ${prompt.release} ?`;
      case 'which-project':
        return `À quel projet se rapporte ${t.quote(prompt.text)} ?`;
      case 'which-items':
        return `Quels sont ${goals(prompt.project, prompt.release)} ? (plusieurs réponses possibles)`;
      case 'sort':
        return `Rangez chaque élément ${of(prompt.project)} dans sa release`;
      case 'recall':
        return `Citez ${goals(prompt.project, prompt.release, prompt.count)}`;
    }
  },
  ankiAnswer: (release: string | undefined, when: string | undefined): string =>
    release !== undefined && when !== undefined ? `${release} (${when})` : (release ?? when ?? ''),
};

const answers = { one: 'réponse', other: 'réponses' };
const sessions = { one: 'session', other: 'sessions' };
/** The lists a progress file holds: one and several, as notes about it name them. */
const lists = {
  sessions: { one: 'session', other: 'sessions' },
  answers: { one: 'réponse', other: 'réponses' },
  cards: { one: 'carte', other: 'cartes' },
} as const;
const items = (count: number) => t.count(count, { one: 'élément', other: 'éléments' });
const asked = (count: number) => t.plural(count, { one: 'interrogé', other: 'interrogés' });

export const study: StudyWords = {
  pageTitle: (deck: string) => `Réviser : ${deck}`,
  heading: 'Réviser les feuilles de route',
  backToDeck: 'Retour au diaporama',
  sameScreenIn: (language: string) => `Cette page en ${language.toLocaleLowerCase('fr')}`,
  regions: { tools: 'Outils de la page' },

  home: {
    resumeHeading: 'Session en cours',
    resume: 'Reprendre',
    resumeDetail: (position: number, total: number, score: number, answered: number) =>
      answered === 0
        ? `Question ${t.number(position)} sur ${t.number(total)}, aucune réponse encore`
        : `Question ${t.number(position)} sur ${t.number(total)} · score ${t.percent(score)} après ${t.count(answered, { one: 'question', other: 'questions' })}`,
    planHeading: 'Que voulez-vous réviser ?',
    planHint: 'Aucune case cochée dans un groupe : tout le groupe.',
    releases: 'Releases',
    projects: 'Projets',
    talks: 'Présentations',
    chosen: (group: 'releases' | 'projects' | 'talks', count: number, total: number) =>
      count === 0 ? (group === 'projects' ? 'tous' : 'toutes') : `${t.number(count)} sur ${t.number(total)}`,
    modeLegend: 'Type de session',
    quiz: 'Quiz rapide',
    quizDetail: (available: number) =>
      available === 0
        ? 'Aucune question ne correspond à ce choix.'
        : `Jusqu’à ${t.count(available, { one: 'question', other: 'questions' })} sur ce choix.`,
    count: 'Nombre de questions',
    review: 'Révision des cartes dues',
    reviewDetail: (due: number) =>
      due === 0
        ? 'Aucune carte due dans ce choix : la révision propose des éléments jamais vus.'
        : `${t.count(due, { one: 'carte due', other: 'cartes dues' })} dans ce choix, puis des éléments jamais vus.`,
    nothingToReview: 'Rien à réviser maintenant dans ce choix : aucune carte due, aucun élément nouveau.',
    reviewCount: 'Nombre de cartes',
    nothing: 'Aucune question ne correspond à ce choix.',
    start: 'Commencer',
  },

  missed: {
    heading: (count: number) => `${t.count(count, { one: 'élément manqué', other: 'éléments manqués' })} dans la salle`,
    reviewNow: (count: number) => t.plural(count, { one: 'Le réviser maintenant', other: 'Les réviser maintenant' }),
    later: 'Plus tard',
    laterDone: (count: number) =>
      t.plural(count, { one: 'Il reviendra dans vos révisions.', other: 'Ils reviendront dans vos révisions.' }),
    laterUnsaved: (count: number) =>
      t.plural(count, {
        one: 'Il reviendra dans les révisions de cet onglet seulement.',
        other: 'Ils reviendront dans les révisions de cet onglet seulement.',
      }),
    already: (count: number) =>
      t.plural(count, { one: 'Il est déjà dans vos révisions.', other: 'Ils sont déjà dans vos révisions.' }),
    close: 'Fermer',
    noQuestion: 'Aucune question ne porte sur ces éléments.',
  },

  progress: {
    heading: 'Votre progression',
    summary: (answerCount: number, sessionCount: number) =>
      answerCount === 0
        ? 'Aucune réponse enregistrée pour l’instant.'
        : `${t.count(answerCount, answers)} en ${t.count(sessionCount, sessions)}.`,
    due: (due: number) =>
      due === 0
        ? 'Aucune carte à revoir maintenant.'
        : `${t.count(due, { one: 'carte à revoir', other: 'cartes à revoir' })} maintenant.`,
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
    confirmReplace: (file: string) => `Remplacer toute la progression de ce navigateur par celle de ${t.quote(file)} ?`,
    confirmReplaceYes: 'Remplacer',
    imported: (mode: 'merge' | 'replace', answerCount: number) =>
      `${mode === 'merge' ? 'Progression fusionnée' : 'Progression remplacée'} : ${t.count(answerCount, answers)} en tout.`,
    importFailed: (file: string) => `${t.quote(file)} ne contient aucune progression lisible : rien n’a changé.`,
    importNotes: 'Remarques sur le fichier importé :',
    reset: 'Effacer la progression…',
    confirmReset: 'Effacer toutes les réponses et cartes enregistrées dans ce navigateur ? C’est définitif.',
    confirmResetYes: 'Effacer',
    cancel: 'Annuler',
    cleared: 'Progression effacée.',
    unsavedHeading: 'Progression non enregistrée',
    unsavedFull:
      'Le stockage de ce navigateur est plein : vos réponses sont gardées dans cet onglet seulement, et seront perdues en le fermant. Exportez votre progression pour la garder.',
    unsavedRefused:
      'Ce navigateur a refusé d’enregistrer vos réponses : elles sont gardées dans cet onglet seulement, et seront perdues en le fermant. Exportez votre progression pour la garder.',
    importedUnsaved: (answerCount: number) =>
      `Progression importée dans cet onglet seulement (${t.count(answerCount, answers)}) : le navigateur ne l’a pas enregistrée.`,
    fileTooLarge: (bytes: number) =>
      `Ce fichier est bien trop volumineux pour une progression (${t.number(bytes / 1e6, { maximumFractionDigits: 1 })} Mo) : il n’a pas été lu.`,
    planHeading: 'Où vous en êtes',
    planCaption: 'Éléments connus, en cours et jamais vus, par release',
    known: 'Connus',
    learning: 'En cours',
    new: 'Jamais vus',
    total: 'Éléments',
    knownLine: (known: number, total: number) =>
      `${t.count(known, { one: 'connu', other: 'connus' })} sur ${t.number(total)}`,
    statesRule:
      'Un élément est connu quand sa dernière réponse est juste et qu’il a passé ses premières révisions ; en cours s’il a été manqué ou vu depuis peu.',
  },

  restore: {
    lostHeading: 'Progression en partie restaurée',
    unreadableHeading: 'Progression illisible',
    infoHeading: 'Progression mise à jour',
    kept: (answerCount: number, sessionCount: number) =>
      `Gardé : ${t.count(answerCount, answers)} et ${t.count(sessionCount, sessions)}.`,
    download: 'Télécharger les données d’origine',
    dismiss: 'Fermer ce message',
    otherTab: 'Progression mise à jour depuis un autre onglet.',
    resetElsewhere: 'La progression a été effacée dans un autre onglet.',
    note: (note: DecodeNote): string => {
      switch (note.kind) {
        case 'invalid-json':
          return 'Progression illisible (JSON invalide) : on repart de zéro.';
        case 'too-large': {
          const millions = (count: number) => t.number(count / 1e6, { maximumFractionDigits: 1 });
          return `Progression trop volumineuse (${millions(note.chars)} millions de caractères ; au plus ${millions(note.limit)} millions) : on repart de zéro.`;
        }
        case 'not-progress':
          return 'Ce document n’est pas une progression du quiz : on repart de zéro.';
        case 'unknown-version':
          return `Version de progression inconnue (${note.version}) : on repart de zéro.`;
        case 'future-version':
          return `Progression enregistrée par une version plus récente (${t.number(note.version)}) : seules les entrées lisibles sont gardées.`;
        case 'migrated':
          return `Progression mise à jour de la version ${t.number(note.from)} à la version ${t.number(note.to)}.`;
        case 'not-a-list':
          return `La liste des ${lists[note.what].other} est illisible : ignorée.`;
        case 'unreadable': {
          const { one, other } = lists[note.what];
          return `${t.count(note.count, { one: `${one} illisible ignorée`, other: `${other} illisibles ignorées` })}.`;
        }
        case 'duplicate-sessions':
          return `${t.count(note.count, { one: 'session en double ignorée', other: 'sessions en double ignorées' })}.`;
        case 'gone-questions':
          return `${t.count(note.count, { one: 'réponse à une question qui n’existe plus ignorée', other: 'réponses à des questions qui n’existent plus ignorées' })}.`;
        case 'gone-items':
          return `${t.count(note.count, { one: 'carte d’un élément qui n’existe plus ignorée', other: 'cartes d’éléments qui n’existent plus ignorées' })}.`;
        case 'reset-cards':
          return `${t.count(note.items.length, { one: 'carte remise', other: 'cartes remises' })} à zéro (texte ou release modifiés) : ${note.items.join(', ')}.`;
        case 'future':
          return `${t.count(note.count, { one: 'entrée datée dans le futur ignorée', other: 'entrées datées dans le futur ignorées' })}.`;
        case 'summarised':
          return t.plural(note.count, {
            one: `${t.number(note.count)} ancienne session résumée : son score reste dans l’évolution, ses réponses ne sont plus gardées.`,
            other: `${t.number(note.count)} anciennes sessions résumées : leur score reste dans l’évolution, leurs réponses ne sont plus gardées.`,
          });
      }
    },
  },

  quiz: {
    position: (index: number, total: number) => `Question ${t.number(index)} sur ${t.number(total)}`,
    score: (score: number, count: number) => `Score : ${count === 0 ? '—' : t.percent(score)}`,
    scoreLabel: (score: number, count: number) =>
      count === 0 ? 'Pas encore de score' : `Score ${t.percent(score)}, sur ${items(count)} ${asked(count)}`,
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
    recallField: (index: number, total: number) => `Élément ${t.number(index)} sur ${t.number(total)}`,
    pickOne: `Choisissez une réponse, ou ${t.quote('Je ne sais pas')}.`,
    pickSome: `Cochez au moins une réponse, ou ${t.quote('Je ne sais pas')}.`,
    placeAll: (left: number) => `Placez encore ${items(left)}, ou ${t.quote('Je ne sais pas')}.`,
    typeSome: `Écrivez au moins un élément, ou ${t.quote('Je ne sais pas')}.`,
    right: 'Bonne réponse !',
    wrong: 'Mauvaise réponse.',
    notAnswered: 'Sans réponse.',
    partly: (kind: 'which-items' | 'sort' | 'recall', found: number, total: number, wrongTicks: number) =>
      `En partie : ${
        kind === 'which-items'
          ? `${t.count(found, { one: 'bonne réponse cochée', other: 'bonnes réponses cochées' })} sur ${t.number(total)}${
              wrongTicks > 0 ? `, ${t.count(wrongTicks, { one: 'cochée', other: 'cochées' })} à tort` : ''
            }`
          : kind === 'sort'
            ? `${t.count(found, { one: 'élément bien placé', other: 'éléments bien placés' })} sur ${t.number(total)}`
            : `${t.count(found, { one: 'élément trouvé', other: 'éléments trouvés' })} sur ${t.number(total)}`
      }.`,
    points: (earned: number, total: number) =>
      `${t.count(earned, { one: 'point', other: 'points' })} sur ${t.number(total)}.`,
    answerIs: (label: string) => `Réponse : ${label}.`,
    answerWas: (label: string) => `La réponse était : ${label}.`,
    youSaid: (label: string) => `Vous avez répondu ${label}.`,
    gradeHeading: 'Comment était-ce ?',
    gradeHint: `Touches 1 à 4. Sans choix, une bonne réponse compte comme ${t.quote('Correct')}.`,
    grades: { again: 'À revoir', hard: 'Difficile', good: 'Correct', easy: 'Facile' },
    gradeSaved: (grade: string) => `Noté : ${grade}.`,
    goals: 'Réponses attendues :',
    pickedWrongly: 'Coché à tort',
    missedGoal: 'Oublié',
    foundGoal: 'Trouvé',
    placedUnder: (release: string) => `vous : ${release}`,
    notPlaced: 'non placé',
    extra: (text: string) => `${t.quote(text)} ne fait pas partie de la réponse.`,
    extraOther: (text: string) => `${t.quote(text)} : c’est un autre élément du projet.`,
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
    total: (count: number) => `sur ${items(count)} ${asked(count)}`,
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
    share: (percent: number) => t.percent(percent),
    date: (date: Date) => t.date(date),
    notAsked: 'non interrogée',
    past: 'historique',
    ahead: 'à venir',
    confusion: 'Confusions entre releases',
    confusionCell: (count: number, expected: string, given: string, outside: boolean) =>
      `${t.count(count, { one: `élément ${expected}`, other: `éléments ${expected}` })}${outside ? ' (hors de votre choix)' : ''} pris pour ${given}`,
    noConfusion: 'Aucune confusion entre releases.',
    missed: 'Éléments manqués',
    missedHint: 'Ceux dont la dernière réponse est fausse ; une bonne réponse plus tard les retire.',
    noMissed: 'Aucun élément manqué.',
    reviewThese: (count: number) =>
      t.plural(count, { one: 'Revoir cet élément', other: `Revoir ces ${t.number(count)} éléments` }),
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

export const live: LiveWords = {
  title: 'Rejoindre le quiz de la salle',
  joinedTitle: 'Quiz de la salle',
  intro: 'Répondez depuis votre téléphone aux questions posées pendant la présentation.',
  code: 'Code de la salle (6 chiffres)',
  codeHint: 'Il est affiché sous le QR code, sur les diapositives du quiz.',
  nickname: 'Pseudo (facultatif)',
  nicknameHint: 'Il n’est affiché nulle part publiquement.',
  join: 'Rejoindre',
  joining: 'Connexion…',
  room: (code) => `Salle ${code}`,
  joinedAs: (nickname) => (nickname ? `Vous êtes ${nickname}` : 'Vous avez rejoint la salle'),
  leave: 'Quitter la salle',
  connection: {
    connecting: 'Connexion au serveur…',
    online: 'Connecté',
    offline: 'Connexion perdue : nouvelle tentative… Vos réponses sont gardées et partiront au retour du réseau.',
  },
  waiting: 'En attente de la prochaine question…',
  waitingHint: 'Gardez cette page ouverte : la question apparaîtra ici.',
  question: 'Question',
  choices: 'Réponses possibles',
  sending: 'Envoi de votre réponse…',
  recorded: (letter) => `Réponse enregistrée : ${letter}`,
  changeHint: 'Vous pouvez la changer jusqu’à ce que la réponse soit montrée.',
  pendingOffline: (letter) => `Votre réponse (${letter}) partira dès le retour du réseau.`,
  right: 'Bonne réponse !',
  wrong: 'Ce n’est pas la bonne réponse.',
  unanswered: 'Vous n’avez pas répondu à cette question.',
  theAnswer: 'La réponse',
  yourAnswer: 'Votre réponse',
  scoreHeading: 'Votre score',
  scoreEmpty: 'Aucune question ne vous a été posée dans cette salle.',
  release: 'Release',
  result: 'Bonnes réponses',
  total: 'Total',
  fraction: (correct, asked) => `${t.number(correct)} sur ${t.number(asked)}`,
  percent: (correct, asked) => t.percent(asked === 0 ? 0 : Math.round((100 * correct) / asked)),
  studyMissed: (count) =>
    t.plural(count, { one: 'Réviser l’élément manqué', other: `Réviser les ${t.number(count)} éléments manqués` }),
  studyAll: 'Réviser toute la feuille de route',
  studyHint: 'La page de révision les garde en cartes à revoir, sur ce téléphone.',
  problems: {
    invalid: 'Ce code n’est pas valable : il faut 6 chiffres.',
    'no-room': 'Aucune salle n’a ce code. Vérifiez-le sur la diapositive.',
    full: 'La salle est pleine.',
    rate: 'Trop de tentatives : patientez une minute.',
    closed: 'Trop tard : cette question est close.',
    'unknown-choice': 'Cette réponse n’est pas proposée.',
    'not-joined': 'Vous n’êtes plus dans la salle : rejoignez-la de nouveau.',
    unauthorized: 'Vous n’êtes plus dans la salle : rejoignez-la de nouveau.',
    unavailable: 'Le serveur n’a pas pu enregistrer votre réponse : réessayez.',
    offline: 'Pas de connexion au serveur pour l’instant : nouvelle tentative…',
  },
};

export const room: RoomWords = {
  join: 'Répondez sur votre téléphone',
  scan: 'Scannez le code ou ouvrez',
  code: 'Code de la salle',
  joined: (count) => t.count(count, { one: 'personne connectée', other: 'personnes connectées' }),
  answers: (count) => t.count(count, { one: 'réponse', other: 'réponses' }),
  choiceCount: (count, percent) => `${t.number(count)} · ${t.percent(percent)}`,
  rightChoice: 'bonne réponse',
  connection: {
    connecting: 'Salle en direct : connexion…',
    online: 'Salle en direct',
    offline: 'Salle en direct : connexion perdue, nouvelle tentative…',
  },
  problems: {
    'no-room': 'Cette salle n’existe plus : relancez `npm run live`.',
    unauthorized: 'Cette page n’a pas la clé de la salle : elle montre la salle sans la piloter.',
    other: (reason) => `La salle a refusé : ${reason}`,
  },
  scoreCaption:
    'Ce que la salle a retenu, par release, d’après les réponses de chacun : questions posées, réponses, part de bonnes réponses',
  answersHeading: 'Réponses',
  rightHeading: 'Justes',
  noAnswers: 'Aucune question révélée pour l’instant.',
};
