export * from './schema';
export * from './errors';
export { parseDeck, formatPath, type SourceFile } from './parse';
