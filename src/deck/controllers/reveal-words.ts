/**
 * reveal.js writes a few words of its own, in English: its arrows' labels (read by screen readers), its pause
 * screen's button, its help (key ?) and the heading of the speaker notes shown on a slide or printed. They are
 * given the deck's words here, once the engine has drawn them (the notes' heading through a CSS property that
 * theme.css reads).
 */
import type { DeckWords } from '../../locale/index.ts';
import type { Controller } from './controller.ts';

/** reveal.js's help entries, by the keys it lists them under (its keyboard module, in the default navigation mode). */
const SHORTCUTS: Record<string, keyof DeckWords['reveal']['shortcuts']> = {
  'N  ,  SPACE': 'next',
  'P  ,  Shift SPACE': 'previous',
  '&#8592;  ,  H': 'left',
  '&#8594;  ,  L': 'right',
  '&#8593;  ,  K': 'up',
  '&#8595;  ,  J': 'down',
  'Alt + &#8592;/&#8593/&#8594;/&#8595;': 'noFragments',
  'Shift + &#8592;/&#8593/&#8594;/&#8595;': 'firstLast',
  'B  ,  .': 'pause',
  F: 'fullscreen',
  G: 'jump',
  'ESC, O': 'overview',
};

export function revealWords(words: DeckWords['reveal']): Controller {
  return ({ reveal, element }) => {
    element.style.setProperty('--deck-speaker-notes', JSON.stringify(words.speakerNotes));
    const label = (selector: string, text: string) =>
      element.querySelectorAll(selector).forEach((button) => button.setAttribute('aria-label', text));
    const drawn = () => {
      const rtl = reveal.getConfig().rtl;
      label('.controls .navigate-left', rtl ? words.next : words.previous);
      label('.controls .navigate-right', rtl ? words.previous : words.next);
      label('.controls .navigate-up', words.above);
      label('.controls .navigate-down', words.below);
      element.querySelectorAll('.resume-button').forEach((button) => (button.textContent = words.resume));
      for (const [key, name] of Object.entries(SHORTCUTS)) reveal.registerKeyboardShortcut(key, words.shortcuts[name]);
    };
    const help = () => {
      const content = document.querySelector('.r-overlay-help-content');
      const title = content?.querySelector('.title');
      if (title) title.textContent = words.help;
      const headings = content?.querySelectorAll('th') ?? [];
      if (headings.length === 2) [headings[0].textContent, headings[1].textContent] = [words.key, words.action];
    };
    // Installed before the engine starts: it draws its controls and help on `ready`.
    reveal.on('ready', drawn);
    reveal.on('showhelp', help);
    return () => {
      reveal.off('ready', drawn);
      reveal.off('showhelp', help);
    };
  };
}
