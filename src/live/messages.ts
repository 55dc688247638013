/**
 * The messages the live room's server receives, as zod schemas: it validates every one with them, and the pages
 * send what their types (derived here) allow. Sizes are capped with the limits of protocol.ts.
 */
import { z } from 'zod';
import { LIMITS } from './protocol.ts';

/** A room code: six digits, as people type it. */
export const RoomCode = z.string().regex(/^\d{6}$/, 'a room code is six digits');
const Id = z.string().min(1).max(LIMITS.id);

export const JoinMessage = z
  .object({
    room: RoomCode,
    /** Given back on a rejoin, with its token: the same person. */
    participant: Id.optional(),
    token: Id.optional(),
    nickname: z.string().trim().max(LIMITS.nickname).optional(),
  })
  .strict();

export const AnswerMessage = z.object({ question: Id, choice: Id }).strict();

export const PresentMessage = z
  .object({
    room: RoomCode,
    /** The presenter's secret; absent: a viewer (a speaker-view preview), who sees the counts and controls nothing. */
    key: Id.optional(),
  })
  .strict();

/** What the deck shows: a room question (its answer hidden or shown), the room's score, or anything else. */
export const ShowMessage = z.discriminatedUnion('view', [
  z.object({ view: z.literal('question'), question: Id, revealed: z.boolean() }).strict(),
  z.object({ view: z.literal('score') }).strict(),
  z.object({ view: z.literal('other') }).strict(),
]);

export type JoinMessage = z.infer<typeof JoinMessage>;
export type AnswerMessage = z.infer<typeof AnswerMessage>;
export type PresentMessage = z.infer<typeof PresentMessage>;
export type ShowMessage = z.infer<typeof ShowMessage>;

export const ScoreMessage = z.object({ after: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER) }).strict();
export type ScoreMessage = z.infer<typeof ScoreMessage>;
