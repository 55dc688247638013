/**
 * Every word of the interface in English. This file is the reference: the shape of each section is the type every
 * other language's file must give (a missing or extra key is a type error). Plain spaces only: typography.ts sets
 * each language's own (French no-break spaces) when the words are looked up (index.ts).
 */
import type { DecodeNote } from '../../quiz/progress.ts';
import type { Prompt } from '../../quiz/prompt.ts';
import { tools } from './tools.ts';

const t = /* @__PURE__ */ tools('en');

/** The deck (index.html): its slides, the room's quiz, the print view and the PDF's bookmarks. */
export const deck = {
  agenda: 'Agenda',
  kind: { conference: 'Talk', forum: 'Forum', evening: 'Evening' },
  roadmap: 'Roadmap',
  history: 'History',
  backToAgenda: 'Back to the agenda',
  slides: 'Slides',
  speakerView: 'Speaker view',
  study: 'Study the roadmaps',
  /** The language switch's title: the same slide in the other edition, named in this language. */
  sameSlideIn: (language: string) => `This slide in ${language}`,
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
  page: (index: number, count: number) => `${t.number(index)} / ${t.number(count)}`,
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
  /** A whole percent, or a dash when nothing was asked. */
  share: (percent: number | undefined) => (percent === undefined ? '—' : t.percent(percent)),
  total: 'Total',
  clearScore: 'Reset',
  keys: {
    right: 'Quiz: the room got it',
    wrong: 'Quiz: the room missed it',
    clear: 'Quiz: reset the room’s score',
  },
  /** reveal.js's own words: its arrows' labels, its pause screen's button, its help (key ?). */
  reveal: {
    previous: 'previous slide',
    next: 'next slide',
    above: 'above slide',
    below: 'below slide',
    resume: 'Resume presentation',
    /** Above the speaker notes when they show on the slide or print on their own page. */
    speakerNotes: 'Speaker notes',
    help: 'Keyboard shortcuts',
    key: 'Key',
    action: 'Action',
    shortcuts: {
      next: 'Next slide',
      previous: 'Previous slide',
      left: 'Navigate left',
      right: 'Navigate right',
      up: 'Navigate up',
      down: 'Navigate down',
      noFragments: 'Navigate without fragments',
      firstLast: 'Jump to first/last slide',
      pause: 'Pause',
      fullscreen: 'Fullscreen',
      jump: 'Jump to slide',
      overview: 'Slide overview',
    },
  },
  notice: {
    recorded: (release: string, right: boolean, score: string) =>
      `${right ? '✓ Got it' : '✗ Missed'} · ${release}: ${score}`,
    forwarded: (right: boolean) => `${right ? '✓ Got it' : '✗ Missed'} · sent to the presentation`,
    cleared: (count: number) =>
      count === 0
        ? 'The room’s score is already empty'
        : `The room’s score is reset (${t.count(count, { one: 'answer', other: 'answers' })} cleared)`,
    revealFirst: 'Show the answer first (→), then Y or X',
    notSaved: 'not stored (the browser’s storage is full or refused: the score lasts while this page stays open)',
    noQuestion: 'Y and X tally the answer to a quiz question',
  },
};

/** "the Pike goals of Octavia", "the backlog goal of Cinder", "the 3 Pike goals of Neutron". */
function goals(project: string, release: string | undefined, count?: number): string {
  const what = release === undefined ? 'backlog' : release;
  const noun = count === undefined ? 'goals' : t.plural(count, { one: 'goal', other: 'goals' });
  const number = count === undefined || count === 1 ? '' : `${t.number(count)} `;
  return `the ${number}${what} ${noun} of ${project}`;
}

/** What the quiz asks, worded: the study page's questions, the room's questions and the Anki cards. */
export const quiz = {
  prompt: (prompt: Prompt): string => {
    switch (prompt.kind) {
      case 'which-release':
        return prompt.source === 'roadmap'
          ? `For which release does ${prompt.project} plan ${t.quote(prompt.text)}?`
          : `In which release did this happen for ${prompt.project}: ${t.quote(prompt.text)}?`;
      case 'when':
        return `When did this happen for ${prompt.project}: ${t.quote(prompt.text)}?`;
      case 'in-release':
        return prompt.release === undefined
          ? 'Which of these items stays in the backlog, with no release?'
          : prompt.past
            ? `Which of these items came in ${prompt.release}?`
            : `Which of these items is planned for ${prompt.release}?`;
      case 'which-project':
        return `Which project is ${t.quote(prompt.text)} about?`;
      case 'which-items':
        return `What are ${goals(prompt.project, prompt.release)}? (several answers possible)`;
      case 'sort':
        return `Sort each ${prompt.project} item into its release`;
      case 'recall':
        return `Name ${goals(prompt.project, prompt.release, prompt.count)}`;
    }
  },
  /** The back of an Anki card: the release, and the date when the item has one. */
  ankiAnswer: (release: string | undefined, when: string | undefined): string =>
    release !== undefined && when !== undefined ? `${release} (${when})` : (release ?? when ?? ''),
};

