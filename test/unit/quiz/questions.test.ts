import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Deck } from '../../../src/model/index.ts';
import {
  buildQuestion,
  checkAnswer,
  collectItems,
  generateQuiz,
  questionIds,
  scopeQuestions,
  type Question,
  type Scope,
} from '../../../quiz/index.ts';
import { normalizeAnswer } from '../../../quiz/normalize.ts';
import { answerOf as answer, FIXED_NOW, FIXED_SEED, fixtureDeck } from '../../fixtures/quiz/deck.ts';

/** Every question the fixture can ask, in deck order. */
const FIXTURE_IDS = [
  'which-release:octavia-lbaas-merge',
  'in-release:octavia-lbaas-merge',
  'which-project:octavia-lbaas-merge',
  'which-release:octavia-cli',
  'in-release:octavia-cli',
  'which-project:octavia-cli',
  'which-release:octavia-active-active',
  'in-release:octavia-active-active',
  'which-project:octavia-active-active',
  'which-release:octavia-flavors',
  'in-release:octavia-flavors',
  'which-project:octavia-flavors',
  'which-release:octavia-horizon',
  'in-release:octavia-horizon',
  'which-project:octavia-horizon',
  'which-release:osa-official',
  'which-project:osa-official',
  'which-release:osa-centos',
  'in-release:osa-centos',
  'which-project:osa-centos',
  'which-release:osa-uwsgi',
  'in-release:osa-uwsgi',
  'which-project:osa-uwsgi',
  'which-release:osa-ops-guide',
  'in-release:osa-ops-guide',
  'which-project:osa-ops-guide',
  'which-release:osa-ops-guide-queens',
  'in-release:osa-ops-guide-queens',
  'which-project:osa-ops-guide-queens',
  'which-release:fwaas-v1',
  'in-release:fwaas-v1',
  'which-project:fwaas-v1',
  'which-release:fwaas-v2-api',
  'which-project:fwaas-v2-api',
  'which-project:fwaas-reboot',
  'which-release:fwaas-horizon',
  'in-release:fwaas-horizon',
  'which-project:fwaas-horizon',
  'which-release:fwaas-logging',
  'in-release:fwaas-logging',
  'which-project:fwaas-logging',
  'which-release:fwaas-zones',
  'in-release:fwaas-zones',
  'which-project:fwaas-zones',
  'which-release:fwaas-v1-eol',
  'in-release:fwaas-v1-eol',
  'which-project:fwaas-v1-eol',
  'which-release:cinder-bfv-default',
  'in-release:cinder-bfv-default',
  'which-project:cinder-bfv-default',
  'which-release:cinder-image-driver',
  'in-release:cinder-image-driver',
  'which-project:cinder-image-driver',
  'which-items:octavia:pike',
  'which-items:octavia:queens',
  'which-items:openstack-ansible:queens',
  'which-items:fwaas:pike',
  'which-items:fwaas:queens',
  'which-items:fwaas:rocky',
  'sort:octavia',
  'sort:openstack-ansible',
  'sort:fwaas',
  'recall:octavia:pike',
  'recall:octavia:queens',
  'recall:openstack-ansible:pike',
  'recall:openstack-ansible:queens',
  'recall:fwaas:pike',
  'recall:fwaas:queens',
  'recall:fwaas:rocky',
  'recall:cinder:backlog',
];

const quiz = generateQuiz(fixtureDeck, { seed: FIXED_SEED, now: FIXED_NOW });
const build = (id: string, scope: Scope = {}) => buildQuestion(fixtureDeck, id, FIXED_SEED, scope);

