/**
 * Text → Deck. Pure: the caller reads the files and passes their text; every problem comes back
 * as a DataIssue with file, line, column and field path.
 */
import { isMap, isNode, isScalar, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import { deckSlideAt, slideHref, talkAddresses } from './addresses.ts';
import { DeckDataError, type DataIssue } from './errors.ts';
import {
  BACKLOG,
  DeckFileSchema,
  TalkFileSchema,
  type Deck,
  type DeckFile,
  type Talk,
  type TalkFile,
} from './schema.ts';

export interface SourceFile {
  /** Shown in errors, e.g. `slides/boston-2017/octavia-update.yaml`. */
  file: string;
  text: string;
}

type PathKey = string | number;

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
class YamlSource {
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

function describeValue(value: unknown): string {
  if (value === null) return 'nothing (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `the text "${value}"`;
  return `the ${typeof value} ${String(value)}`;
}

const typeNames: Record<string, string> = {
  string: 'a text',
  number: 'a number',
  array: 'a list',
  object: 'a mapping of fields',
  boolean: 'true or false',
};

/** zod's issue → a sentence an author understands, placed on the right YAML node. */
function toDataIssue(source: YamlSource, issue: z.core.$ZodIssue): DataIssue[] {
  const path = issue.path.filter((key): key is PathKey => typeof key !== 'symbol');
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) {
        const field = path.at(-1);
        return [source.issue(path, typeof field === 'string' ? `the field "${field}" is required` : 'is required')];
      }
      const expected = typeNames[issue.expected] ?? issue.expected;
      return [source.issue(path, `expected ${expected}, got ${describeValue(issue.input)}`)];
    }
    case 'unrecognized_keys':
      return issue.keys.map((key) => source.keyIssue(path, key, `unknown field "${key}"`));
    case 'invalid_value':
      return [
        source.issue(
          path,
          `must be one of ${issue.values.map((value) => String(value)).join(', ')}, got ${describeValue(issue.input)}`,
        ),
      ];
    default:
      return [source.issue(path, issue.message)];
  }
}

function validate<T>(source: YamlSource, schema: z.ZodType<T>): { data?: T; issues: DataIssue[] } {
  if (source.tooLarge) return { issues: [source.tooLarge] };
  const syntax = source.syntaxIssues();
  if (syntax.length > 0) return { issues: syntax };
  const { value, issue } = source.toData();
  if (issue) return { issues: [issue] };
  if (value === null || value === undefined) {
    return { issues: [source.issue([], 'the file is empty')] };
  }
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return { data: result.data, issues: [] };
  return { issues: result.error.issues.flatMap((issue) => toDataIssue(source, issue)) };
}

function byPosition(a: DataIssue, b: DataIssue): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column;
}

/**
 * Validates one event: its `deck.yaml` and every talk file of its folder (in any order).
 * Returns the deck with talks in the order deck.yaml gives, or throws DeckDataError listing
 * every problem found.
 */
