/**
 * Every sentence the quiz shows, in French. Another language is one more file exporting the same shape
 * (`QuizText`) and one line in `textFor` (quiz/items.ts). A `release` of undefined means the backlog.
 */

const NBSP = '\u00a0';

/**
 * « text », with the no-break spaces French typography puts inside guillemets; guillemets already in the text
 * become the inner quotes “ ”, so that « … “ … ” … » never doubles.
 */
export const quote = (text: string): string =>
  `«${NBSP}${text.replace(/«[\s\u00a0\u202f]*/g, '“').replace(/[\s\u00a0\u202f]*»/g, '”')}${NBSP}»`;
const ask = (sentence: string): string => `${sentence}${NBSP}?`;

/** "d’Octavia", "de Neutron" (the deck's typographic apostrophe). */
const of = (name: string): string => (/^[aeiouyàâäéèêëîïôöûüœ]/i.test(name) ? `d’${name}` : `de ${name}`);

const plural = (count: number, one: string, many: string): string => (count === 1 ? one : many);

/** "les objectifs Pike d’Octavia", "l’objectif du backlog de Cinder", "les 3 objectifs Pike de Neutron". */
function goals(project: string, release: string | undefined, count?: number): string {
  const article = count === undefined ? 'les objectifs' : plural(count, 'l’objectif', `les ${count} objectifs`);
  return release === undefined ? `${article} du backlog ${of(project)}` : `${article} ${release} ${of(project)}`;
}

const nouns = {
  answers: ['réponse', 'réponses'],
  cards: ['carte', 'cartes'],
  sessions: ['session', 'sessions'],
} as const;

export const fr = {
  whichRelease: (project: string, text: string) => ask(`Pour quelle release ${project} prévoit-il ${quote(text)}`),
  whenInRelease: (project: string, text: string) =>
    ask(`Dans quelle release est-ce arrivé pour ${project}${NBSP}: ${quote(text)}`),
  whenAtAll: (project: string, text: string) => ask(`Quand est-ce arrivé pour ${project}${NBSP}: ${quote(text)}`),
  whichProject: (text: string) => ask(`À quel projet se rapporte ${quote(text)}`),
  whichItems: (project: string, release: string | undefined) =>
    `${ask(`Quels sont ${goals(project, release)}`)} (plusieurs réponses possibles)`,
  recall: (project: string, release: string | undefined, count: number) => `Citez ${goals(project, release, count)}`,
  sort: (project: string) => `Rangez chaque élément ${of(project)} dans sa release`,
  /** Which one of these items the release brings: `past` for history, undefined release for the backlog. */
  inRelease: (release: string | undefined, past: boolean) =>
    ask(
      release === undefined
        ? 'Lequel de ces éléments reste au backlog, sans release'
        : past
          ? `Lequel de ces éléments est arrivé dans ${release}`
          : `Lequel de ces éléments est prévu pour ${release}`,
    ),

  /** One cell of the confusion table, e.g. "3 éléments Queens pris pour Pike". */
  confusion: (count: number, expected: string, given: string, outside: boolean) =>
    `${count} ${plural(count, 'élément', 'éléments')} ${expected}${outside ? ' (hors de votre choix)' : ''} pris pour ${given}`,

  /** What decoding saved progress dropped or changed. */
  report: {
    invalidJson: 'Progression illisible (JSON invalide) : on repart de zéro.',
    tooLarge: (chars: number, limit: number) => {
      const millions = (count: number) => (count / 1e6).toLocaleString('fr', { maximumFractionDigits: 1 });
      return `Progression trop volumineuse (${millions(chars)} millions de caractères ; au plus ${millions(limit)} millions) : on repart de zéro.`;
    },
    future: (count: number) =>
      plural(count, '1 entrée datée dans le futur ignorée.', `${count} entrées datées dans le futur ignorées.`),
    summarised: (count: number) =>
      plural(
        count,
        '1 ancienne session résumée : son score reste dans l’évolution, ses réponses ne sont plus gardées.',
        `${count} anciennes sessions résumées : leur score reste dans l’évolution, leurs réponses ne sont plus gardées.`,
      ),
    notProgress: 'Ce document n’est pas une progression du quiz : on repart de zéro.',
    unknownVersion: (version: string) => `Version de progression inconnue (${version}) : on repart de zéro.`,
    futureVersion: (version: number) =>
      `Progression enregistrée par une version plus récente (${version}) : seules les entrées lisibles sont gardées.`,
    migrated: (from: number, to: number) => `Progression mise à jour de la version ${from} à la version ${to}.`,
    notAList: (what: keyof typeof nouns) => `La liste des ${nouns[what][1]} est illisible : ignorée.`,
    unreadable: (count: number, what: keyof typeof nouns) =>
      `${count} ${plural(count, `${nouns[what][0]} illisible ignorée`, `${nouns[what][1]} illisibles ignorées`)}.`,
    duplicateSessions: (count: number) =>
      `${count} ${plural(count, 'session en double ignorée', 'sessions en double ignorées')}.`,
    goneQuestions: (count: number) =>
      plural(
        count,
        '1 réponse à une question qui n’existe plus ignorée.',
        `${count} réponses à des questions qui n’existent plus ignorées.`,
      ),
    goneItems: (count: number) =>
      plural(
        count,
        '1 carte d’un élément qui n’existe plus ignorée.',
        `${count} cartes d’éléments qui n’existent plus ignorées.`,
      ),
    resetCards: (ids: readonly string[]) =>
      `${plural(ids.length, '1 carte remise', `${ids.length} cartes remises`)} à zéro (texte ou release modifiés) : ${ids.join(', ')}.`,
  },
};

export type QuizText = typeof fr;