const answers = { one: 'answer', other: 'answers' };
const sessions = { one: 'session', other: 'sessions' };
const items = { one: 'item', other: 'items' };
/** The lists a progress file holds, as notes about it name them. */
const lists = { sessions: 'sessions', answers: 'answers', cards: 'cards' } as const;

/** The self-study page (study.html). */
export const study = {
  pageTitle: (deck: string) => `Study: ${deck}`,
  heading: 'Study the roadmaps',
  backToDeck: 'Back to the slides',
  /** The language switch's title: the same screen in the other edition, named in this language. */
  sameScreenIn: (language: string) => `This page in ${language}`,
  /** Names of the page's main regions. */
  regions: { tools: 'Page tools' },

  home: {
    resumeHeading: 'Session in progress',
    resume: 'Resume',
    resumeDetail: (position: number, total: number, score: number, answered: number) =>
      answered === 0
        ? `Question ${t.number(position)} of ${t.number(total)}, no answer yet`
        : `Question ${t.number(position)} of ${t.number(total)} · score ${t.percent(score)} after ${t.count(answered, { one: 'question', other: 'questions' })}`,
    planHeading: 'What do you want to study?',
    planHint: 'No box ticked in a group: the whole group.',
    releases: 'Releases',
    projects: 'Projects',
    talks: 'Talks',
    /** "(all)", "(2 of 7)" beside a filter's legend. */
    chosen: (_group: 'releases' | 'projects' | 'talks', count: number, total: number) =>
      count === 0 ? 'all' : `${t.number(count)} of ${t.number(total)}`,
    modeLegend: 'Kind of session',
    quiz: 'Quick quiz',
    quizDetail: (available: number) =>
      available === 0
        ? 'No question matches this choice.'
        : `Up to ${t.count(available, { one: 'question', other: 'questions' })} on this choice.`,
    count: 'Number of questions',
    review: 'Review of the cards due',
    reviewDetail: (due: number) =>
      due === 0
        ? 'No card due in this choice: the review offers items never seen.'
        : `${t.count(due, { one: 'card due', other: 'cards due' })} in this choice, then items never seen.`,
    nothingToReview: 'Nothing to review now in this choice: no card due, no new item.',
    reviewCount: 'Number of cards',
    nothing: 'No question matches this choice.',
    start: 'Start',
  },

  /** The offer that the live room's link brings (study.html?missed=…): the items this person missed there. */
  missed: {
    heading: (count: number) => `${t.count(count, { one: 'item', other: 'items' })} missed in the room`,
    reviewNow: (count: number) => t.plural(count, { one: 'Review it now', other: 'Review them now' }),
    later: 'Later',
    /** Said once "Later" has put them in the reviews. */
    laterDone: (count: number) =>
      t.plural(count, { one: 'It will come back in your reviews.', other: 'They will come back in your reviews.' }),
    laterUnsaved: (count: number) =>
      t.plural(count, {
        one: 'It will come back in the reviews of this tab only.',
        other: 'They will come back in the reviews of this tab only.',
      }),
    /** The same link brought again, or the items studied since the room: nothing to put in the reviews. */
    already: (count: number) =>
      t.plural(count, { one: 'It is already in your reviews.', other: 'They are already in your reviews.' }),
    close: 'Close',
    noQuestion: 'No question can be asked on these items.',
  },

  progress: {
    heading: 'Your progress',
    summary: (answerCount: number, sessionCount: number) =>
      answerCount === 0
        ? 'No answer recorded yet.'
        : `${t.count(answerCount, answers)} in ${t.count(sessionCount, sessions)}.`,
    due: (due: number) =>
      due === 0 ? 'No card to review now.' : `${t.count(due, { one: 'card', other: 'cards' })} to review now.`,
    savedHere: 'It is saved in this browser, answer by answer.',
    notSaved:
      'This browser refuses local storage: your progress will be lost when the page is closed. Export it to keep it.',
    results: 'See the results of every session',
    export: 'Export progress',
    exportDetail: 'A JSON file to import on another machine.',
    importLegend: 'Import progress',
    merge: 'Merge with the current progress',
    replace: 'Replace the current progress',
    file: 'Choose a progress file (.json)',
    confirmReplace: (file: string) => `Replace all the progress of this browser with that of ${t.quote(file)}?`,
    confirmReplaceYes: 'Replace',
    imported: (mode: 'merge' | 'replace', answerCount: number) =>
      `${mode === 'merge' ? 'Progress merged' : 'Progress replaced'}: ${t.count(answerCount, answers)} in all.`,
    importFailed: (file: string) => `${t.quote(file)} holds no readable progress: nothing changed.`,
    importNotes: 'About the imported file:',
    reset: 'Clear progress…',
    confirmReset: 'Clear every answer and card recorded in this browser? This cannot be undone.',
    confirmResetYes: 'Clear',
    cancel: 'Cancel',
    cleared: 'Progress cleared.',
    unsavedHeading: 'Progress not saved',
    unsavedFull:
      'This browser’s storage is full: your answers are kept in this tab only, and will be lost when it is closed. Export your progress to keep it.',
    unsavedRefused:
      'This browser refused to save your answers: they are kept in this tab only, and will be lost when it is closed. Export your progress to keep it.',
    importedUnsaved: (answerCount: number) =>
      `Progress imported in this tab only (${t.count(answerCount, answers)}): the browser did not save it.`,
    fileTooLarge: (bytes: number) =>
      `This file is far too large for progress (${t.number(bytes / 1e6, { maximumFractionDigits: 1 })} MB): it was not read.`,
    planHeading: 'Where you stand',
    planCaption: 'Items known, being learnt and never seen, by release',
    known: 'Known',
    learning: 'Learning',
    new: 'Never seen',
    total: 'Items',
    knownLine: (known: number, total: number) => `${t.number(known)} known of ${t.number(total)}`,
    statesRule:
      'An item is known when its latest answer is right and it has passed its first reviews; learning when it was missed or seen recently.',
  },

  restore: {
    lostHeading: 'Progress partly restored',
    unreadableHeading: 'Unreadable progress',
    infoHeading: 'Progress updated',
    kept: (answerCount: number, sessionCount: number) =>
      `Kept: ${t.count(answerCount, answers)} and ${t.count(sessionCount, sessions)}.`,
    download: 'Download the original data',
    dismiss: 'Close this message',
    otherTab: 'Progress updated from another tab.',
    resetElsewhere: 'Progress was cleared in another tab.',
    /** What reading stored or imported progress dropped or changed (quiz/progress.ts). */
    note: (note: DecodeNote): string => {
      switch (note.kind) {
        case 'invalid-json':
          return 'Unreadable progress (invalid JSON): starting from scratch.';
        case 'too-large': {
          const millions = (count: number) => t.number(count / 1e6, { maximumFractionDigits: 1 });
          return `Progress too large (${millions(note.chars)} million characters; at most ${millions(note.limit)} million): starting from scratch.`;
        }
        case 'not-progress':
          return 'This document is not quiz progress: starting from scratch.';
        case 'unknown-version':
          return `Unknown progress version (${note.version}): starting from scratch.`;
        case 'future-version':
          return `Progress saved by a newer version (${t.number(note.version)}): only the readable entries are kept.`;
        case 'migrated':
          return `Progress updated from version ${t.number(note.from)} to version ${t.number(note.to)}.`;
        case 'not-a-list':
          return `The list of ${lists[note.what]} is unreadable: ignored.`;
        case 'unreadable':
          return `${t.count(note.count, { one: `unreadable ${lists[note.what].slice(0, -1)}`, other: `unreadable ${lists[note.what]}` })} ignored.`;
        case 'duplicate-sessions':
          return `${t.count(note.count, { one: 'duplicate session', other: 'duplicate sessions' })} ignored.`;
        case 'gone-questions':
          return `${t.count(note.count, { one: 'answer to a question that no longer exists', other: 'answers to questions that no longer exist' })} ignored.`;
        case 'gone-items':
          return `${t.count(note.count, { one: 'card of an item that no longer exists', other: 'cards of items that no longer exist' })} ignored.`;
        case 'reset-cards':
          return `${t.count(note.items.length, { one: 'card', other: 'cards' })} reset (text or release changed): ${note.items.join(', ')}.`;
        case 'future':
          return `${t.count(note.count, { one: 'entry dated in the future', other: 'entries dated in the future' })} ignored.`;
        case 'summarised':
          return note.count === 1
            ? '1 old session summarised: its score stays in the trend, its answers are no longer kept.'
            : `${t.number(note.count)} old sessions summarised: their score stays in the trend, their answers are no longer kept.`;
      }
    },
  },

  quiz: {
    position: (index: number, total: number) => `Question ${t.number(index)} of ${t.number(total)}`,
    score: (score: number, asked: number) => `Score: ${asked === 0 ? '—' : t.percent(score)}`,
    scoreLabel: (score: number, asked: number) =>
      asked === 0 ? 'No score yet' : `Score ${t.percent(score)}, over ${t.count(asked, items)} asked`,
    kinds: {
      'which-release': 'Single choice',
      'in-release': 'Single choice',
      'which-project': 'Single choice',
      'which-items': 'Multiple choice',
      sort: 'Sort by release',
      recall: 'Free recall',
    },
    quit: 'Leave the session',
    submit: 'Submit',
    dontKnow: 'I don’t know',
    keys: 'Keys: 1 to 9 to choose, Enter to submit, → to go on.',
    recallKeys: 'Enter to submit; Tab to move from one field to the next.',
    recallField: (index: number, total: number) => `Item ${t.number(index)} of ${t.number(total)}`,
    pickOne: `Choose an answer, or ${t.quote('I don’t know')}.`,
    pickSome: `Tick at least one answer, or ${t.quote('I don’t know')}.`,
    placeAll: (left: number) =>
      `Place ${t.count(left, { one: 'more item', other: 'more items' })}, or ${t.quote('I don’t know')}.`,
    typeSome: `Write at least one item, or ${t.quote('I don’t know')}.`,
    right: 'Right answer!',
    wrong: 'Wrong answer.',
    notAnswered: 'No answer.',
    /** A partly right answer, with the points it earned. */
    partly: (kind: 'which-items' | 'sort' | 'recall', found: number, total: number, wrongTicks: number) =>
      `Partly: ${
        kind === 'which-items'
          ? `${t.count(found, { one: 'right answer', other: 'right answers' })} ticked of ${t.number(total)}${
              wrongTicks > 0 ? `, ${t.number(wrongTicks)} ticked wrongly` : ''
            }`
          : kind === 'sort'
            ? `${t.count(found, { one: 'item', other: 'items' })} placed right of ${t.number(total)}`
            : `${t.count(found, { one: 'item', other: 'items' })} found of ${t.number(total)}`
      }.`,
    points: (earned: number, total: number) =>
      `${t.count(earned, { one: 'point', other: 'points' })} of ${t.number(total)}.`,
    answerIs: (label: string) => `Answer: ${label}.`,
    answerWas: (label: string) => `The answer was: ${label}.`,
    youSaid: (label: string) => `You answered ${label}.`,
    gradeHeading: 'How was it?',
    gradeHint: `Keys 1 to 4. With no choice, a right answer counts as ${t.quote('Good')}.`,
    grades: { again: 'Again', hard: 'Hard', good: 'Good', easy: 'Easy' },
    gradeSaved: (grade: string) => `Graded: ${grade}.`,
    goals: 'Expected answers:',
    pickedWrongly: 'Ticked wrongly',
    missedGoal: 'Missed',
    foundGoal: 'Found',
    placedUnder: (release: string) => `you: ${release}`,
    notPlaced: 'not placed',
    extra: (text: string) => `${t.quote(text)} is not part of the answer.`,
    extraOther: (text: string) => `${t.quote(text)}: that is another item of the project.`,
    tagRight: 'right answer',
    tagWrong: 'your answer',
    slide: 'See the slide',
    slideOf: (talk: string, source: 'roadmap' | 'history') =>
      `${talk} — ${source === 'roadmap' ? 'roadmap' : 'history'}`,
    next: 'Next question',
    finish: 'See the results',
  },

  results: {
    sessionHeading: 'Session results',
    allHeading: 'Results of every session',
    sessionOf: (date: string, kind: 'quiz' | 'review') => `${kind === 'quiz' ? 'Quiz' : 'Review'} of ${date}`,
    nothing: 'No answer yet.',
    total: (asked: number) => `over ${t.count(asked, items)} asked`,
    rule: 'Each item asked is worth one point: a single-choice question gives one, a sort one per card placed right, a recall one per item named, a multiple-choice question one per right box ticked less one per box ticked wrongly (never below zero).',
    byRelease: 'Score by release',
    chartLabel: 'Chart: score by release',
    byProject: 'Score by project',
    byTalk: 'Score by talk',
    release: 'Release',
    project: 'Project',
    talk: 'Talk',
    asked: 'Items asked',
    percent: 'Score',
    /** A score as a whole percent. */
    share: (percent: number) => t.percent(percent),
    /** When a session started, as the trend and the results name it. */
    date: (date: Date) => t.date(date),
    notAsked: 'not asked',
    past: 'history',
    ahead: 'ahead',
    confusion: 'Confusions between releases',
    /** One cell of the confusion table, e.g. "3 Queens items taken for Pike". */
    confusionCell: (count: number, expected: string, given: string, outside: boolean) =>
      `${t.count(count, { one: `${expected} item`, other: `${expected} items` })}${outside ? ' (outside your choice)' : ''} taken for ${given}`,
    noConfusion: 'No confusion between releases.',
    missed: 'Missed items',
    missedHint: 'Those whose latest answer is wrong; a right answer later removes them.',
    noMissed: 'No missed item.',
    reviewThese: (count: number) => (count === 1 ? 'Review this item' : `Review these ${t.number(count)} items`),
    trend: 'Trend over sessions',
    trendLabel: 'Chart: score by session',
    session: 'Session',
    kind: 'Kind',
    kinds: { quiz: 'Quiz', review: 'Review' },
    items: 'Items',
    current: '(this one)',
    newSession: 'New session',
    all: 'Results of every session',
    home: 'Home',
  },
};

