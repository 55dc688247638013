/**
 * The parts of a slide that need script. The slides are markup (prerendered into index.html, or rendered for the
 * view), and each element that holds such a part says which in `data-live`; controllers/live-parts.ts brings it
 * to life once the deck runs. The live room's parts (a join code, live counts) take their names here too.
 */
export const LIVE = {
  /** On a quiz answer (`.room-answer[data-question]`): the presenter's tally buttons under it. */
  tally: 'tally',
  /** The room's score table, filled from the tally and kept up to date. */
  score: 'score',
} as const;

export type LivePart = (typeof LIVE)[keyof typeof LIVE];

/**
 * The live room's parts (`npm run live`), in `data-live-room`: empty in the markup, and brought to life only in
 * live mode, by the live room's own module (live-room/mode.ts), which a deck shown without it never loads.
 */
export const LIVE_ROOM = {
  /** On a quiz slide: how to join (QR code, address, room code) and the room's counts. */
  join: 'join',
  /** In each choice of a quiz question: its share of the room's answers, once the answer is shown. */
  choice: 'choice',
  /** On the score slide: the room's recall per release, from everyone's answers. */
  recall: 'recall',
} as const;

export type LiveRoomPart = (typeof LIVE_ROOM)[keyof typeof LIVE_ROOM];
