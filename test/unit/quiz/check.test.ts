import { describe, expect, it } from 'vitest';
import { AnswerMismatchError, checkAnswer, UnknownQuestionError } from '../../../quiz/index.ts';
import { answerOf, fixtureDeck } from '../../fixtures/quiz/deck.ts';

const check = (...args: Parameters<typeof answerOf>) => checkAnswer(fixtureDeck, answerOf(...args));

describe('checkAnswer: which release', () => {
  it('judges the item, with the expected and given release', () => {
    expect(check('which-release:octavia-active-active', { kind: 'which-release', choice: 'pike' })).toEqual({
      question: 'which-release:octavia-active-active',
      kind: 'which-release',
      right: false,
      judgments: [{ item: 'octavia-active-active', right: false, role: 'target', expected: 'queens', given: 'pike' }],
      extras: [],
    });
    expect(check('which-release:octavia-active-active', { kind: 'which-release', choice: 'queens' }).right).toBe(true);
  });

  it('accepts the other release of the same text planned twice', () => {
    const { judgments } = check('which-release:osa-ops-guide', { kind: 'which-release', choice: 'queens' });
    expect(judgments).toEqual([
      { item: 'osa-ops-guide', right: true, role: 'target', expected: 'queens', given: 'queens' },
    ]);
  });
});

describe('checkAnswer: which project', () => {
  it('judges the project', () => {
    expect(check('which-project:fwaas-reboot', { kind: 'which-project', choice: 'cinder' }).judgments).toEqual([
      { item: 'fwaas-reboot', right: false, role: 'target', expected: 'fwaas', given: 'cinder' },
    ]);
  });
});

describe('checkAnswer: which of these the release brings', () => {
  it('judges the asked item, and a wrong pick as a confusion of its release', () => {
    expect(check('in-release:octavia-cli', { kind: 'in-release', choice: 'octavia-cli' }).judgments).toEqual([
      { item: 'octavia-cli', right: true, role: 'target', expected: 'pike', given: 'pike' },
    ]);
    expect(check('in-release:octavia-cli', { kind: 'in-release', choice: 'octavia-flavors' }).judgments).toEqual([
      { item: 'octavia-cli', right: false, role: 'target', expected: 'pike', given: 'queens' },
      { item: 'octavia-flavors', right: false, role: 'distractor', expected: 'queens', given: 'pike' },
    ]);
    expect(check('in-release:octavia-cli', { kind: 'in-release', choice: '' }).judgments).toEqual([
      { item: 'octavia-cli', right: false, role: 'target', expected: 'pike', given: undefined },
    ]);
  });
});

describe('checkAnswer: which items', () => {
  it('judges every offered item: targets must be picked, distractors left', () => {
    const result = check('which-items:octavia:pike', {
      kind: 'which-items',
      shown: ['cinder-bfv-default', 'octavia-lbaas-merge', 'octavia-cli', 'octavia-horizon', 'octavia-flavors'],
      picked: ['octavia-lbaas-merge', 'octavia-horizon'],
    });
    expect(result.right).toBe(false);
    expect(result.judgments).toEqual([
      { item: 'cinder-bfv-default', right: true, role: 'distractor' },
      { item: 'octavia-lbaas-merge', right: true, role: 'target' },
      { item: 'octavia-cli', right: false, role: 'target' },
      { item: 'octavia-horizon', right: false, role: 'distractor', expected: 'queens', given: 'pike' },
      { item: 'octavia-flavors', right: true, role: 'distractor' },
    ]);
  });

  it('ignores ids the deck no longer has', () => {
    const result = check('which-items:fwaas:rocky', {
      kind: 'which-items',
      shown: ['fwaas-v1-eol', 'gone'],
      picked: ['fwaas-v1-eol'],
    });
    expect(result.judgments).toEqual([{ item: 'fwaas-v1-eol', right: true, role: 'target' }]);
  });
});

describe('checkAnswer: sort', () => {
  it('judges each card dealt by its column; unplaced cards are wrong', () => {
    const result = check('sort:openstack-ansible', {
      kind: 'sort',
      cards: ['osa-official', 'osa-centos', 'osa-uwsgi', 'osa-ops-guide', 'osa-ops-guide-queens'],
      placed: {
        'osa-official': 'newton',
        'osa-centos': 'queens',
        'osa-ops-guide': 'queens',
        'osa-ops-guide-queens': 'pike',
      },
    });
    expect(result.judgments).toEqual([
      { item: 'osa-official', right: true, role: 'target', expected: 'newton', given: 'newton' },
      { item: 'osa-centos', right: false, role: 'target', expected: 'pike', given: 'queens' },
      { item: 'osa-uwsgi', right: false, role: 'target', expected: 'pike', given: undefined },
      // The same text is planned for Pike and Queens: either column is right for both.
      { item: 'osa-ops-guide', right: true, role: 'target', expected: 'queens', given: 'queens' },
      { item: 'osa-ops-guide-queens', right: true, role: 'target', expected: 'pike', given: 'pike' },
    ]);
  });
});

describe('checkAnswer: free recall', () => {
  it('gives credit per item named, by text or alias, whatever the case, accents or small typos', () => {
    const result = check('recall:openstack-ansible:pike', {
      kind: 'recall',
      typed: ['  CENTOS 7 ', 'Guide d’operations', 'tripleo'],
    });
    expect(result.judgments).toEqual([
      { item: 'osa-centos', right: true, role: 'target' },
      { item: 'osa-uwsgi', right: false, role: 'target' },
      { item: 'osa-ops-guide', right: true, role: 'target' },
    ]);
    expect(result.extras).toEqual([{ text: 'tripleo' }]);
  });

  it('judges only the cards dealt (a scope deals some of the project’s items)', () => {
    const result = check('sort:openstack-ansible', {
      kind: 'sort',
      cards: ['osa-centos', 'osa-official'],
      placed: { 'osa-centos': 'pike' },
    });
    expect(result.judgments.map((judgment) => [judgment.item, judgment.right])).toEqual([
      ['osa-official', false],
      ['osa-centos', true],
    ]);
  });

  it('tolerates typos, and says when an extra answer is another item of the project', () => {
    const result = check('recall:octavia:queens', {
      kind: 'recall',
      typed: ['haute disponibilté active/active', 'flavours', 'fusion LBaaS', 'fusion lbaas', ''],
    });
    expect(result.judgments.map((judgment) => judgment.right)).toEqual([true, true, false]);
    expect(result.extras).toEqual([{ text: 'fusion LBaaS', item: 'octavia-lbaas-merge' }]);
    expect(result.right).toBe(false);
  });
});

describe('checkAnswer: errors', () => {
  it('throws UnknownQuestionError for a question the deck cannot ask', () => {
    expect(() => check('which-release:gone', { kind: 'which-release', choice: 'pike' })).toThrow(UnknownQuestionError);
    expect(() => check('which-release:gone', { kind: 'which-release', choice: 'pike' })).toThrow(
      'no question "which-release:gone" in this deck',
    );
  });

  it('throws AnswerMismatchError for a response of another kind', () => {
    const run = () => check('which-release:octavia-cli', { kind: 'recall', typed: ['pike'] });
    expect(run).toThrow(AnswerMismatchError);
    expect(run).toThrow(expect.objectContaining({ name: 'AnswerMismatchError' }));
  });
});
