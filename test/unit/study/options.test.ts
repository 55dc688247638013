/**
 * The study page's URL options: the items a live room's phone links with (`missed`, `at`), checked against the
 * deck before anything is offered, and taken out of the address once read.
 */
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { collectItems } from '../../../quiz/index.ts';
import { studyMissedHref } from '../../../src/model/addresses.ts';
import { MISSED_LIMIT, resolveStudyOptions, withoutStudyOptions } from '../../../src/study/view.ts';
import { FIXED_NOW, fixtureDeck as deck } from '../../fixtures/quiz/deck.ts';

const AT = '2017-05-11T08:30:00.000Z';
const search = (href: string) => href.slice(href.indexOf('?'));
const resolve = (query: string, now = FIXED_NOW) => resolveStudyOptions(query, deck, now);

let warn: MockInstance<typeof console.warn>;

beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

afterEach(() => {
  warn.mockRestore();
});

describe('the study page’s link from a live room', () => {
  it('reads back what the phones’ page writes: the items in their order, and the room’s date', () => {
    const href = studyMissedHref(['octavia-flavors', 'fwaas-zones', 'osa-official'], AT);
    expect(resolve(search(href))).toEqual({
      missed: { items: ['octavia-flavors', 'fwaas-zones', 'osa-official'], at: new Date(AT) },
    });
    expect(warn).not.toHaveBeenCalled();
  });

  it('drops the ids the deck does not know, with one warning that names them', () => {
    expect(resolve(`?missed=octavia-flavors,no-such-item,fwaas-zones,Octavia-Flavors&at=${AT}`).missed?.items).toEqual([
      'octavia-flavors',
      'fwaas-zones',
    ]);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0][0]).toMatch(
      /missed names items this deck lacks; ignored: "no-such-item", "Octavia-Flavors"$/,
    );
  });

  it('offers nothing when no id is known, or none is given', () => {
    expect(resolve(`?missed=gone,%3Cscript%3E&at=${AT}`)).toEqual({});
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockClear();
    for (const query of ['', '?at=2017-05-11', '?missed=', '?missed=,,', '?other=octavia-flavors']) {
      expect(resolve(query), query).toEqual({});
    }
    expect(warn).not.toHaveBeenCalled();
  });

  it('keeps each item once, in the order it first came', () => {
    const query = '?missed=fwaas-zones,octavia-flavors,fwaas-zones,%20octavia-flavors&missed=fwaas-zones,osa-official';
    expect(resolve(query).missed?.items).toEqual(['fwaas-zones', 'octavia-flavors', 'osa-official']);
    expect(warn).not.toHaveBeenCalled();
  });

  it('keeps at most 60 items, and says so', () => {
    // The fixture has fewer items than that: the same ids repeated do not count, so a deck's worth is built.
    const ids = collectItems(deck).map((item) => item.id);
    const many = { ...deck, talks: [...deck.talks] };
    const talk = many.talks[0];
    many.talks[0] = {
      ...talk,
      roadmap: [
        ...(talk.roadmap ?? []),
        ...Array.from({ length: 70 }, (_, index) => ({
          id: `extra-${index}`,
          text: `Élément ${index}`,
          release: 'pike',
          project: 'octavia',
        })),
      ],
    };
    const asked = [...ids, ...Array.from({ length: 70 }, (_, index) => `extra-${index}`)];
    const missed = resolveStudyOptions(`?missed=${asked.join(',')}&at=${AT}`, many, FIXED_NOW).missed!;
    expect(missed.items).toHaveLength(MISSED_LIMIT);
    expect(MISSED_LIMIT).toBe(60);
    expect(missed.items).toEqual(asked.slice(0, 60));
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0][0]).toMatch(new RegExp(`names ${asked.length} items; only the first 60 are kept`));
  });

  it('splits on commas whether they come as they are or encoded, and decodes each id', () => {
    for (const query of [
      '?missed=octavia-flavors%2Cfwaas-zones',
      '?missed=octavia-flavors%2cfwaas-zones',
      '?missed=octavia%2Dflavors,fwaas-zones',
      '?missed=octavia-flavors,fwaas-zones,',
    ]) {
      expect(resolve(query).missed?.items, query).toEqual(['octavia-flavors', 'fwaas-zones']);
    }
    expect(warn).not.toHaveBeenCalled();
  });

  it('takes the room’s date when it is an ISO date not in the future; otherwise now', () => {
    const at = (value: string | undefined) =>
      resolve(`?missed=octavia-flavors${value === undefined ? '' : `&at=${encodeURIComponent(value)}`}`).missed!.at;
    expect(at(AT)).toEqual(new Date(AT));
    expect(at('2017-05-11T10:30:00+02:00')).toEqual(new Date(AT));
    expect(at('2017-05-10')).toEqual(new Date('2017-05-10T00:00:00Z'));
    // Absent: now, quietly.
    expect(at(undefined)).toEqual(FIXED_NOW);
    expect(warn).not.toHaveBeenCalled();
    // Unreadable: now, with a warning each.
    for (const bad of ['yesterday', '11/05/2017', '2017-13-45T99:99:00Z', '1494491400000', '', 'NaN']) {
      expect(at(bad), bad).toEqual(FIXED_NOW);
    }
    expect(warn).toHaveBeenCalledTimes(6);
    warn.mockClear();
    // In the future (a phone's clock behind the room's): now, never later than now.
    expect(at('2017-05-11T09:00:01.000Z')).toEqual(FIXED_NOW);
    expect(at('2999-01-01T00:00:00Z')).toEqual(FIXED_NOW);
  });
});

describe('the address once the link is read', () => {
  it('loses missed and at, and keeps every other parameter as it was written', () => {
    expect(withoutStudyOptions(search(studyMissedHref(['octavia-flavors'], AT)))).toBe('');
    expect(withoutStudyOptions('?lang=fr&missed=a,b&at=2017-05-11&x=%20y+z')).toBe('?lang=fr&x=%20y+z');
    expect(withoutStudyOptions('?missed=a&missed=b&at=1&at=2')).toBe('');
    expect(withoutStudyOptions('?at')).toBe('');
    expect(withoutStudyOptions('?%6Dissed=a&atx=1')).toBe('?atx=1');
    expect(withoutStudyOptions('?q=1')).toBe('?q=1');
    expect(withoutStudyOptions('')).toBe('');
  });
});
