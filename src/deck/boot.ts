/**
 * The deck's boot, in short tasks so that the page paints and answers input between them: the slides (already in
 * the page for the default view, rendered here for another), then the deck (Deck.svelte), which brings the slides'
 * live parts to life and starts reveal.js in a task of its own.
 */
import { mount } from 'svelte';
import summary from 'virtual:deck-summary';
import Deck from './Deck.svelte';
import { nextTask } from './tasks.ts';
import { resolveViewOptions, showsDefaultSlides } from './view.ts';

/** `target`: the element that holds the deck (#app), with the prerendered frame in it after a build. */
export async function boot(target: HTMLElement): Promise<void> {
  const view = resolveViewOptions(location.search);
  const prerendered = target.querySelector<HTMLElement>(':scope > .reveal');
  const slides =
    prerendered && showsDefaultSlides(view, summary.quiz !== undefined)
      ? { frame: prerendered, summary }
      : await (await import('./view-slides.ts')).renderSlides(target, view);
  await nextTask();
  mount(Deck, { target, props: { ...slides, view } });
}
