import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerNames, distanceWithin, normalizeAnswer, typoTolerance } from '../../../quiz/normalize.ts';

describe('normalizeAnswer', () => {
  it.each([
    ['Haute Disponibilité', 'haute disponibilite'],
    ['  L’API   v2 ! ', 'l api v2'],
    ["Merge de l'API v2", 'merge de l api v2'],
    ['active/active', 'active active'],
    ['Cœur ÉCRAN', 'coeur ecran'],
    ['« zone »', 'zone'],
    ['', ''],
  ])('%j → %j', (text, expected) => {
    expect(normalizeAnswer(text)).toBe(expected);
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme' }),
        (text) => normalizeAnswer(normalizeAnswer(text)) === normalizeAnswer(text),
      ),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary' }),
        (text) => normalizeAnswer(normalizeAnswer(text)) === normalizeAnswer(text),
      ),
      { numRuns: 2000 },
    );
  });
});

describe('typo tolerance', () => {
  it('grows with the length of the expected text', () => {
    expect([3, 4, 8, 9, 15, 16, 60].map(typoTolerance)).toEqual([0, 1, 1, 2, 2, 3, 3]);
  });

  it('counts edits against the best run of the text', () => {
    expect(distanceWithin('zone', 'la notion de zone')).toBe(0);
    expect(distanceWithin('zone', 'la notion de zoen')).toBe(1); // swapped letters are one typo
    expect(distanceWithin('flavors', 'flavours')).toBe(1);
    expect(distanceWithin('abc', '')).toBe(3);
  });
});

describe('answerNames', () => {
  it('ignores case, accents and punctuation', () => {
    expect(answerNames('HAUTE DISPONIBILITE active-active', 'Haute disponibilité active/active')).toBe(true);
  });

  it('tolerates small typos', () => {
    expect(answerNames('haute disponibilté active/active', 'Haute disponibilité active/active')).toBe(true);
    expect(answerNames('centso 7', 'CentOS 7')).toBe(true);
  });

  it('accepts the expected words inside a longer answer', () => {
    expect(answerNames('le support de centos 7 je crois', 'CentOS 7')).toBe(true);
  });

  it('wants whole words and rejects other answers', () => {
    expect(answerNames('chat', 'HA')).toBe(false);
    expect(answerNames('ha', 'HA')).toBe(true);
    expect(answerNames('flavors', 'Haute disponibilité active/active')).toBe(false);
    expect(answerNames('cli', 'nginx')).toBe(false);
  });

  it('never matches an empty answer', () => {
    expect(answerNames('  ', 'HA')).toBe(false);
    expect(answerNames('ha', '')).toBe(false);
  });
});
