import type { RevealConfig } from 'reveal.js';

/**
 * Our reveal.js settings. reveal.js itself then applies the URL query on top
 * (e.g. `?print-pdf`, `?showNotes=separate-page`), so precedence is: reveal defaults < these < query.
 */
export const SLIDE_WIDTH = 1280;
export const SLIDE_HEIGHT = 720;

export function resolveDeckConfig(options: { reducedMotion: boolean }): RevealConfig {
  return {
    width: SLIDE_WIDTH,
    height: SLIDE_HEIGHT,
    margin: 0.04,
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
