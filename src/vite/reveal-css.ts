/**
 * reveal.js's stylesheet styles features that a slide asks for in its markup: code highlighting, layout helpers
 * (r-stack, r-fit-text, …), fragment effects (grow, fade-up, …), a transition of its own. The deck's slides use
 * none of them (test/e2e/deck.test.ts checks the built deck), so the build leaves their rules out of the first
 * load. What reveal.js's options turn on (transitions, views, controls, the print view) stays, URL options included.
 */

/** Classes of markup features: the "roll" links, layout helpers (and the highlight plugin's `hljs…` classes). */
const FEATURE_CLASSES = ['roll', 'r-stack', 'r-hstack', 'r-vstack', 'r-fit-text', 'r-stretch', 'stretch'];
const LAYOUT_CLASSES = ['stretch', 'start', 'center', 'end']
  .map((value) => `items-${value}`)
  .concat(['between', 'around', 'start', 'center', 'end'].map((value) => `justify-${value}`));
/** Fragment effects: the deck's fragments are plain. */
const FRAGMENT_EFFECTS = [
  'grow',
  'shrink',
  'zoom-in',
  'fade-out',
  'semi-fade-out',
  'strike',
  'fade-up',
  'fade-down',
  'fade-left',
  'fade-right',
  'fade-in-then-out',
  'current-visible',
  'fade-in-then-semi-out',
  ...['red', 'green', 'blue'].flatMap((colour) => [`highlight-${colour}`, `highlight-current-${colour}`]),
];

const classPattern = (names: readonly string[], prefix = '') =>
  new RegExp(`${prefix}\\.(${names.map((name) => name.replace(/-/g, '\\-')).join('|')})(?![\\w-])`);

/** Selectors that only match markup the deck never writes. */
export const UNUSED_REVEAL_SELECTORS: readonly RegExp[] = [
  /\.hljs/,
  classPattern([...FEATURE_CLASSES, ...LAYOUT_CLASSES]),
  classPattern(FRAGMENT_EFFECTS, '\\.fragment'),
  // A slide's own transition or transition speed (the deck's come from its options, on .reveal).
  /section\[data-transition(-speed)?~?=/,
];

/** Markup that the left-out rules would style: the built deck must have none. */
export const UNUSED_REVEAL_MARKUP = [
  '[class*="hljs"]',
  ...[...FEATURE_CLASSES, ...LAYOUT_CLASSES].map((name) => `.${name}`),
  ...FRAGMENT_EFFECTS.map((effect) => `.fragment.${effect}`),
  'section[data-transition]',
  'section[data-transition-speed]',
].join(', ');

const REVEAL_CSS = /[\\/]node_modules[\\/]reveal\.js[\\/]/;

interface CssRule {
  selectors: string[];
  source?: { input: { file?: string } };
  remove(): void;
}

/** A PostCSS plugin that drops those selectors from reveal.js's stylesheet, and the rules left with none. */
export function pruneRevealCss() {
  return {
    postcssPlugin: 'summit-recap:prune-reveal-css',
    Rule(rule: CssRule) {
      if (!REVEAL_CSS.test(rule.source?.input.file ?? '')) return;
      const kept = rule.selectors.filter(
        (selector) => !UNUSED_REVEAL_SELECTORS.some((unused) => unused.test(selector)),
      );
      if (kept.length === 0) rule.remove();
      else if (kept.length < rule.selectors.length) rule.selectors = kept;
    },
  };
}
