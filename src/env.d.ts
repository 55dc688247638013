/// <reference types="svelte" />
/// <reference types="vite/client" />

declare module 'virtual:deck' {
  import type { Deck } from './model/index.ts';
  const deck: Deck;
  export default deck;
}

interface Window {
  /** The reveal.js deck, for tools that drive reveal decks (decktape, the PDF export). */
  Reveal?: import('reveal.js').RevealApi;
}
