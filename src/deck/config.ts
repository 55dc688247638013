import type { RevealConfig } from 'reveal.js';

/**
 * A slide's size, in slide pixels: every size on a slide (theme.css, the matrix's layout) is in these pixels,
 * reveal.js scales the whole slide to the window, and the PDF's pages have this size by default.
 */
export const SLIDE_SIZE = { width: 1280, height: 720 } as const;
/** The room inside a slide's edges, in slide pixels. */
export const SLIDE_PADDING = { x: 64, y: 44 } as const;
/** The room around the slide in the window, as a share of its size (reveal.js's `margin`). */
const SLIDE_MARGIN = 0.04;

/**
 * The slide's frame as CSS custom properties, on the `.reveal` element: theme.css lays out the prerendered
 * first slide with them before reveal.js runs, and pads every slide.
 */
export function slideFrameStyle(): string {
  return [
    `--deck-slide-width: ${SLIDE_SIZE.width}px`,
    `--deck-slide-height: ${SLIDE_SIZE.height}px`,
    `--deck-slide-margin: ${SLIDE_MARGIN}`,
    `--deck-pad-x: ${SLIDE_PADDING.x}px`,
    `--deck-pad-y: ${SLIDE_PADDING.y}px`,
  ].join('; ');
}

/**
 * Our reveal.js settings. reveal.js itself then applies the URL query on top
 * (e.g. `?print-pdf`, `?showNotes=separate-page`), so precedence is: reveal defaults < these < query.
 */
export function resolveDeckConfig(options: { reducedMotion: boolean }): RevealConfig {
  return {
    ...SLIDE_SIZE,
    margin: SLIDE_MARGIN,
    center: false,
    hash: true,
    slideNumber: 'c/t',
    showSlideNumber: 'all',
    controls: true,
    progress: true,
    overview: true,
    touch: true,
    // A recap is read on phones too: keep the slide view there rather than switching to scroll view.
    scrollActivationWidth: 0,
    transition: options.reducedMotion ? 'none' : 'slide',
    backgroundTransition: 'none',
    pdfSeparateFragments: false,
    pdfMaxPagesPerSlide: 1,
    // Only the slides next to the current one are laid out: the rest are markup to show when they come near (at
    // start, reveal.js lays out every slide within this distance in one task).
    viewDistance: 1,
    // reveal.js ignores keys only inside inputs and text areas: keys pressed on a quiz button (Space, Enter,
    // arrows) must not move the deck as well.
    keyboardCondition: keyOutsideQuizControls,
  };
}

/** Whether a key press may drive the deck: not when it is pressed inside a quiz control (`.quiz-control`). */
export function keyOutsideQuizControls(event: Pick<KeyboardEvent, 'target'>): boolean {
  const target = event.target as { closest?: (selector: string) => unknown } | null | undefined;
  return !(typeof target?.closest === 'function' && target.closest('.quiz-control'));
}

/**
 * Tells reveal.js that no slide has a background of its own (the theme paints the page behind them all). Else, as
 * it starts, it reads each slide's background with getComputedStyle to choose a light or dark class, one style
 * recalculation per section (77 on Boston's deck: 65 slides and the 12 stacks that hold sub-slides).
 */
export function declareSlideBackgrounds(frame: ParentNode): void {
  for (const slide of frame.querySelectorAll('.slides section:not([data-background-color])')) {
    slide.setAttribute('data-background-color', 'rgba(0, 0, 0, 0)');
  }
}
