/** The interface's words: one place, two languages, one typography function, plurals and numbers by Intl. */
import { describe, expect, it } from 'vitest';
import type { DecodeNote, Prompt } from '../../quiz/index.ts';
import { displayName } from '../../src/locale/tools.ts';
import { deckWords, interfaceLanguage, quizWords, quote, studyWords, tools, typeset } from '../../src/locale/index.ts';
import { interfaceText, literalsOf } from '../../src/locale/text.ts';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

describe('typeset', () => {
  it('puts French no-break spaces before ; : ! ? and inside « », and nowhere else', () => {
    expect(typeset('fr', 'Réponse : « oui » ; vraiment ? Oui !')).toBe(
      `Réponse${NBSP}: «${NBSP}oui${NBSP}»${NBSP}; vraiment${NBSP}? Oui${NBSP}!`,
    );
    expect(typeset('fr', 'à 12:30, voir https://example.org/?q=1')).toBe('à 12:30, voir https://example.org/?q=1');
    expect(typeset('fr-CA', 'Vraiment ?')).toBe(`Vraiment${NBSP}?`);
  });

  it('leaves English as it is', () => {
    expect(typeset('en', 'Answer : yes ?')).toBe('Answer : yes ?');
  });
});

describe('quote', () => {
  it('quotes in the language’s marks, inner quotes becoming the inner marks: never « « » »', () => {
    expect(quote('fr', 'Notion de « zone »')).toBe(`«${NBSP}Notion de “zone”${NBSP}»`);
    expect(quote('en', 'An “operation guide” section')).toBe('“An ‘operation guide’ section”');
  });

  it('does not quote again a text that is a quotation already', () => {
    expect(quote('fr', '« cloud provider »')).toBe('« cloud provider »');
    expect(typeset('fr', quote('fr', '« cloud provider »'))).toBe(`«${NBSP}cloud provider${NBSP}»`);
    expect(quote('en', '“cloud provider”')).toBe('“cloud provider”');
    // Two quotations side by side are not one: the whole is quoted.
    expect(quote('fr', '« a » et « b »')).toBe(`«${NBSP}“a” et “b”${NBSP}»`);
  });
});

describe('tools', () => {
  it('pluralise by Intl.PluralRules: French puts 0 and 1 in the singular, English only 1', () => {
    const forms = { one: 'one', other: 'other' };
    expect([0, 1, 1.5, 2].map((count) => tools('fr').plural(count, forms))).toEqual(['one', 'one', 'one', 'other']);
    expect([0, 1, 1.5, 2].map((count) => tools('en').plural(count, forms))).toEqual(['other', 'one', 'other', 'other']);
  });

  it('write numbers and percents as the language does', () => {
    // French groups digits and sets % apart with a no-break space (ICU's versions differ on its width).
    expect(tools('fr').number(12345.5)).toMatch(/^12[\u00a0\u202f]345,5$/);
    expect(tools('en').number(12345.5)).toBe('12,345.5');
    expect(tools('fr').percent(45)).toMatch(/^45[\u00a0\u202f]%$/);
    expect(tools('en').percent(45)).toBe('45%');
  });

  it('name languages in any language', () => {
    expect(displayName('fr')).toBe('Français');
    expect(displayName('en')).toBe('English');
    expect(displayName('fr', 'en')).toBe('French');
    expect(displayName('en', 'fr')).toBe('Anglais');
  });
});

describe('the language of the interface', () => {
  it('is the deck’s, its base language’s, or English', () => {
    expect(interfaceLanguage('fr')).toBe('fr');
    expect(interfaceLanguage('fr-CA')).toBe('fr');
    expect(interfaceLanguage('en-GB')).toBe('en');
    expect(interfaceLanguage('de')).toBe('en');
    expect(deckWords('de').agenda).toBe('Agenda');
    expect(studyWords('de').heading).toBe(studyWords('en').heading);
  });

  it('typesets every text a section gives, its strings and what its functions return', () => {
    expect(deckWords('fr').answer).toBe(`Réponse${NBSP}:`);
    expect(studyWords('fr').quiz.answerIs('Pike')).toBe(`Réponse${NBSP}: Pike.`);
    expect(deckWords('en').answer).toBe('Answer:');
  });
});

