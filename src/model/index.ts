export * from './schema.ts';
export * from './errors.ts';
export { parseDeck, formatPath, type SourceFile } from './parse.ts';
export { notesOf, withNotes, withoutNotes, type DeckNotes } from './notes.ts';
export {
  backlogName,
  vocabularyOf,
  Vocabulary,
  type DeckFacts,
  type DeckItem,
  type ReleaseEntry,
  type ReleaseRole,
} from './vocabulary.ts';
