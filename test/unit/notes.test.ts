import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDeck } from '../../src/model/fs.ts';
import { notesOf, withNotes, withoutNotes } from '../../src/model/notes.ts';

const deck = loadDeck(process.cwd(), resolve('slides'));

describe('speaker notes apart from the deck', () => {
  it('leaves no note in the deck the browser loads first', () => {
    expect(JSON.stringify(withoutNotes(deck))).not.toMatch(/"notes":"/);
    expect(withoutNotes(deck).talks.map((talk) => talk.title)).toEqual(deck.talks.map((talk) => talk.title));
  });

  it('puts every note back where it was', () => {
    expect(withNotes(withoutNotes(deck), notesOf(deck))).toEqual(JSON.parse(JSON.stringify(deck)));
  });

  it('puts notes back on a selection of talks too', () => {
    const selection = { ...withoutNotes(deck), talks: withoutNotes(deck).talks.slice(3, 5) };
    expect(withNotes(selection, notesOf(deck)).talks.map((talk) => talk.notes)).toEqual(
      deck.talks.slice(3, 5).map((talk) => talk.notes),
    );
  });
});
