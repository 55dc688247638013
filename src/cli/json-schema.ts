/**
 * The JSON Schemas that editors use for completion, generated from the zod model as draft-07: the dialect the
 * YAML language server (VS Code's YAML extension) supports fully; it warns on draft 2020-12.
 */
import { z } from 'zod';
import { DeckFileSchema, TalkFileSchema } from '../model/index.ts';

export const SCHEMA_FILES = {
  'deck.schema.json': DeckFileSchema,
  'talk.schema.json': TalkFileSchema,
} as const;

export function jsonSchemaText(schema: z.ZodType): string {
  return `${JSON.stringify(z.toJSONSchema(schema, { io: 'input', target: 'draft-07' }), null, 2)}\n`;
}
