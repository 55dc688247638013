/**
 * Every word of the phones' page of the live room, in each language a deck may be written in; French when the
 * deck's language has none. Prompts and choices come from the server, in the deck's own words.
 */

const NBSP = '\u00a0';
const frPercent = new Intl.NumberFormat('fr', { style: 'percent' });
const enPercent = new Intl.NumberFormat('en', { style: 'percent' });

const fr = {
  title: 'Rejoindre le quiz de la salle',
  joinedTitle: 'Quiz de la salle',
  intro: 'Répondez depuis votre téléphone aux questions posées pendant la présentation.',
  code: 'Code de la salle (6 chiffres)',
  codeHint: 'Il est affiché sous le QR code, sur les diapositives du quiz.',
  nickname: 'Pseudo (facultatif)',
  nicknameHint: 'Il n’est affiché nulle part publiquement.',
  join: 'Rejoindre',
  joining: 'Connexion…',
  room: (code: string) => `Salle ${code}`,
  joinedAs: (nickname: string | undefined) => (nickname ? `Vous êtes ${nickname}` : 'Vous avez rejoint la salle'),
  leave: 'Quitter la salle',
  connection: {
    connecting: 'Connexion au serveur…',
    online: 'Connecté',
    offline: 'Connexion perdue : nouvelle tentative… Vos réponses sont gardées et partiront au retour du réseau.',
  },
  waiting: 'En attente de la prochaine question…',
  waitingHint: 'Gardez cette page ouverte : la question apparaîtra ici.',
  question: 'Question',
  choices: 'Réponses possibles',
  sending: 'Envoi de votre réponse…',
  recorded: (letter: string) => `Réponse enregistrée${NBSP}: ${letter}`,
  changeHint: 'Vous pouvez la changer jusqu’à ce que la réponse soit montrée.',
  pendingOffline: (letter: string) => `Votre réponse (${letter}) partira dès le retour du réseau.`,
  right: 'Bonne réponse !',
  wrong: 'Ce n’est pas la bonne réponse.',
  unanswered: 'Vous n’avez pas répondu à cette question.',
  theAnswer: 'La réponse',
  yourAnswer: 'Votre réponse',
  scoreHeading: 'Votre score',
  scoreEmpty: 'Aucune question ne vous a été posée dans cette salle.',
  release: 'Release',
  result: 'Bonnes réponses',
  total: 'Total',
  fraction: (correct: number, asked: number) => `${correct} sur ${asked}`,
  percent: (correct: number, asked: number) => frPercent.format(asked === 0 ? 0 : correct / asked),
  studyMissed: (count: number) => (count === 1 ? 'Réviser l’élément manqué' : `Réviser les ${count} éléments manqués`),
  studyAll: 'Réviser toute la feuille de route',
  studyHint: 'La page de révision les garde en cartes à revoir, sur ce téléphone.',
  problems: {
    invalid: 'Ce code n’est pas valable : il faut 6 chiffres.',
    'no-room': 'Aucune salle n’a ce code. Vérifiez-le sur la diapositive.',
    full: 'La salle est pleine.',
    rate: 'Trop de tentatives : patientez une minute.',
    closed: 'Trop tard : cette question est close.',
    'unknown-choice': 'Cette réponse n’est pas proposée.',
    'not-joined': 'Vous n’êtes plus dans la salle : rejoignez-la de nouveau.',
    unauthorized: 'Vous n’êtes plus dans la salle : rejoignez-la de nouveau.',
    unavailable: 'Le serveur n’a pas pu enregistrer votre réponse : réessayez.',
    offline: 'Pas de connexion au serveur pour l’instant : nouvelle tentative…',
  },
};

export type JoinText = typeof fr;

const en: JoinText = {
  title: 'Join the room quiz',
  joinedTitle: 'Room quiz',
  intro: 'Answer the questions asked during the talk from your phone.',
  code: 'Room code (6 digits)',
  codeHint: 'It is shown under the QR code, on the quiz slides.',
  nickname: 'Nickname (optional)',
  nicknameHint: 'It is shown nowhere public.',
  join: 'Join',
  joining: 'Joining…',
  room: (code) => `Room ${code}`,
  joinedAs: (nickname) => (nickname ? `You are ${nickname}` : 'You have joined the room'),
  leave: 'Leave the room',
  connection: {
    connecting: 'Connecting to the server…',
    online: 'Connected',
    offline: 'Connection lost: trying again… Your answers are kept and will be sent when the network is back.',
  },
  waiting: 'Waiting for the next question…',
  waitingHint: 'Keep this page open: the question will appear here.',
  question: 'Question',
  choices: 'Choices',
  sending: 'Sending your answer…',
  recorded: (letter) => `Answer recorded: ${letter}`,
  changeHint: 'You may change it until the answer is shown.',
  pendingOffline: (letter) => `Your answer (${letter}) will be sent as soon as the network is back.`,
  right: 'Right!',
  wrong: 'That is not the right answer.',
  unanswered: 'You did not answer this question.',
  theAnswer: 'The answer',
  yourAnswer: 'Your answer',
  scoreHeading: 'Your score',
  scoreEmpty: 'No question was asked to you in this room.',
  release: 'Release',
  result: 'Right answers',
  total: 'Total',
  fraction: (correct, asked) => `${correct} of ${asked}`,
  percent: (correct, asked) => enPercent.format(asked === 0 ? 0 : correct / asked),
  studyMissed: (count) => (count === 1 ? 'Study the item you missed' : `Study the ${count} items you missed`),
  studyAll: 'Study the whole roadmap',
  studyHint: 'The study page keeps them as cards to review, on this phone.',
  problems: {
    invalid: 'This code is not valid: it takes 6 digits.',
    'no-room': 'No room has this code. Check it on the slide.',
    full: 'The room is full.',
    rate: 'Too many attempts: wait a minute.',
    closed: 'Too late: this question is closed.',
    'unknown-choice': 'This answer is not one of the choices.',
    'not-joined': 'You are no longer in the room: join it again.',
    unauthorized: 'You are no longer in the room: join it again.',
    unavailable: 'The server could not record your answer: try again.',
    offline: 'No connection to the server for now: trying again…',
  },
};

const byLanguage: Record<string, JoinText> = { fr, en };

export function joinText(language: string): JoinText {
  return byLanguage[language.split('-')[0]!.toLowerCase()] ?? fr;
}
