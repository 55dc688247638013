/**
 * Speaker notes travel apart from the rest of the deck: a presenter needs them only in the speaker
 * view and in printed notes, so the browser loads them on demand. Pure: plain data in, plain data out.
 */
import type { Deck } from './schema.ts';

export interface DeckNotes {
  title?: string;
  closing?: string;
  /** By talk id: the talk's own notes, then one entry per detail slide. */
  talks: Record<string, { notes?: string; details: (string | undefined)[] }>;
}

export function notesOf(deck: Deck): DeckNotes {
  return {
    title: deck.notes,
    closing: deck.closing?.notes,
    talks: Object.fromEntries(
      deck.talks.map((talk) => [
        talk.id,
        { notes: talk.notes, details: (talk.details ?? []).map((detail) => detail.notes) },
      ]),
    ),
  };
}

export function withoutNotes(deck: Deck): Deck {
  const { notes: _title, ...rest } = deck;
  return {
    ...rest,
    closing: deck.closing && { ...deck.closing, notes: undefined },
    talks: deck.talks.map(({ notes: _notes, ...talk }) => ({
      ...talk,
      details: talk.details?.map(({ notes: _detail, ...detail }) => detail),
    })),
  };
}

export function withNotes(deck: Deck, notes: DeckNotes): Deck {
  return {
    ...deck,
    notes: notes.title,
    closing: deck.closing && { ...deck.closing, notes: notes.closing },
    talks: deck.talks.map((talk) => ({
      ...talk,
      notes: notes.talks[talk.id]?.notes,
      details: talk.details?.map((detail, index) => ({ ...detail, notes: notes.talks[talk.id]?.details[index] })),
    })),
  };
}
