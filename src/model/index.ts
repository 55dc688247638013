export * from './schema.ts';
export * from './errors.ts';
export { parseDeck, type ParseOptions } from './parse.ts';
export { formatPath, type SourceFile } from './yaml-source.ts';
export { notesOf, withNotes, withoutNotes, type DeckNotes } from './notes.ts';
export {
  BACKLOG_NAME,
  vocabularyOf,
  Vocabulary,
  type DeckFacts,
  type DeckItem,
  type ReleaseEntry,
  type ReleaseRole,
} from './vocabulary.ts';