describe('prompts', () => {
  const prompts: [Prompt, string, string][] = [
    [
      { kind: 'which-release', source: 'roadmap', project: 'Octavia', text: 'Haute disponibilité active/active' },
      `Pour quelle release Octavia prévoit-il «${NBSP}Haute disponibilité active/active${NBSP}»${NBSP}?`,
      'For which release does Octavia plan “Haute disponibilité active/active”?',
    ],
    [
      { kind: 'which-release', source: 'history', project: 'FWaaS', text: 'Nouvelle API v2' },
      `Dans quelle release est-ce arrivé pour FWaaS${NBSP}: «${NBSP}Nouvelle API v2${NBSP}»${NBSP}?`,
      'In which release did this happen for FWaaS: “Nouvelle API v2”?',
    ],
    [
      { kind: 'when', project: 'FWaaS', text: 'Reboot' },
      `Quand est-ce arrivé pour FWaaS${NBSP}: «${NBSP}Reboot${NBSP}»${NBSP}?`,
      'When did this happen for FWaaS: “Reboot”?',
    ],
    [
      { kind: 'in-release', release: 'Pike', past: false },
      `Lequel de ces éléments est prévu pour Pike${NBSP}?`,
      'Which of these items is planned for Pike?',
    ],
    [
      { kind: 'in-release', release: 'Havana', past: true },
      `Lequel de ces éléments est arrivé dans Havana${NBSP}?`,
      'Which of these items came in Havana?',
    ],
    [
      { kind: 'in-release', release: undefined, past: false },
      `Lequel de ces éléments reste au backlog, sans release${NBSP}?`,
      'Which of these items stays in the backlog, with no release?',
    ],
    [
      { kind: 'which-project', text: 'Fin de vie de … v1' },
      `À quel projet se rapporte «${NBSP}Fin de vie de … v1${NBSP}»${NBSP}?`,
      'Which project is “Fin de vie de … v1” about?',
    ],
    [
      { kind: 'which-items', project: 'Octavia', release: 'Queens' },
      `Quels sont les objectifs Queens d’Octavia${NBSP}? (plusieurs réponses possibles)`,
      'What are the Queens goals of Octavia? (several answers possible)',
    ],
    [
      { kind: 'sort', project: 'OpenStack-Ansible' },
      'Rangez chaque élément d’OpenStack-Ansible dans sa release',
      'Sort each OpenStack-Ansible item into its release',
    ],
    [
      { kind: 'recall', project: 'OpenStack-Ansible', release: 'Pike', count: 3 },
      'Citez les 3 objectifs Pike d’OpenStack-Ansible',
      'Name the 3 Pike goals of OpenStack-Ansible',
    ],
    [
      { kind: 'recall', project: 'FWaaS', release: 'Rocky', count: 1 },
      'Citez l’objectif Rocky de FWaaS',
      'Name the Rocky goal of FWaaS',
    ],
    [
      { kind: 'recall', project: 'Cinder', release: undefined, count: 2 },
      'Citez les 2 objectifs du backlog de Cinder',
      'Name the 2 backlog goals of Cinder',
    ],
  ];

  it.each(prompts)('words %j in French and English', (prompt, french, english) => {
    expect(quizWords('fr').prompt(prompt)).toBe(french);
    expect(quizWords('en').prompt(prompt)).toBe(english);
  });

  it('never doubles the quotes of an item that holds some', () => {
    const quoted = (text: string): Prompt => ({ kind: 'which-release', source: 'roadmap', project: 'FWaaS', text });
    expect(quizWords('fr').prompt(quoted('Notion de « zone »'))).toBe(
      `Pour quelle release FWaaS prévoit-il «${NBSP}Notion de “zone”${NBSP}»${NBSP}?`,
    );
    expect(quizWords('fr').prompt(quoted('« Make RBAC domain aware »'))).toBe(
      `Pour quelle release FWaaS prévoit-il «${NBSP}Make RBAC domain aware${NBSP}»${NBSP}?`,
    );
    expect(quizWords('en').prompt(quoted('The notion of “zone”'))).toBe(
      'For which release does FWaaS plan “The notion of ‘zone’”?',
    );
    expect(quizWords('en').prompt(quoted('“Make RBAC domain aware”'))).toBe(
      'For which release does FWaaS plan “Make RBAC domain aware”?',
    );
  });

  it('words the back of an Anki card: the release, its date, or both', () => {
    expect(quizWords('fr').ankiAnswer('Pike', undefined)).toBe('Pike');
    expect(quizWords('fr').ankiAnswer(undefined, 'octobre 2015')).toBe('octobre 2015');
    expect(quizWords('en').ankiAnswer('Newton', 'October 2016')).toBe('Newton (October 2016)');
  });
});

