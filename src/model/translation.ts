/**
 * A translation checked against its original: the same releases and projects, the same talks in the same order
 * with as many detail slides, and the same history and roadmap items (ids) in each talk, each with the same
 * release and project. The texts are the translator's. Every difference is a DataIssue placed in the
 * translation's files, saying where the original has it. Pure.
 */
import type { DataIssue } from './errors.ts';
import type { DeckFile, TalkFile } from './schema.ts';
import type { PathKey, YamlSource } from './yaml-source.ts';

/** An event as read and validated, file by file (parse.ts). */
export interface ReadEvent {
  deckYaml: YamlSource;
  deckFile?: DeckFile;
  talks: { source: YamlSource; talk: TalkFile }[];
}

/** Another edition of the same recap: its folder and language. */
export interface OtherEdition {
  slug: string;
  language: string;
}

const ITEM_LISTS = ['history', 'roadmap'] as const;
type ItemList = (typeof ITEM_LISTS)[number];

/** The ordinal an author reads: 1st, 2nd, 3rd, 4th… */
function ordinal(position: number): string {
  const n = position + 1;
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** A list of ids in an event's files: where it is, and the ids in order. */
interface IdList {
  source: YamlSource;
  path: readonly PathKey[];
  ids: readonly string[];
  /** Where the id at an index is written: the entry itself, or its `id` field. */
  at: (index: number) => readonly PathKey[];
}

/**
 * One list of ids kept as in the original, in order: an id the original lacks, an id missing here, and the first
 * id out of the original's order are reported (one misplaced id moves the others, which are not reported).
 */
function sameList(kind: string, ours: IdList, theirs: IdList): DataIssue[] {
  const issues: DataIssue[] = [];
  const where = (id: string) => theirs.source.where(theirs.at(theirs.ids.indexOf(id)));
  ours.ids.forEach((id, index) => {
    if (!theirs.ids.includes(id)) {
      issues.push(ours.source.issue(ours.at(index), `${kind} "${id}" is not in ${theirs.source.file}`));
    }
  });
  for (const id of theirs.ids) {
    if (!ours.ids.includes(id)) {
      issues.push(
        ours.source.issue(ours.path, `${kind} "${id}" of ${where(id)} is missing: a translation keeps every one`),
      );
    }
  }
  const shared = ours.ids.filter((id) => theirs.ids.includes(id));
  const expected = theirs.ids.filter((id) => ours.ids.includes(id));
  const first = shared.findIndex((id, index) => id !== expected[index]);
  if (first >= 0) {
    const id = shared[first];
    issues.push(
      ours.source.issue(
        ours.at(ours.ids.indexOf(id)),
        `${kind} "${id}" comes ${ordinal(first)} here but ${ordinal(expected.indexOf(id))} in ${where(id)}: a translation keeps the original's order`,
      ),
    );
  }
  return issues;
}

/** The issues of a translation against its original (both read without problems of their own). */
export function translationIssues(
  ours: ReadEvent & { deckFile: DeckFile },
  theirs: ReadEvent & { deckFile: DeckFile },
  others: readonly OtherEdition[] = [],
): DataIssue[] {
  const issues: DataIssue[] = [];
  const deckYaml = ours.deckYaml;
  const original = theirs.deckFile;
  if (original.translationOf !== undefined) {
    issues.push(
      deckYaml.issue(
        ['translationOf'],
        `${ours.deckFile.translationOf} is itself a translation (of ${original.translationOf}): name the original`,
      ),
    );
    return issues;
  }
  if (ours.deckFile.language.toLowerCase() === original.language.toLowerCase()) {
    issues.push(
      deckYaml.issue(
        ['language'],
        `"${ours.deckFile.language}" is the language of the original (${theirs.deckYaml.where(['language'])}): a translation is in another language`,
      ),
    );
  }
  const twin = others.find((other) => other.language.toLowerCase() === ours.deckFile.language.toLowerCase());
  if (twin) {
    issues.push(
      deckYaml.issue(
        ['language'],
        `${twin.slug} translates ${ours.deckFile.translationOf} into "${twin.language}" too: the site holds one edition per language`,
      ),
    );
  }

  const list = (event: ReadEvent & { deckFile: DeckFile }, field: 'releases' | 'projects' | 'talks'): IdList =>
    field === 'talks'
      ? { source: event.deckYaml, path: [field], ids: event.deckFile.talks, at: (index) => [field, index] }
      : {
          source: event.deckYaml,
          path: [field],
          ids: event.deckFile[field].map((entry) => entry.id),
          at: (index) => [field, index, 'id'],
        };
  issues.push(
    ...sameList('release', list(ours, 'releases'), list(theirs, 'releases')),
    ...sameList('project', list(ours, 'projects'), list(theirs, 'projects')),
    ...sameList('talk', list(ours, 'talks'), list(theirs, 'talks')),
  );
  original.releases.forEach((release) => {
    const index = ours.deckFile.releases.findIndex((candidate) => candidate.id === release.id);
    if (index >= 0 && ours.deckFile.releases[index].role !== release.role) {
      issues.push(
        deckYaml.issue(
          ['releases', index, 'role'],
          `release "${release.id}" is "${release.role}" in ${theirs.deckYaml.where(['releases', original.releases.indexOf(release), 'role'])}`,
        ),
      );
    }
  });

  // Where each of the original's items is: its talk's file, its list and its position.
  const originalItems = new Map<string, { source: YamlSource; list: ItemList; index: number; talk: string }>();
  for (const { source, talk } of theirs.talks) {
    for (const list of ITEM_LISTS) {
      talk[list]?.forEach((item, index) => originalItems.set(item.id, { source, list, index, talk: talk.id }));
    }
  }
  const originalTalks = new Map(theirs.talks.map((entry) => [entry.talk.id, entry]));
  for (const { source, talk } of ours.talks) {
    const match = originalTalks.get(talk.id);
    if (!match) continue;
    const details = talk.details?.length ?? 0;
    const originalDetails = match.talk.details?.length ?? 0;
    if (details !== originalDetails) {
      issues.push(
        source.issue(
          talk.details ? ['details'] : ['id'],
          `${details} detail slides where ${match.source.file} has ${originalDetails}: a translation has the same slides`,
        ),
      );
    }
    for (const list of ITEM_LISTS) {
      const items = talk[list] ?? [];
      items.forEach((item, index) => {
        const there = originalItems.get(item.id);
        if (!there || there.talk !== talk.id || there.list !== list) {
          const elsewhere = there
            ? `: the original has it in ${there.source.where([there.list, there.index, 'id'])}`
            : '';
          issues.push(
            source.issue(
              [list, index, 'id'],
              `item "${item.id}" is not in the ${list} of ${match.source.file}${elsewhere}`,
            ),
          );
          return;
        }
        const originalItem = match.talk[list]![there.index];
        for (const field of ['release', 'project'] as const) {
          const mine = item[field];
          const theirsValue = originalItem[field];
          if (mine === theirsValue) continue;
          const place = there.source.where([
            list,
            there.index,
            mine === undefined || theirsValue === undefined ? 'id' : field,
          ]);
          issues.push(
            source.issue(
              [list, index, mine === undefined ? 'id' : field],
              mine === undefined
                ? `item "${item.id}" has no ${field} where the original's has "${theirsValue}" (${place})`
                : theirsValue === undefined
                  ? `item "${item.id}" has ${field} "${mine}" where the original's has none (${place})`
                  : `item "${item.id}" is in ${field} "${mine}" where the original's is in "${theirsValue}" (${place})`,
            ),
          );
        }
      });
      match.talk[list]?.forEach((originalItem, index) => {
        if (items.some((item) => item.id === originalItem.id)) return;
        issues.push(
          source.issue(
            talk[list] ? [list] : ['id'],
            `item "${originalItem.id}" of ${match.source.where([list, index, 'id'])} is missing from the ${list}: a translation keeps every item`,
          ),
        );
      });
    }
  }
  return issues;
}