describe('question bank', () => {
  it('asks every kind about the fixture, in deck order', () => {
    expect(questionIds(fixtureDeck)).toEqual(FIXTURE_IDS);
  });

  it('asks, under one release, what the release brings, never which release', () => {
    expect(questionIds(fixtureDeck, { releases: ['pike'] })).toEqual([
      'in-release:octavia-lbaas-merge',
      'which-project:octavia-lbaas-merge',
      'in-release:octavia-cli',
      'which-project:octavia-cli',
      'in-release:osa-centos',
      'which-project:osa-centos',
      'in-release:osa-uwsgi',
      'which-project:osa-uwsgi',
      'in-release:osa-ops-guide',
      'which-project:osa-ops-guide',
      'in-release:fwaas-horizon',
      'which-project:fwaas-horizon',
      'in-release:fwaas-logging',
      'which-project:fwaas-logging',
      'which-items:octavia:pike',
      'which-items:fwaas:pike',
      'recall:octavia:pike',
      'recall:openstack-ansible:pike',
      'recall:fwaas:pike',
    ]);
  });

  it('a new talk yields new questions with no code change', () => {
    const withTalk: Deck = {
      ...fixtureDeck,
      talks: [
        ...fixtureDeck.talks,
        {
          id: 'neutron-update',
          title: 'Neutron : update',
          kind: 'conference',
          source: 'slides/fixture/neutron-update.yaml',
          roadmap: [{ id: 'neutron-rbac', text: 'RBAC par domaine', release: 'pike', project: 'neutron' }],
        },
      ],
    };
    const added = questionIds(withTalk).filter((id) => !questionIds(fixtureDeck).includes(id));
    expect(added).toEqual([
      'which-release:neutron-rbac',
      'in-release:neutron-rbac',
      'which-project:neutron-rbac',
      'recall:neutron:pike',
    ]);
  });
});

