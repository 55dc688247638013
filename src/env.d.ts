/// <reference types="svelte" />
/// <reference types="vite/client" />

// Types by import(): an ambient module may not import a relative path (an error that skipLibCheck would hide,
// leaving the module untyped).
declare module 'virtual:deck' {
  const deck: import('./model/index.ts').Deck;
  export default deck;
  /** The questions for the room, planned from the deck and worded at build time. */
  export const roomQuiz: import('./deck/room-quiz.ts').ShownRoomQuiz;
}

declare module 'virtual:deck-notes' {
  const notes: import('./model/index.ts').DeckNotes;
  export default notes;
}

declare module 'virtual:deck-summary' {
  import type { DeckSummary } from './deck/summary.ts';
  /** The default view's: what the running deck needs besides its prerendered slides. */
  const summary: DeckSummary;
  export default summary;
}

declare module 'virtual:deck-answer-key' {
  /** The quiz's answer key for the handout, worded at build time in the deck's language. */
  const answerKey: import('./deck/answer-key.ts').AnswerKeyEntry[];
  export default answerKey;
}

declare module 'virtual:deck-font.css';

interface Window {
  /** The reveal.js deck, for tools that drive reveal decks (decktape, the PDF export). */
  Reveal?: import('reveal.js').RevealApi;
}
