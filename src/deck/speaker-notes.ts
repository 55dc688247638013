/**
 * Speaker notes come into the slides on demand (the first press of S), as the `<aside class="notes">` that
 * Notes.svelte writes and reveal.js's speaker view reads: added to the slides already in the page, prerendered or
 * not, so that nothing else of the deck is rendered again.
 */
import { slideIds } from '../model/addresses.ts';
import type { DeckNotes } from '../model/notes.ts';

/** Each slide's notes by the slide's id: the title's, each talk's and its detail slides', the closing slide's. */
function notesBySlide(notes: DeckNotes): Map<string, string> {
  const bySlide = new Map<string, string>();
  const add = (id: string, text: string | undefined) => {
    if (text) bySlide.set(id, text);
  };
  add(slideIds.title, notes.title);
  for (const [talk, { notes: talkNotes, details }] of Object.entries(notes.talks)) {
    add(slideIds.talk(talk), talkNotes);
    details.forEach((text, index) => add(slideIds.detail(talk, index), text));
  }
  add(slideIds.closing, notes.closing);
  return bySlide;
}

/** Adds its notes, last, to each slide in the frame that has notes and shows none yet (printed notes are there already). */
export function addSpeakerNotes(frame: ParentNode, notes: DeckNotes): void {
  const bySlide = notesBySlide(notes);
  for (const slide of frame.querySelectorAll<HTMLElement>('section[id]')) {
    const text = bySlide.get(slide.id);
    if (!text || slide.querySelector(':scope > aside.notes')) continue;
    const aside = slide.appendChild(document.createElement('aside'));
    aside.className = 'notes';
    aside.textContent = text;
  }
}