describe('the study page’s sentences', () => {
  it('say a confusion, marking a release outside the scope', () => {
    expect(studyWords('fr').results.confusionCell(3, 'Queens', 'Pike', false)).toBe('3 éléments Queens pris pour Pike');
    expect(studyWords('fr').results.confusionCell(1, 'Backlog', 'Rocky', true)).toBe(
      '1 élément Backlog (hors de votre choix) pris pour Rocky',
    );
    expect(studyWords('en').results.confusionCell(3, 'Queens', 'Pike', false)).toBe('3 Queens items taken for Pike');
    expect(studyWords('en').results.confusionCell(1, 'Backlog', 'Rocky', true)).toBe(
      '1 Backlog item (outside your choice) taken for Rocky',
    );
  });

  const notes: [DecodeNote, string, string][] = [
    [
      { kind: 'invalid-json' },
      'Progression illisible (JSON invalide) : on repart de zéro.',
      'Unreadable progress (invalid JSON): starting from scratch.',
    ],
    [
      { kind: 'too-large', chars: 2_000_001, limit: 2_000_000 },
      'Progression trop volumineuse (2 millions de caractères ; au plus 2 millions) : on repart de zéro.',
      'Progress too large (2 million characters; at most 2 million): starting from scratch.',
    ],
    [
      { kind: 'not-progress' },
      'Ce document n’est pas une progression du quiz : on repart de zéro.',
      'This document is not quiz progress: starting from scratch.',
    ],
    [
      { kind: 'unknown-version', version: '"2"' },
      'Version de progression inconnue ("2") : on repart de zéro.',
      'Unknown progress version ("2"): starting from scratch.',
    ],
    [
      { kind: 'future-version', version: 4 },
      'Progression enregistrée par une version plus récente (4) : seules les entrées lisibles sont gardées.',
      'Progress saved by a newer version (4): only the readable entries are kept.',
    ],
    [
      { kind: 'migrated', from: 1, to: 3 },
      'Progression mise à jour de la version 1 à la version 3.',
      'Progress updated from version 1 to version 3.',
    ],
    [
      { kind: 'not-a-list', what: 'answers' },
      'La liste des réponses est illisible : ignorée.',
      'The list of answers is unreadable: ignored.',
    ],
    [{ kind: 'unreadable', count: 1, what: 'cards' }, '1 carte illisible ignorée.', '1 unreadable card ignored.'],
    [
      { kind: 'unreadable', count: 2, what: 'sessions' },
      '2 sessions illisibles ignorées.',
      '2 unreadable sessions ignored.',
    ],
    [{ kind: 'duplicate-sessions', count: 1 }, '1 session en double ignorée.', '1 duplicate session ignored.'],
    [
      { kind: 'gone-questions', count: 3 },
      '3 réponses à des questions qui n’existent plus ignorées.',
      '3 answers to questions that no longer exist ignored.',
    ],
    [
      { kind: 'gone-items', count: 1 },
      '1 carte d’un élément qui n’existe plus ignorée.',
      '1 card of an item that no longer exists ignored.',
    ],
    [
      { kind: 'reset-cards', items: ['octavia-active-active', 'osa-centos'] },
      '2 cartes remises à zéro (texte ou release modifiés) : octavia-active-active, osa-centos.',
      '2 cards reset (text or release changed): octavia-active-active, osa-centos.',
    ],
    [{ kind: 'future', count: 1 }, '1 entrée datée dans le futur ignorée.', '1 entry dated in the future ignored.'],
    [
      { kind: 'summarised', count: 20 },
      '20 anciennes sessions résumées : leur score reste dans l’évolution, leurs réponses ne sont plus gardées.',
      '20 old sessions summarised: their score stays in the trend, their answers are no longer kept.',
    ],
  ];

  it.each(notes)('say what reading progress did: %j', (note, french, english) => {
    // French sentences are written with plain spaces here; the page sets them with no-break ones.
    expect(studyWords('fr').restore.note(note)).toBe(typeset('fr', french));
    expect(studyWords('en').restore.note(note)).toBe(english);
  });

  it('count in the language: no "1 réponses", no "0 answer"', () => {
    expect(studyWords('fr').progress.summary(1, 1)).toBe('1 réponse en 1 session.');
    expect(studyWords('fr').progress.summary(2, 1)).toBe('2 réponses en 1 session.');
    expect(studyWords('en').progress.summary(1, 2)).toBe('1 answer in 2 sessions.');
    expect(studyWords('en').quiz.points(0, 3)).toBe('0 points of 3.');
    expect(studyWords('fr').quiz.points(0, 3)).toBe('0 point sur 3.');
    expect(studyWords('fr').quiz.points(1.5, 3)).toBe('1,5 point sur 3.');
    expect(studyWords('en').quiz.points(1.5, 3)).toBe('1.5 points of 3.');
  });
});

describe('literalsOf', () => {
  it('reads the texts a function writes, not the ids it compares with', () => {
    const source = "(p) => { switch (p.kind) { case 'which-release': return `Pour ${p.x} « ${q(`a ${b} c`)} » ?`; } }";
    expect(literalsOf(source)).toEqual(['a   c', 'Pour   «   » ?']);
  });
});

describe('interfaceText', () => {
  it('holds every character the interface may write: its words, Intl’s spaces and the other languages’ names', () => {
    const french = interfaceText('fr').join('');
    for (const char of ['É', 'ç', 'à', '’', '«', NBSP, NNBSP, '→', '✓', '—']) expect(french).toContain(char);
    expect(french).toContain('English');
    const english = interfaceText('en').join('');
    expect(english).toContain('Français');
    expect(english).toContain('‘');
    expect(english).not.toContain('Réviser');
  });
});