describe('generateQuiz', () => {
  it('opens a session named by its time and seed, with its scope', () => {
    expect(quiz.session).toEqual({
      id: 'quiz-2017-05-11T09:00:00.000Z-20170511',
      kind: 'quiz',
      seed: FIXED_SEED,
      startedAt: FIXED_NOW,
    });
    expect(
      generateQuiz(fixtureDeck, { seed: 1, now: FIXED_NOW, scope: { releases: ['pike'], talks: [] } }).session,
    ).toMatchObject({ scope: { releases: ['pike'] } });
  });

  it('gives the same quiz for the same seed, another for another seed', () => {
    expect(generateQuiz(fixtureDeck, { seed: FIXED_SEED, now: FIXED_NOW })).toEqual(quiz);
    const other = generateQuiz(fixtureDeck, { seed: FIXED_SEED + 1, now: FIXED_NOW });
    expect(other.questions.map((question) => question.id)).not.toEqual(quiz.questions.map((question) => question.id));
  });

  it('shuffles by the seed, then spreads the questions over projects and never shows an item twice', () => {
    expect(quiz.questions.map((question) => question.id)).toEqual([
      'which-project:octavia-flavors',
      'in-release:osa-ops-guide',
      'which-release:fwaas-logging',
      'which-release:cinder-bfv-default',
      'recall:octavia:pike',
      'which-project:osa-official',
      'which-release:fwaas-horizon',
      'which-project:octavia-active-active',
      'which-release:fwaas-v2-api',
      'which-project:osa-uwsgi',
      'which-project:fwaas-reboot',
      'which-release:osa-centos',
      'which-project:fwaas-v1',
    ]);
  });

  it('asks which release, with the releases in time order, only those the scope holds', () => {
    expect(build('which-release:octavia-active-active')).toEqual({
      kind: 'which-release',
      id: 'which-release:octavia-active-active',
      prompt: {
        kind: 'which-release',
        source: 'roadmap',
        project: 'Octavia',
        text: 'Haute disponibilité active/active',
      },
      item: 'octavia-active-active',
      targets: ['octavia-active-active'],
      items: ['octavia-active-active'],
      talks: ['octavia-update'],
      projects: ['octavia'],
      choices: [
        { id: 'pike', label: 'Pike' },
        { id: 'queens', label: 'Queens' },
        { id: 'rocky', label: 'Rocky' },
        { id: 'backlog', label: 'Backlog' },
      ],
    });
    const scoped = build('which-release:octavia-active-active', { releases: ['pike', 'queens'] });
    expect(scoped?.kind === 'which-release' && scoped.choices.map((choice) => choice.id)).toEqual(['pike', 'queens']);
    expect(build('which-release:octavia-active-active', { releases: ['queens'] })).toBeUndefined();
  });

  it('asks when history happened, among past releases', () => {
    expect(build('which-release:fwaas-v2-api')).toMatchObject({
      prompt: { kind: 'which-release', source: 'history', project: 'FWaaS', text: 'Nouvelle API v2' },
      choices: [
        { id: 'havana', label: 'Havana' },
        { id: 'newton', label: 'Newton' },
        { id: 'ocata', label: 'Ocata' },
      ],
    });
  });

  it('leaves out a release that would be right too (same text planned twice)', () => {
    const choices = (id: string) =>
      (build(id) as Extract<Question, { kind: 'which-release' }>).choices.map((c) => c.id);
    expect(choices('which-release:osa-ops-guide')).toEqual(['pike', 'rocky', 'backlog']);
    expect(choices('which-release:osa-ops-guide-queens')).toEqual(['queens', 'rocky', 'backlog']);
  });

  it('asks which of a few items a release brings, the others from other releases of the project first', () => {
    expect(build('in-release:octavia-cli')).toEqual({
      kind: 'in-release',
      id: 'in-release:octavia-cli',
      prompt: { kind: 'in-release', release: 'Pike', past: false },
      item: 'octavia-cli',
      release: 'pike',
      targets: ['octavia-cli'],
      items: ['cinder-bfv-default', 'octavia-cli', 'octavia-active-active', 'octavia-flavors'],
      talks: ['octavia-update'],
      projects: ['octavia'],
      choices: [
        { id: 'cinder-bfv-default', label: 'Boot From Volume par défaut' },
        { id: 'octavia-cli', label: "Support d'Octavia dans la CLI OpenStack" },
        { id: 'octavia-active-active', label: 'Haute disponibilité active/active' },
        { id: 'octavia-flavors', label: 'Choix des flavors pour les load balancers' },
      ],
    });
    expect(build('in-release:fwaas-v1')?.prompt).toEqual({ kind: 'in-release', release: 'Havana', past: true });
    // The backlog is no release: the views say so in their words.
    expect(build('in-release:cinder-bfv-default')?.prompt).toEqual({
      kind: 'in-release',
      release: undefined,
      past: false,
    });
    // Octavia's Horizon item reads like FWaaS's, planned for Pike: never offered as wrong for Pike.
    expect(build('in-release:octavia-cli')?.items).not.toContain('octavia-horizon');
  });

  it('asks which project among four, shuffled, with every project name masked in the item’s words', () => {
    expect(build('which-project:fwaas-reboot')).toEqual({
      kind: 'which-project',
      id: 'which-project:fwaas-reboot',
      prompt: { kind: 'which-project', text: 'Redémarrage du projet au summit de Tokyo' },
      item: 'fwaas-reboot',
      targets: ['fwaas-reboot'],
      items: ['fwaas-reboot'],
      talks: ['fwaas-v2'],
      projects: ['fwaas'],
      choices: [
        { id: 'octavia', label: 'Octavia' },
        { id: 'cinder', label: 'Cinder' },
        { id: 'fwaas', label: 'FWaaS' },
        { id: 'openstack-ansible', label: 'OpenStack-Ansible' },
      ],
    });
    // « Fin de vie de FWaaS v1 » names its project; « Support d'Octavia … » too: the names are masked.
    expect(build('which-project:fwaas-v1-eol')?.prompt).toEqual({ kind: 'which-project', text: 'Fin de vie de … v1' });
    expect(build('which-project:octavia-cli')?.prompt).toEqual({
      kind: 'which-project',
      text: "Support d'… dans la CLI OpenStack",
    });
    // Under one project, the answer is the scope: no question.
    expect(build('which-project:fwaas-reboot', { projects: ['fwaas'] })).toBeUndefined();
  });

  it('asks which items, the wrong ones from the same project, with its name masked in every choice', () => {
    expect(build('which-items:octavia:queens')).toEqual({
      kind: 'which-items',
      id: 'which-items:octavia:queens',
      prompt: { kind: 'which-items', project: 'Octavia', release: 'Queens' },
      project: 'octavia',
      release: 'queens',
      targets: ['octavia-active-active', 'octavia-flavors', 'octavia-horizon'],
      items: ['octavia-active-active', 'octavia-cli', 'octavia-flavors', 'octavia-horizon', 'octavia-lbaas-merge'],
      talks: ['octavia-update'],
      projects: ['octavia'],
      choices: [
        { id: 'octavia-active-active', label: 'Haute disponibilité active/active' },
        { id: 'octavia-cli', label: "Support d'… dans la CLI OpenStack" },
        { id: 'octavia-flavors', label: 'Choix des flavors pour les load balancers' },
        { id: 'octavia-horizon', label: 'Intégration avec Horizon' },
        { id: 'octavia-lbaas-merge', label: "Merge de l'API v2 Neutron LBaaS dans …" },
      ],
    });
    // Cinder has nothing outside its backlog to offer as wrong: no multi-select.
    expect(build('which-items:cinder:backlog')).toBeUndefined();
  });

  it('never offers a distractor that reads like an asked item', () => {
    expect(build('which-items:fwaas:pike')?.items).not.toContain('octavia-horizon');
    expect(build('which-items:openstack-ansible:queens')?.items).not.toContain('osa-ops-guide');
  });

  it('deals a project’s items into release columns, one card per text, only the scope’s', () => {
    expect(build('sort:openstack-ansible')).toEqual({
      kind: 'sort',
      id: 'sort:openstack-ansible',
      prompt: { kind: 'sort', project: 'OpenStack-Ansible' },
      project: 'openstack-ansible',
      targets: ['osa-official', 'osa-uwsgi', 'osa-centos', 'osa-ops-guide'],
      items: ['osa-official', 'osa-uwsgi', 'osa-centos', 'osa-ops-guide'],
      talks: ['openstack-ansible-update'],
      projects: ['openstack-ansible'],
      columns: [
        { id: 'newton', label: 'Newton' },
        { id: 'pike', label: 'Pike' },
      ],
      cards: [
        { id: 'osa-official', label: 'Projet officiel OpenStack' },
        { id: 'osa-uwsgi', label: "Services API sur nginx ou uWSGI plutôt qu'eventlet" },
        { id: 'osa-centos', label: 'Support de CentOS 7' },
        { id: 'osa-ops-guide', label: "Guide d'opérations dans la documentation" },
      ],
    });
    const scoped = build('sort:fwaas', { releases: ['pike', 'queens'] });
    expect(scoped?.kind === 'sort' && scoped.columns.map((column) => column.id)).toEqual(['pike', 'queens']);
    expect(build('sort:fwaas', { releases: ['pike'] })).toBeUndefined();
  });

  it('asks for free recall, saying how many items are expected', () => {
    expect(build('recall:openstack-ansible:pike')).toEqual({
      kind: 'recall',
      id: 'recall:openstack-ansible:pike',
      prompt: { kind: 'recall', project: 'OpenStack-Ansible', release: 'Pike', count: 3 },
      project: 'openstack-ansible',
      release: 'pike',
      expected: 3,
      targets: ['osa-centos', 'osa-uwsgi', 'osa-ops-guide'],
      items: ['osa-centos', 'osa-uwsgi', 'osa-ops-guide'],
      talks: ['openstack-ansible-update'],
      projects: ['openstack-ansible'],
    });
    expect(build('recall:fwaas:rocky')?.prompt).toEqual({
      kind: 'recall',
      project: 'FWaaS',
      release: 'Rocky',
      count: 1,
    });
    expect(build('recall:cinder:backlog')?.prompt).toEqual({
      kind: 'recall',
      project: 'Cinder',
      release: undefined,
      count: 2,
    });
  });

  it('asks in data, with no sentence: an item’s text goes in as it is, quotes and all', () => {
    const quoted: Deck = structuredClone(fixtureDeck);
    quoted.talks[2].roadmap![2].text = 'Notion de « zone »';
    expect(buildQuestion(quoted, 'which-release:fwaas-zones', 1)?.prompt).toEqual({
      kind: 'which-release',
      source: 'roadmap',
      project: 'FWaaS',
      text: 'Notion de « zone »',
    });
  });

  it('filters by kind and scope, and limits', () => {
    const recall = generateQuiz(fixtureDeck, {
      seed: 1,
      now: FIXED_NOW,
      kinds: ['recall'],
      scope: { talks: ['octavia-update'] },
    });
    expect(recall.questions.map((question) => question.id).sort()).toEqual([
      'recall:octavia:pike',
      'recall:octavia:queens',
    ]);
    expect(generateQuiz(fixtureDeck, { seed: 1, now: FIXED_NOW, limit: 5 }).questions).toHaveLength(5);
  });

  it('cannot build a question about something the deck lacks', () => {
    expect(buildQuestion(fixtureDeck, 'which-release:nope', 1)).toBeUndefined();
    expect(buildQuestion(fixtureDeck, 'which-release:fwaas-reboot', 1)).toBeUndefined(); // no release to ask
    expect(buildQuestion(fixtureDeck, 'in-release:fwaas-reboot', 1)).toBeUndefined();
    expect(buildQuestion(fixtureDeck, 'recall:octavia:rocky', 1)).toBeUndefined();
    expect(buildQuestion(fixtureDeck, 'sort:neutron', 1)).toBeUndefined();
    expect(buildQuestion(fixtureDeck, 'bogus', 1)).toBeUndefined();
  });
});

