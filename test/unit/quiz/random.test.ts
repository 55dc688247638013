import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashText, mulberry32, Random } from '../../../quiz/random.ts';

describe('mulberry32', () => {
  it('gives the same sequence for the same seed', () => {
    const first = mulberry32(42);
    const second = mulberry32(42);
    const a = [first(), first(), first()];
    expect([second(), second(), second()]).toEqual(a);
    expect(a).toMatchInlineSnapshot(`
      [
        0.6011037519201636,
        0.44829055899754167,
        0.8524657934904099,
      ]
    `);
  });

  it('stays in [0, 1)', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const next = mulberry32(seed);
        return Array.from({ length: 20 }, next).every((value) => value >= 0 && value < 1);
      }),
    );
  });
});

describe('Random', () => {
  it('shuffles into a permutation, the same one for the same seed', () => {
    fc.assert(
      fc.property(fc.integer(), fc.array(fc.integer()), (seed, values) => {
        const shuffled = new Random(seed).shuffle(values);
        expect([...shuffled].sort()).toEqual([...values].sort());
        expect(new Random(seed).shuffle(values)).toEqual(shuffled);
      }),
    );
  });

  it('draws per key independently of other draws', () => {
    expect(Random.for(7, 'sort:octavia').shuffle([1, 2, 3, 4, 5])).toEqual(
      Random.for(7, 'sort:octavia').shuffle([1, 2, 3, 4, 5]),
    );
    expect(new Random(7).shuffle([1, 2, 3, 4, 5])).toMatchInlineSnapshot(`
      [
        4,
        2,
        3,
        5,
        1,
      ]
    `);
  });

  it('samples without replacement', () => {
    const sample = new Random(3).sample(['a', 'b', 'c', 'd'], 3);
    expect(new Set(sample).size).toBe(3);
    expect(new Random(3).sample(['a'], 3)).toEqual(['a']);
  });
});

describe('hashText', () => {
  it('is FNV-1a', () => {
    expect(hashText('')).toBe(0x811c9dc5);
    expect(hashText('a')).toBe(0xe40c292c);
  });
});
