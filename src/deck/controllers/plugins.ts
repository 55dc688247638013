/**
 * reveal.js's search and speaker-view (notes) plugins are large and rarely used: each loads on its first use,
 * search on Ctrl+Shift+F (then its own key handler takes over), the speaker view on S, after the speaker notes,
 * which are not in the first load either.
 */
import type { RevealApi, RevealPlugin } from 'reveal.js';
import type { Controller } from './controller.ts';
import { keyBindings, SEARCH_KEY, SPEAKER_VIEW_KEY } from './keys.ts';

/** A plugin that opens a panel: search's box, the speaker view's window. */
type OpeningPlugin = RevealPlugin & { open(): void };

export interface LazyPluginsOptions {
  /** The plugins' modules, imported by Deck.svelte, the only owner of reveal.js. */
  load: {
    search: () => Promise<{ default: () => OpeningPlugin }>;
    notes: () => Promise<{ default: () => OpeningPlugin }>;
  };
  /** Runs before the speaker view first opens: loads the speaker notes into the slides. */
  beforeSpeakerView: () => Promise<void>;
  /** The speaker view's key in reveal.js's help. */
  speakerViewLabel: string;
}

async function openPlugin(reveal: RevealApi, id: string, load: () => Promise<{ default: () => OpeningPlugin }>) {
  if (!reveal.hasPlugin(id)) reveal.registerPlugin((await load()).default());
  (reveal.getPlugin(id) as OpeningPlugin).open();
}

export function lazyPlugins(options: LazyPluginsOptions): Controller {
  return (deck) => {
    const openSearch = (event: KeyboardEvent) => {
      if (event.key !== SEARCH_KEY || !(event.ctrlKey || event.metaKey)) return;
      event.preventDefault();
      document.removeEventListener('keydown', openSearch);
      void openPlugin(deck.reveal, 'search', options.load.search);
    };
    document.addEventListener('keydown', openSearch);
    const unbind = keyBindings([
      {
        key: SPEAKER_VIEW_KEY,
        description: options.speakerViewLabel,
        run: ({ reveal }) =>
          void options.beforeSpeakerView().then(() => openPlugin(reveal, 'notes', options.load.notes)),
      },
    ])(deck);
    return () => {
      document.removeEventListener('keydown', openSearch);
      unbind();
    };
  };
}
