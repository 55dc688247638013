/**
 * The parts of a slide that need script. The slides are markup (prerendered into index.html, or rendered for the
 * view), and each element that holds such a part says which in `data-live`; controllers/live-parts.ts brings it
 * to life once the deck runs. The live room's parts are added by its own module (live-room/mode.ts), in live mode only.
 */
export const LIVE = {
  /** On a quiz answer (`.room-answer[data-question]`): the presenter's tally buttons under it. */
  tally: 'tally',
  /** The room's score table, filled from the tally and kept up to date. */
  score: 'score',
} as const;

export type LivePart = (typeof LIVE)[keyof typeof LIVE];
