/**
 * Text → Deck. Pure: the caller reads the files and passes their text; every problem comes back
 * as a DataIssue with file, line, column and field path.
 */
import type { z } from 'zod';
import { deckSlideAt, slideHref, talkAddresses } from './addresses.ts';
import { DeckDataError, type DataIssue } from './errors.ts';
import { translationIssues, type OtherEdition, type ReadEvent } from './translation.ts';
import { YamlSource, type PathKey, type SourceFile } from './yaml-source.ts';
import {
  BACKLOG,
  DeckFileSchema,
  TalkFileSchema,
  type Deck,
  type DeckFile,
  type Talk,
  type TalkFile,
} from './schema.ts';

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

/** An event's files: its deck.yaml and its talk files. */
export interface EventSources {
  deck: SourceFile;
  talks: readonly SourceFile[];
}

/** What an event is checked against besides itself. */
export interface ParseOptions {
  /**
   * For a translation (deck.yaml's `translationOf`): the original's files, read from its folder, which the
   * translation is checked against; or, when they cannot be read, why (reported on `translationOf`).
   */
  original?: { sources: EventSources } | { problem: string };
  /** The recap's other translations: two may not share a language. */
  otherEditions?: readonly OtherEdition[];
}

/** Reads and validates one event's files: each on its own, then together (cross-checks). */
function readEvent(deckSource: SourceFile, talkSources: readonly SourceFile[]): ReadEvent & { issues: DataIssue[] } {
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
  return { deckYaml, deckFile, talks, issues };
}

/**
 * Validates one event: its `deck.yaml` and every talk file of its folder (in any order), and, for a translation,
 * checks it against its original. Returns the deck with talks in the order deck.yaml gives, or throws
 * DeckDataError listing every problem found.
 */
export function parseDeck(
  slug: string,
  deckSource: SourceFile,
  talkSources: readonly SourceFile[],
  options: ParseOptions = {},
): Deck {
  const read = readEvent(deckSource, talkSources);
  const { deckYaml, deckFile, talks } = read;
  const issues = [...read.issues];
  if (deckFile?.translationOf !== undefined && options.original) {
    if ('problem' in options.original) {
      issues.push(deckYaml.issue(['translationOf'], options.original.problem));
    } else {
      // The original's own problems come first: the translation cannot be checked against broken data.
      const original = readEvent(options.original.sources.deck, options.original.sources.talks);
      issues.push(...original.issues);
      if (original.deckFile && original.issues.length === 0) {
        issues.push(
          ...translationIssues(
            { ...read, deckFile },
            { ...original, deckFile: original.deckFile },
            options.otherEditions,
          ),
        );
      }
    }
  }
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
