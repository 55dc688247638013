import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Deck } from '../../../src/model/index.ts';
import {
  buildQuestion,
  checkAnswer,
  collectItems,
  generateQuiz,
  questionIds,
  type Question,
  type Response,
} from '../../../quiz/index.ts';
import { normalizeAnswer } from '../../../quiz/normalize.ts';
import { answerOf as answer, FIXED_NOW, FIXED_SEED, fixtureDeck } from '../../fixtures/quiz/deck.ts';

const NBSP = '\u00a0';
const quiz = generateQuiz(fixtureDeck, { seed: FIXED_SEED, now: FIXED_NOW });
const byId = (id: string) => quiz.questions.find((question) => question.id === id)!;

describe('question bank', () => {
  it('asks every kind about the fixture, in deck order', () => {
    expect(questionIds(fixtureDeck)).toEqual([
      'which-release:octavia-lbaas-merge',
      'which-release:octavia-cli',
      'which-release:octavia-active-active',
      'which-release:octavia-flavors',
      'which-release:octavia-horizon',
      'which-release:osa-official',
      'which-project:osa-official',
      'which-release:osa-centos',
      'which-release:osa-uwsgi',
      'which-release:osa-ops-guide',
      'which-release:osa-ops-guide-queens',
      'which-release:fwaas-v1',
      'which-project:fwaas-v1',
      'which-release:fwaas-v2-api',
      'which-project:fwaas-v2-api',
      'which-project:fwaas-reboot',
      'which-release:fwaas-horizon',
      'which-release:fwaas-logging',
      'which-release:fwaas-zones',
      'which-release:fwaas-v1-eol',
      'which-release:cinder-bfv-default',
      'which-release:cinder-image-driver',
      'which-items:octavia:pike',
      'which-items:octavia:queens',
      'which-items:openstack-ansible:pike',
      'which-items:openstack-ansible:queens',
      'which-items:fwaas:pike',
      'which-items:fwaas:queens',
      'which-items:fwaas:rocky',
      'which-items:cinder:backlog',
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
    expect(added).toEqual(['which-release:neutron-rbac', 'which-items:neutron:pike', 'recall:neutron:pike']);
  });
});

describe('generateQuiz', () => {
  it('opens a session named by its time and seed', () => {
    expect(quiz.session).toEqual({
      id: 'quiz-2017-05-11T09:00:00.000Z-20170511',
      kind: 'quiz',
      seed: FIXED_SEED,
      startedAt: FIXED_NOW,
    });
  });

  it('gives the same quiz for the same seed, another for another seed', () => {
    expect(generateQuiz(fixtureDeck, { seed: FIXED_SEED, now: FIXED_NOW })).toEqual(quiz);
    const other = generateQuiz(fixtureDeck, { seed: FIXED_SEED + 1, now: FIXED_NOW });
    expect(other.questions.map((question) => question.id)).not.toEqual(quiz.questions.map((question) => question.id));
  });

  it('shuffles the question order by the seed', () => {
    expect(quiz.questions.slice(0, 6).map((question) => question.id)).toEqual([
      'which-items:fwaas:pike',
      'which-items:fwaas:queens',
      'which-release:octavia-lbaas-merge',
      'which-release:fwaas-zones',
      'which-project:osa-official',
      'sort:openstack-ansible',
    ]);
  });

  it('asks which release, with the releases in time order', () => {
    expect(byId('which-release:octavia-active-active')).toEqual({
      kind: 'which-release',
      id: 'which-release:octavia-active-active',
      prompt: `Pour quelle release Octavia prévoit-il «${NBSP}Haute disponibilité active/active${NBSP}»${NBSP}?`,
      item: 'octavia-active-active',
      items: ['octavia-active-active'],
      talks: ['octavia-update'],
      choices: [
        { id: 'pike', label: 'Pike' },
        { id: 'queens', label: 'Queens' },
        { id: 'rocky', label: 'Rocky' },
        { id: 'backlog', label: 'Backlog (sans release)' },
      ],
    });
  });

  it('asks when history happened, among past releases', () => {
    expect(byId('which-release:fwaas-v2-api')).toMatchObject({
      prompt: `Dans quelle release est-ce arrivé pour FWaaS${NBSP}: «${NBSP}Nouvelle API v2${NBSP}»${NBSP}?`,
      choices: [
        { id: 'havana', label: 'Havana' },
        { id: 'newton', label: 'Newton' },
        { id: 'ocata', label: 'Ocata' },
      ],
    });
  });

  it('leaves out a release that would be right too (same text planned twice)', () => {
    const choices = (id: string) => (byId(id) as Extract<Question, { kind: 'which-release' }>).choices.map((c) => c.id);
    expect(choices('which-release:osa-ops-guide')).toEqual(['pike', 'rocky', 'backlog']);
    expect(choices('which-release:osa-ops-guide-queens')).toEqual(['queens', 'rocky', 'backlog']);
  });

  it('asks which project among four, shuffled, for history', () => {
    expect(byId('which-project:fwaas-reboot')).toEqual({
      kind: 'which-project',
      id: 'which-project:fwaas-reboot',
      prompt: `À quel projet se rapporte «${NBSP}Redémarrage du projet au summit de Tokyo${NBSP}»${NBSP}?`,
      item: 'fwaas-reboot',
      items: ['fwaas-reboot'],
      talks: ['fwaas-v2'],
      choices: [
        { id: 'octavia', label: 'Octavia' },
        { id: 'cinder', label: 'Cinder' },
        { id: 'fwaas', label: 'FWaaS' },
        { id: 'openstack-ansible', label: 'OpenStack-Ansible' },
      ],
    });
  });

  it('asks which items, with distractors from other releases of the project first', () => {
    expect(byId('which-items:octavia:pike')).toEqual({
      kind: 'which-items',
      id: 'which-items:octavia:pike',
      prompt: `Quels sont les objectifs Pike d’Octavia${NBSP}? (plusieurs réponses possibles)`,
      project: 'octavia',
      release: 'pike',
      items: ['cinder-bfv-default', 'octavia-lbaas-merge', 'octavia-cli', 'octavia-horizon', 'octavia-flavors'],
      talks: ['octavia-update'],
      choices: [
        { id: 'cinder-bfv-default', label: 'Boot From Volume par défaut' },
        { id: 'octavia-lbaas-merge', label: "Merge de l'API v2 Neutron LBaaS dans Octavia" },
        { id: 'octavia-cli', label: "Support d'Octavia dans la CLI OpenStack" },
        { id: 'octavia-horizon', label: 'Intégration avec Horizon' },
        { id: 'octavia-flavors', label: 'Choix des flavors pour les load balancers' },
      ],
    });
    expect(byId('which-items:cinder:backlog').prompt).toBe(
      `Quels sont les objectifs du backlog de Cinder${NBSP}? (plusieurs réponses possibles)`,
    );
  });

  it('never offers a distractor that reads like an asked item', () => {
    // fwaas-horizon is asked; octavia-horizon has the same text, so it must not be offered as wrong.
    expect(byId('which-items:fwaas:pike').items).not.toContain('octavia-horizon');
    expect(byId('which-items:openstack-ansible:queens').items).not.toContain('osa-ops-guide');
  });

  it('deals a project’s items into release columns', () => {
    expect(byId('sort:openstack-ansible')).toEqual({
      kind: 'sort',
      id: 'sort:openstack-ansible',
      prompt: 'Rangez chaque élément d’OpenStack-Ansible dans sa release',
      project: 'openstack-ansible',
      items: ['osa-centos', 'osa-official', 'osa-ops-guide-queens', 'osa-uwsgi', 'osa-ops-guide'],
      talks: ['openstack-ansible-update'],
      columns: [
        { id: 'newton', label: 'Newton' },
        { id: 'pike', label: 'Pike' },
        { id: 'queens', label: 'Queens' },
      ],
      cards: [
        { id: 'osa-centos', label: 'Support de CentOS 7' },
        { id: 'osa-official', label: 'Projet officiel OpenStack' },
        { id: 'osa-ops-guide-queens', label: "Guide d'opérations dans la documentation" },
        { id: 'osa-uwsgi', label: "Services API sur nginx ou uWSGI plutôt qu'eventlet" },
        { id: 'osa-ops-guide', label: "Guide d'opérations dans la documentation" },
      ],
    });
  });

  it('asks for free recall, saying how many items are expected', () => {
    expect(byId('recall:openstack-ansible:pike')).toEqual({
      kind: 'recall',
      id: 'recall:openstack-ansible:pike',
      prompt: 'Citez les 3 objectifs Pike d’OpenStack-Ansible',
      project: 'openstack-ansible',
      release: 'pike',
      expected: 3,
      items: ['osa-centos', 'osa-uwsgi', 'osa-ops-guide'],
      talks: ['openstack-ansible-update'],
    });
    expect(byId('recall:fwaas:rocky').prompt).toBe('Citez l’objectif Rocky de FWaaS');
    expect(byId('recall:cinder:backlog').prompt).toBe('Citez les 2 objectifs du backlog de Cinder');
  });

  it('filters by kind and talk, and limits', () => {
    const recall = generateQuiz(fixtureDeck, { seed: 1, now: FIXED_NOW, kinds: ['recall'], talks: ['octavia-update'] });
    expect(recall.questions.map((question) => question.id).sort()).toEqual([
      'recall:octavia:pike',
      'recall:octavia:queens',
    ]);
    expect(generateQuiz(fixtureDeck, { seed: 1, now: FIXED_NOW, limit: 5 }).questions).toHaveLength(5);
  });

  it('cannot build a question about something the deck lacks', () => {
    expect(buildQuestion(fixtureDeck, 'which-release:nope', 1)).toBeUndefined();
    expect(buildQuestion(fixtureDeck, 'which-release:fwaas-reboot', 1)).toBeUndefined(); // no release to ask
    expect(buildQuestion(fixtureDeck, 'recall:octavia:rocky', 1)).toBeUndefined();
    expect(buildQuestion(fixtureDeck, 'sort:neutron', 1)).toBeUndefined();
    expect(buildQuestion(fixtureDeck, 'bogus', 1)).toBeUndefined();
  });
});

/** A response picking one choice (or, for others, everything right), used to probe which choices are right. */
function single(question: Question, choice: string): Response {
  return question.kind === 'which-project' ? { kind: 'which-project', choice } : { kind: 'which-release', choice };
}

describe('generated questions, for any seed', () => {
  const seeds = fc.integer({ min: 0, max: 0xffffffff });

  it('have exactly one right choice when they ask for one', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        for (const question of generateQuiz(fixtureDeck, { seed, now: FIXED_NOW }).questions) {
          if (question.kind !== 'which-release' && question.kind !== 'which-project') continue;
          const right = question.choices.filter(
            (choice) => checkAnswer(fixtureDeck, answer(question.id, single(question, choice.id))).right,
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
        for (const question of generateQuiz(fixtureDeck, { seed, now: FIXED_NOW }).questions) {
          if (question.kind !== 'which-items') continue;
          const targets = [...items.values()].filter(
            (item) =>
              item.source === 'roadmap' && item.project === question.project && item.release === question.release,
          );
          const targetTexts = new Set(targets.map((item) => normalizeAnswer(item.text)));
          expect(question.items).toEqual(expect.arrayContaining(targets.map((item) => item.id)));
          for (const id of question.items.filter((id) => !targets.some((item) => item.id === id))) {
            const item = items.get(id)!;
            expect(item.project === question.project && item.release === question.release).toBe(false);
            expect(targetTexts.has(normalizeAnswer(item.text))).toBe(false);
          }
          // All right only when exactly the targets are picked.
          const picked = targets.map((item) => item.id);
          const check = checkAnswer(
            fixtureDeck,
            answer(question.id, { kind: 'which-items', shown: question.items, picked }),
          );
          expect(check.right).toBe(true);
        }
      }),
      { numRuns: 30 },
    );
  });

  it('reach every item of the data', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const asked = new Set(generateQuiz(fixtureDeck, { seed, now: FIXED_NOW }).questions.flatMap((q) => q.items));
        expect(collectItems(fixtureDeck).filter((item) => !asked.has(item.id))).toEqual([]);
      }),
      { numRuns: 20 },
    );
  });
});