/** The live room's page for phones (join.html). Prompts and choices come from the room, in the deck's words. */
export const live = {
  title: 'Join the room quiz',
  joinedTitle: 'Room quiz',
  intro: 'Answer the questions asked during the talk from your phone.',
  code: 'Room code (6 digits)',
  codeHint: 'It is shown under the QR code, on the quiz slides.',
  nickname: 'Nickname (optional)',
  nicknameHint: 'It is shown nowhere public.',
  join: 'Join',
  joining: 'Joining…',
  room: (code: string) => `Room ${code}`,
  joinedAs: (nickname: string | undefined) => (nickname ? `You are ${nickname}` : 'You have joined the room'),
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
  recorded: (letter: string) => `Answer recorded: ${letter}`,
  changeHint: 'You may change it until the answer is shown.',
  pendingOffline: (letter: string) => `Your answer (${letter}) will be sent as soon as the network is back.`,
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
  fraction: (correct: number, asked: number) => `${t.number(correct)} of ${t.number(asked)}`,
  percent: (correct: number, asked: number) => t.percent(asked === 0 ? 0 : Math.round((100 * correct) / asked)),
  studyMissed: (count: number) =>
    t.plural(count, { one: 'Study the item you missed', other: `Study the ${t.number(count)} items you missed` }),
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

/** The deck in live mode (`npm run live`): how to join, the room's counts, and its measured recall. */
export const room = {
  join: 'Answer on your phone',
  scan: 'Scan the code or open',
  code: 'Room code',
  joined: (count: number) => t.count(count, { one: 'person joined', other: 'people joined' }),
  answers: (count: number) => t.count(count, { one: 'answer', other: 'answers' }),
  /** One choice's share of the room's answers, after the reveal. */
  choiceCount: (count: number, percent: number) => `${t.number(count)} · ${t.percent(percent)}`,
  rightChoice: 'right answer',
  connection: {
    connecting: 'Live room: connecting…',
    online: 'Live room',
    offline: 'Live room: connection lost, trying again…',
  },
  problems: {
    'no-room': 'This live room no longer exists: start `npm run live` again.',
    unauthorized: 'This page does not hold the room’s key: it shows the room without driving it.',
    other: (reason: string) => `The live room refused: ${reason}`,
  },
  scoreCaption: 'The room’s recall by release, from everyone’s answers: questions asked, answers, share right',
  answersHeading: 'Answers',
  rightHeading: 'Right',
  noAnswers: 'No question revealed yet.',
};

export type DeckWords = typeof deck;
export type QuizWords = typeof quiz;
export type StudyWords = typeof study;
export type LiveWords = typeof live;
export type RoomWords = typeof room;