describe('generated questions, for any seed', () => {
  const seeds = fc.integer({ min: 0, max: 0xffffffff });

  it('have exactly one right choice when they ask for one', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        for (const question of scopeQuestions(fixtureDeck, {}, seed)) {
          if (
            question.kind !== 'which-release' &&
            question.kind !== 'which-project' &&
            question.kind !== 'in-release'
          ) {
            continue;
          }
          const { kind } = question;
          const right = question.choices.filter(
            (choice) => checkAnswer(fixtureDeck, answer(question.id, { kind, choice: choice.id })).right,
          );
          expect(right, question.id).toHaveLength(1);
        }
      }),
      { numRuns: 30 },
    );
  });

  it('offer multi-select distractors that do not belong to the asked project and release', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const items = new Map(collectItems(fixtureDeck).map((item) => [item.id, item]));
        for (const question of scopeQuestions(fixtureDeck, {}, seed)) {
          if (question.kind !== 'which-items') continue;
          const targetTexts = new Set(question.targets.map((id) => normalizeAnswer(items.get(id)!.text)));
          for (const id of question.items.filter((id) => !question.targets.includes(id))) {
            const item = items.get(id)!;
            expect(item.project).toBe(question.project);
            expect(item.release).not.toBe(question.release);
            expect(targetTexts.has(normalizeAnswer(item.text))).toBe(false);
          }
          // All right only when exactly the targets are picked.
          const check = checkAnswer(
            fixtureDeck,
            answer(question.id, { kind: 'which-items', shown: question.items, picked: question.targets }),
          );
          expect(check.right).toBe(true);
        }
      }),
      { numRuns: 30 },
    );
  });

  it('reach every item of the data with some question', () => {
    const asked = new Set(scopeQuestions(fixtureDeck, {}, 1).flatMap((question) => question.targets));
    expect(collectItems(fixtureDeck).filter((item) => !asked.has(item.id))).toEqual([]);
  });
});