export function parseDeck(slug: string, deckSource: SourceFile, talkSources: readonly SourceFile[]): Deck {
  const issues: DataIssue[] = [];
  const deckYaml = new YamlSource(deckSource.file, deckSource.text);
  const deckResult = validate<DeckFile>(deckYaml, DeckFileSchema);
  issues.push(...deckResult.issues);

  const talks: { source: YamlSource; talk: TalkFile }[] = [];
  // Talks whose file has problems of its own: not reported again as missing.
  const invalidTalkIds = new Set<unknown>();
  for (const { file, text } of talkSources) {
    const source = new YamlSource(file, text);
    const result = validate<TalkFile>(source, TalkFileSchema);
    issues.push(...result.issues);
    if (result.data) talks.push({ source, talk: result.data });
    else invalidTalkIds.add(source.doc.get('id')).add(file.replace(/^.*\//, '').replace(/\.ya?ml$/, ''));
  }

  const deckFile = deckResult.data;
  if (deckFile) issues.push(...crossCheck(deckYaml, deckFile, talks, invalidTalkIds));
  if (issues.length > 0 || !deckFile) throw new DeckDataError(issues.sort(byPosition));

  const talkById = new Map(talks.map(({ source, talk }) => [talk.id, { ...talk, source: source.file }]));
  const { $schema: _schema, talks: order, ...event } = deckFile;
  return {
    slug,
    ...event,
    talks: order.map((id) => {
      const { $schema: _talkSchema, ...talk } = talkById.get(id)!;
      return talk satisfies Talk;
    }),
  };
}

function duplicates<T>(values: readonly T[], key: (value: T) => string, report: (value: T, index: number) => void) {
  const seen = new Set<string>();
  values.forEach((value, index) => {
    const id = key(value);
    if (seen.has(id)) report(value, index);
    seen.add(id);
  });
}

/** What no single file can tell: ids unique across files, references that resolve, talks listed. */
function crossCheck(
  deckYaml: YamlSource,
  deck: DeckFile,
  talks: { source: YamlSource; talk: TalkFile }[],
  invalidTalkIds: ReadonlySet<unknown>,
) {
  const issues: DataIssue[] = [];
  duplicates(
    deck.releases,
    (release) => release.id,
    (release, index) =>
      issues.push(deckYaml.issue(['releases', index, 'id'], `release "${release.id}" is listed twice`)),
  );
  deck.releases.forEach((release, index) => {
    if (release.id === BACKLOG) {
      issues.push(
        deckYaml.issue(
          ['releases', index, 'id'],
          `the release id "${BACKLOG}" is reserved for roadmap items with no release: choose another id`,
        ),
      );
    }
  });
  duplicateNames(deckYaml, 'releases', deck.releases, issues);
  duplicates(
    deck.projects,
    (project) => project.id,
    (project, index) =>
      issues.push(deckYaml.issue(['projects', index, 'id'], `project "${project.id}" is listed twice`)),
  );
  duplicateNames(deckYaml, 'projects', deck.projects, issues);
  duplicates(
    deck.talks,
    (id) => id,
    (id, index) => issues.push(deckYaml.issue(['talks', index], `talk "${id}" is listed twice`)),
  );

  const fileOfTalk = new Map<string, string>();
  for (const { source, talk } of talks) {
    const first = fileOfTalk.get(talk.id);
    if (first) issues.push(source.issue(['id'], `talk id "${talk.id}" is already used by ${first}`));
    else fileOfTalk.set(talk.id, source.file);
    if (!deck.talks.includes(talk.id)) {
      issues.push(source.issue(['id'], `talk "${talk.id}" is not listed under talks in ${deckYaml.file}`));
    }
  }
  issues.push(...addressClashes(deck, talks));
  deck.talks.forEach((id, index) => {
    if (!fileOfTalk.has(id) && !invalidTalkIds.has(id)) {
      issues.push(deckYaml.issue(['talks', index], `talk "${id}" has no file: add ${id}.yaml beside ${deckYaml.file}`));
    }
  });

  const releaseIds = deck.releases.map((release) => release.id);
  const projectIds = deck.projects.map((project) => project.id);
  const itemFiles = new Map<string, string>();
  for (const { source, talk } of talks) {
    talk.projects?.forEach((project, index) => {
      if (!projectIds.includes(project)) {
        issues.push(source.issue(['projects', index], unknown('project', project, projectIds, deckYaml.file)));
      }
    });
    for (const field of ['history', 'roadmap'] as const) {
      talk[field]?.forEach((item, index) => {
        const first = itemFiles.get(item.id);
        if (first) issues.push(source.issue([field, index, 'id'], `item id "${item.id}" is already used in ${first}`));
        else itemFiles.set(item.id, source.file);
        const allowed = field === 'roadmap' ? [...releaseIds, BACKLOG] : releaseIds;
        if (item.release !== undefined && !allowed.includes(item.release)) {
          issues.push(
            source.issue([field, index, 'release'], unknown('release', item.release, allowed, deckYaml.file)),
          );
        }
        if (!projectIds.includes(item.project)) {
          issues.push(
            source.issue([field, index, 'project'], unknown('project', item.project, projectIds, deckYaml.file)),
          );
        }
      });
    }
  }
  return issues;
}

function unknown(kind: string, value: string, allowed: readonly string[], deckFile: string): string {
  return `unknown ${kind} "${value}"; ${deckFile} lists ${allowed.join(', ')}`;
}

/** Names tell releases (or projects) apart on slides and in quiz choices: two alike are a mistake. */
function duplicateNames(
  deckYaml: YamlSource,
  field: 'releases' | 'projects',
  entries: readonly { id: string; name: string }[],
  issues: DataIssue[],
) {
  const kind = field === 'releases' ? 'release' : 'project';
  entries.forEach((entry, index) => {
    const first = entries.slice(0, index).find((other) => other.name === entry.name);
    if (first) {
      issues.push(
        deckYaml.issue([field, index, 'name'], `${kind} name "${entry.name}" is already used by ${kind} "${first.id}"`),
      );
    }
  });
}

/**
 * A talk's slides take addresses made from its id (src/model/addresses.ts): none may be one that the deck
 * gives another slide, or the deep link and the agenda would open the wrong slide. Reported once per talk,
 * on its id.
 */
function addressClashes(deck: DeckFile, talks: { source: YamlSource; talk: TalkFile }[]): DataIssue[] {
  const releases = deck.releases.map((release) => release.id);
  // The slides below each talk's main slide (a talk's own id can take no address of its own stack).
  const belowTalks = new Map(
    talks.flatMap(({ talk }) =>
      talkAddresses(talk)
        .filter((address) => !address.main)
        .map((address) => [address.id, `the ${address.part} of talk "${talk.id}"`] as const),
    ),
  );
  return talks.flatMap(({ source, talk }) => {
    for (const address of talkAddresses(talk)) {
      const taken = deckSlideAt(address.id, releases) ?? (address.main ? belowTalks.get(address.id) : undefined);
      if (!taken) continue;
      const message = address.main
        ? `talk id "${talk.id}" is the address of ${taken} (${slideHref(address.id)}): choose another id`
        : `talk id "${talk.id}" would give its ${address.part} the address ${slideHref(address.id)}, which is that of ${taken}: choose another id`;
      return [source.issue(['id'], message)];
    }
    return [];
  });
}
