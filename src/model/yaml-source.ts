/**
 * A slides file read as YAML, able to place a field path back at its line and column: what parse.ts and
 * translation.ts report problems with. Pure.
 */
import { isMap, isNode, isScalar, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import type { DataIssue } from './errors.ts';

export interface SourceFile {
  /** Shown in errors, e.g. `slides/boston-2017/octavia-update.yaml`. */
  file: string;
  text: string;
}

export type PathKey = string | number;

/**
 * What a slides file may hold: a talk's file is a few kilobytes, so these only stop files made to exhaust the
 * reader (README, "Editing the recap", says so).
 */
export const YAML_LIMITS = {
  /** Characters of one file. */
  fileChars: 1_000_000,
  /** yaml's maxAliasCount: how far aliases may expand a document. */
  aliases: 100,
} as const;

/** A parsed YAML file that can place a field path back at its line and column. */
export class YamlSource {
  readonly doc: Document;
  private readonly lines = new LineCounter();

  /** A problem with the file as a whole (too large to read), found before parsing. */
  readonly tooLarge?: DataIssue;

  constructor(
    readonly file: string,
    text: string,
  ) {
    if (text.length > YAML_LIMITS.fileChars) {
      this.tooLarge = {
        file,
        line: 1,
        column: 1,
        path: '',
        message: `the file is too large (${text.length} characters; a slides file holds at most ${YAML_LIMITS.fileChars})`,
      };
      text = '';
    }
    this.doc = parseDocument(text, { lineCounter: this.lines, prettyErrors: false, uniqueKeys: true });
  }

  /**
   * The document as plain data; undefined, with the issue, when its aliases would expand past the limit (a
   * "billion laughs" file, made to exhaust the reader), placed on its first alias.
   */
  toData(): { value?: unknown; issue?: DataIssue } {
    try {
      return { value: this.doc.toJS({ maxAliasCount: YAML_LIMITS.aliases }) };
    } catch (error) {
      if (!(error instanceof ReferenceError)) throw error;
      let alias: Node | undefined;
      visit(this.doc, {
        Alias(_, node) {
          alias = node;
          return visit.BREAK;
        },
      });
      const { line, col } = alias?.range ? this.lines.linePos(alias.range[0]) : { line: 1, col: 1 };
      const message = `its aliases (*name) expand past the limit of ${YAML_LIMITS.aliases} alias uses a file may make`;
      return { issue: { file: this.file, line, column: col, path: '', message } };
    }
  }

  issue(path: readonly PathKey[], message: string): DataIssue {
    return { file: this.file, ...this.position(path), path: formatPath(path), message };
  }

  syntaxIssues(): DataIssue[] {
    return this.doc.errors.map((error) => {
      const { line, col } = this.lines.linePos(error.pos[0]);
      const message = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
      return { file: this.file, line, column: col, path: '', message: `YAML syntax error: ${message}` };
    });
  }

  /** `file:line:column` of the field, for a message that points at another file. */
  where(path: readonly PathKey[]): string {
    const { line, column } = this.position(path);
    return `${this.file}:${line}:${column}`;
  }

  /** The closest node that exists along the path (a missing field points at its parent). */
  private position(path: readonly PathKey[]): { line: number; column: number } {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = depth === 0 ? this.doc.contents : this.doc.getIn(path.slice(0, depth), true);
      if (isNode(node) && node.range) {
        const { line, col } = this.lines.linePos(node.range[0]);
        return { line, column: col };
      }
    }
    return { line: 1, column: 1 };
  }

  /** A problem about a map's key itself (an unknown field), placed on the key. */
  keyIssue(path: readonly PathKey[], key: string, message: string): DataIssue {
    const parent = path.length === 0 ? this.doc.contents : this.doc.getIn(path, true);
    const pair = isMap(parent) ? parent.items.find((item) => isScalar(item.key) && item.key.value === key) : undefined;
    if (!pair || !isNode(pair.key) || !pair.key.range) return this.issue(path, message);
    const { line, col } = this.lines.linePos(pair.key.range[0]);
    return { file: this.file, line, column: col, path: formatPath([...path, key]), message };
  }
}

export function formatPath(path: readonly PathKey[]): string {
  return path.reduce<string>(
    (text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${key}` : key),
    '',
  );
}
