/**
 * The deck's behaviours beside the engine, in the spirit of reveal.js's own js/controllers/: each is installed
 * on the running deck and returns what undoes it. Deck.svelte alone creates the engine and installs them; a
 * controller gets the engine as an argument and never imports reveal.js itself.
 */
import type { RevealApi } from 'reveal.js';
import { mount, unmount, type Component } from 'svelte';

export interface DeckHandle {
  /** The running reveal.js deck. */
  reveal: RevealApi;
  /** The `.reveal` element that holds the slides. */
  element: HTMLElement;
}

/** Undoes what a controller did: listeners and key bindings removed. */
export type Cleanup = () => void;

export type Controller = (deck: DeckHandle) => Cleanup;

/** Mounts a component into an element of the slides; the cleanup takes it down. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the props type of any component
export function mountIn<Props extends Record<string, any>>(
  target: Element,
  component: Component<Props>,
  props: Props,
): Cleanup {
  const instance = mount(component, { target, props });
  return () => void unmount(instance);
}

/** Installs the controllers given (false or undefined: not on this page); the cleanup undoes them in reverse order. */
export function installControllers(
  deck: DeckHandle,
  controllers: readonly (Controller | false | undefined)[],
): Cleanup {
  const cleanups = controllers.flatMap((controller) => (controller ? [controller(deck)] : []));
  return () => {
    for (const cleanup of cleanups.reverse()) cleanup();
  };
}
