/**
 * The deck's own keys, each a letter, added to reveal.js's key map (and to its help, key ?). reveal.js binds a
 * key by its legacy key code, which for a letter is the code of the upper-case letter: it is derived here, never
 * written as a number.
 */
import type { Controller, DeckHandle } from './controller.ts';

/** Free in reveal.js's map: N is "next slide", so the room's misses are X. */
export const TALLY_KEYS = { right: 'Y', wrong: 'X', clear: 'R' } as const;
export const SPEAKER_VIEW_KEY = 'S';
/** With Ctrl (or Cmd) and Shift, as reveal.js's search plugin has it. */
export const SEARCH_KEY = 'F';

export interface KeyBinding {
  /** One letter, A to Z. */
  key: string;
  /** Shown in reveal.js's help. */
  description: string;
  run: (deck: DeckHandle) => void;
}

function keyCodeOf(letter: string): number {
  if (!/^[A-Z]$/.test(letter)) throw new Error(`a deck key is one upper-case letter, not "${letter}"`);
  return letter.charCodeAt(0);
}

/** Binds the keys on the deck; the cleanup unbinds them. */
export function keyBindings(bindings: readonly KeyBinding[]): Controller {
  return (deck) => {
    for (const { key, description, run } of bindings) {
      deck.reveal.addKeyBinding({ keyCode: keyCodeOf(key), key, description }, () => run(deck));
    }
    return () => {
      for (const { key } of bindings) deck.reveal.removeKeyBinding(keyCodeOf(key));
    };
  };
}
