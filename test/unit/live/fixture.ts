/** A small room quiz for the live room's tests: two questions on Pike, three choices each, `b` right. */
import type { LiveQuestion } from '../../../src/live/room.ts';

export const QUESTIONS: LiveQuestion[] = ['q0', 'q1'].map((id) => ({
  id,
  prompt: `Prompt ${id}`,
  choices: ['a', 'b', 'c'].map((choice) => ({ id: choice, label: choice })),
  talk: 't',
  release: 'pike',
  project: 'nova',
  item: `item-${id}`,
  right: 'b',
}));
