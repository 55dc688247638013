/// <reference types="svelte" />
/// <reference types="vite/client" />

declare module 'virtual:deck' {
  import type { Deck } from './model/index.ts';
  import type { RoomQuiz } from '../quiz/room.ts';
  const deck: Deck;
  export default deck;
  /** The questions for the room, planned from the deck at build time. */
  export const roomQuiz: RoomQuiz;
}

declare module 'virtual:deck-notes' {
  import type { DeckNotes } from './model/index.ts';
  const notes: DeckNotes;
  export default notes;
}

declare module 'virtual:deck-summary' {
  import type { DeckSummary } from './deck/summary.ts';
  /** The default view's: what the running deck needs besides its prerendered slides. */
  const summary: DeckSummary;
  export default summary;
}

declare module 'virtual:deck-font.css';

interface Window {
  /** The reveal.js deck, for tools that drive reveal decks (decktape, the PDF export). */
  Reveal?: import('reveal.js').RevealApi;
}
