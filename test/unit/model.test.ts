/**
 * The content model on bad data: every defect gets a clear, placed error, never a broken or
 * silently partial deck. One fixture folder per defect under test/fixtures/bad/, each a copy of
 * test/fixtures/slides/mini-summit with one thing changed.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listEvents, loadDeck } from '../../src/model/fs.ts';
import { DeckDataError, formatPath, parseDeck, type DataIssue } from '../../src/model/index.ts';

const BAD = path.resolve('test/fixtures/bad');
const root = process.cwd();

/** The DeckDataError that loading a bad event throws (fails the test when it loads). */
function errorOf(event: string): DeckDataError {
  try {
    const deck = loadDeck(root, BAD, event);
    throw new Error(`${event} loaded as a deck of ${deck.talks.length} talks; expected a DeckDataError`);
  } catch (error) {
    if (error instanceof DeckDataError) return error;
    throw error;
  }
}

interface Expected {
  /** File name inside the case folder. */
  file: string;
  line: number;
  column: number;
  path: string;
  message: string | RegExp;
}

const at = (file: string, line: number, column: number, path: string, message: string | RegExp): Expected => ({
  file,
  line,
  column,
  path,
  message,
});

/** Every case, with every issue it must report, in the order reported (file, then line). */
const cases: Record<string, Expected[]> = {
  'yaml-syntax': [
    at('widget-update.yaml', 2, 8, '', 'YAML syntax error: Nested mappings are not allowed in compact mappings'),
  ],
  'missing-field': [at('widget-update.yaml', 1, 1, 'title', 'the field "title" is required')],
  'wrong-type': [at('widget-update.yaml', 4, 11, 'speakers', 'expected a list, got the text "Ada Example"')],
  'unknown-release': [
    at(
      'widget-update.yaml',
      20,
      56,
      'roadmap[0].release',
      /^unknown release "bravoo"; test\/fixtures\/bad\/unknown-release\/deck\.yaml lists alpha, bravo, charlie, backlog$/,
    ),
  ],
  'unknown-project': [
    at(
      'widget-update.yaml',
      6,
      12,
      'projects[0]',
      /^unknown project "widgett"; test\/fixtures\/bad\/unknown-project\/deck\.yaml lists widget, gadget$/,
    ),
  ],
  'duplicate-talk-id': [
    at(
      'widget-update2.yaml',
      1,
      5,
      'id',
      'talk id "widget-update" is already used by test/fixtures/bad/duplicate-talk-id/widget-update.yaml',
    ),
  ],
  'duplicate-item-id': [
    at(
      'widget-update.yaml',
      20,
      11,
      'roadmap[0].id',
      'item id "widget-ha" is already used in test/fixtures/bad/duplicate-item-id/gadget-evening.yaml',
    ),
  ],
  'talk-without-file': [
    at(
      'deck.yaml',
      17,
      5,
      'talks[2]',
      'talk "gizmo-talk" has no file: add gizmo-talk.yaml beside test/fixtures/bad/talk-without-file/deck.yaml',
    ),
  ],
  'unlisted-talk-file': [
    at(
      'gizmo-talk.yaml',
      1,
      5,
      'id',
      'talk "gizmo-talk" is not listed under talks in test/fixtures/bad/unlisted-talk-file/deck.yaml',
    ),
  ],
  // `tittle` for `title`: both the typo and the field it leaves out are reported.
  // The unknown field is placed on its key, line 2 column 1 (see YamlSource.keyIssue in parse.ts).
  'unknown-field': [
    at('widget-update.yaml', 1, 1, 'title', 'the field "title" is required'),
    at('widget-update.yaml', 2, 1, 'tittle', 'unknown field "tittle"'),
  ],
  'invalid-enum': [
    at('widget-update.yaml', 3, 7, 'kind', 'must be one of conference, forum, evening, got the text "talk"'),
  ],
  'empty-talks': [at('deck.yaml', 14, 8, 'talks', 'must list at least one talk')],
  'empty-deck-file': [at('deck.yaml', 1, 1, '', 'the file is empty')],
  'history-without-release': [at('widget-update.yaml', 18, 5, 'history[0]', 'needs a release or a when')],
  'bad-url': [at('gadget-evening.yaml', 6, 32, 'links[0].url', 'must be an http(s) URL')],
  // "Billion laughs": nine levels of aliases, each nine times the last, stopped at the first alias.
  'alias-bomb': [
    at('gadget-evening.yaml', 6, 8, '', 'its aliases (*name) expand past the limit of 100 alias uses a file may make'),
  ],
  // A link that would run script when clicked.
  'script-url': [at('gadget-evening.yaml', 6, 32, 'links[0].url', 'must be an http(s) URL')],
  'reserved-release-id': [
    at(
      'deck.yaml',
      11,
      11,
      'releases[3].id',
      'the release id "backlog" is reserved for roadmap items with no release: choose another id',
    ),
  ],
  'duplicate-release-name': [
    at('deck.yaml', 11, 24, 'releases[3].name', 'release name "Bravo" is already used by release "bravo"'),
  ],
  'duplicate-project-name': [
    at('deck.yaml', 14, 24, 'projects[2].name', 'project name "Widget" is already used by project "widget"'),
  ],
  // A talk id that takes the address (#/id) of another slide: the deep link would open the wrong one.
  'talk-id-agenda': [
    at('agenda.yaml', 1, 5, 'id', 'talk id "agenda" is the address of the agenda slide (#/agenda): choose another id'),
  ],
  'talk-id-detail-slide': [
    at(
      'widget-update-2.yaml',
      1,
      5,
      'id',
      'talk id "widget-update-2" is the address of the detail slide 1 of talk "widget-update" (#/widget-update-2): choose another id',
    ),
  ],
  'talk-id-roadmap-slide': [
    at(
      'widget-update-roadmap.yaml',
      1,
      5,
      'id',
      'talk id "widget-update-roadmap" is the address of the roadmap slide of talk "widget-update" (#/widget-update-roadmap): choose another id',
    ),
  ],
  'talk-id-matrix-page': [
    at(
      'roadmap-matrix-2.yaml',
      1,
      5,
      'id',
      'talk id "roadmap-matrix-2" is the address of page 2 of the roadmap matrix (#/roadmap-matrix-2): choose another id',
    ),
  ],
  'talk-id-final-quiz': [
    at(
      'quiz-final-bravo.yaml',
      1,
      5,
      'id',
      'talk id "quiz-final-bravo" is the address of the final quiz’s question on release "bravo" (#/quiz-final-bravo): choose another id',
    ),
  ],
  'talk-detail-handout-page': [
    at(
      'handout-answers.yaml',
      1,
      5,
      'id',
      'talk id "handout-answers" would give its detail slide 1 the address #/handout-answers-2, which is that of page 2 of the handout’s answer key: choose another id',
    ),
  ],
};

/** Messages are sentences for authors: no zod codes, no JSON, no stack. */
function expectPlainWords(message: string) {
  expect(message).not.toMatch(/invalid_|unrecognized_keys|too_small|custom|\[object|undefined|{|}|\n/);
  expect(message.length).toBeGreaterThan(10);
}

describe('bad events', () => {
  it('has a fixture folder for every case and a case for every fixture folder', () => {
    expect(listEvents(BAD)).toEqual([...Object.keys(cases), 'empty-file', 'several-problems'].sort());
  });

  it.each(Object.entries(cases))('%s: reports exactly the expected issues', (event, expected) => {
    const error = errorOf(event);
    expect(error.issues).toHaveLength(expected.length);
    expected.forEach((want, index) => {
      const issue = error.issues[index];
      expect({ file: issue.file, line: issue.line, column: issue.column, path: issue.path }).toEqual({
        file: `test/fixtures/bad/${event}/${want.file}`,
        line: want.line,
        column: want.column,
        path: want.path,
      });
      if (typeof want.message === 'string') expect(issue.message).toBe(want.message);
      else expect(issue.message).toMatch(want.message);
      expectPlainWords(issue.message);
    });
  });

  it('empty-file: says the talk file is empty', () => {
    expect(errorOf('empty-file').issues).toContainEqual({
      file: 'test/fixtures/bad/empty-file/gadget-evening.yaml',
      line: 1,
      column: 1,
      path: '',
      message: 'the file is empty',
    });
  });

  // An empty talk file has no `id`: the talk deck.yaml lists must not also be reported as missing.
  it('empty-file: does not also claim that the empty file is missing', () => {
    expect(errorOf('empty-file').issues.map((issue) => issue.message)).toEqual(['the file is empty']);
  });

  it('reports every problem of an event, across files, not only the first', () => {
    const error = errorOf('several-problems');
    const dir = 'test/fixtures/bad/several-problems';
    expect(error.issues).toEqual<DataIssue[]>([
      {
        file: `${dir}/deck.yaml`,
        line: 17,
        column: 5,
        path: 'talks[2]',
        message: `talk "gizmo-talk" has no file: add gizmo-talk.yaml beside ${dir}/deck.yaml`,
      },
      {
        file: `${dir}/gadget-evening.yaml`,
        line: 6,
        column: 48,
        path: 'roadmap[0].release',
        message: `unknown release "bravoo"; ${dir}/deck.yaml lists alpha, bravo, charlie, backlog`,
      },
      {
        file: `${dir}/widget-update.yaml`,
        line: 3,
        column: 7,
        path: 'kind',
        message: 'must be one of conference, forum, evening, got the text "talk"',
      },
    ]);
  });

  it('lists every problem in error.message as file:line:col path: message', () => {
    const dir = 'test/fixtures/bad/several-problems';
    expect(errorOf('several-problems').message).toBe(
      [
        'The slides data has 3 problems:',
        `  ${dir}/deck.yaml:17:5 talks[2]: talk "gizmo-talk" has no file: add gizmo-talk.yaml beside ${dir}/deck.yaml`,
        `  ${dir}/gadget-evening.yaml:6:48 roadmap[0].release: unknown release "bravoo"; ${dir}/deck.yaml lists alpha, bravo, charlie, backlog`,
        `  ${dir}/widget-update.yaml:3:7 kind: must be one of conference, forum, evening, got the text "talk"`,
      ].join('\n'),
    );
  });

  it('leaves out the path for a whole-file problem', () => {
    expect(errorOf('empty-deck-file').message).toBe(
      'The slides data has 1 problem:\n  test/fixtures/bad/empty-deck-file/deck.yaml:1:1 the file is empty',
    );
  });
});

describe('good events', () => {
  const good = [path.resolve('slides'), path.resolve('test/fixtures/slides'), path.resolve('test/fixtures/quiz/slides')]
    .flatMap((dir) => listEvents(dir).map((event) => [path.relative(root, path.join(dir, event)), dir, event]))
    .map(([name, dir, event]) => ({ name, dir, event }));

  it('finds the real event and the fixtures', () => {
    expect(good.map((entry) => entry.name)).toEqual(
      expect.arrayContaining(['slides/boston-2017', 'test/fixtures/slides/mini-summit']),
    );
  });

  it.each(good)('$name validates, with every listed talk in deck.yaml order', ({ dir, event }) => {
    const deck = loadDeck(root, dir, event);
    expect(deck.slug).toBe(event);
    const files = readdirSync(path.join(dir, event)).filter((name) => /\.ya?ml$/.test(name) && name !== 'deck.yaml');
    expect(deck.talks).toHaveLength(files.length);
    expect(deck.talks.map((talk) => talk.source).sort()).toEqual(
      files.map((name) => path.relative(root, path.join(dir, event, name))).sort(),
    );
  });

  it('mini-summit parses to plain data, without $schema keys', () => {
    const deck = loadDeck(root, path.resolve('test/fixtures/slides'), 'mini-summit');
    expect(deck.talks.map((talk) => talk.id)).toEqual(['widget-update', 'gadget-evening']);
    expect(deck.talks[0].figures).toEqual([{ value: '42', label: 'contributors' }]);
    expect(JSON.parse(JSON.stringify(deck))).toEqual(deck);
    expect('$schema' in deck).toBe(false);
  });
});

describe('parseDeck', () => {
  const deckText = [
    'event: E',
    'title: T',
    'date: D',
    'author: A',
    'language: en',
    'releases: [{ id: one, name: One, role: ahead }]',
    'projects: [{ id: p, name: P }]',
    'talks: [b, a]',
  ].join('\n');
  const talk = (id: string) => ({ file: `${id}.yaml`, text: `id: ${id}\ntitle: Talk ${id}\nkind: forum\n` });

  it('orders talks as deck.yaml lists them, whatever the file order', () => {
    const deck = parseDeck('e', { file: 'deck.yaml', text: deckText }, [talk('a'), talk('b')]);
    expect(deck.talks.map((t) => [t.id, t.source])).toEqual([
      ['b', 'b.yaml'],
      ['a', 'a.yaml'],
    ]);
  });

  it('reports a key given twice as a YAML error at its line', () => {
    const text = 'id: a\ntitle: A\ntitle: B\nkind: forum\n';
    expect(() => parseDeck('e', { file: 'deck.yaml', text: deckText }, [{ file: 'a.yaml', text }, talk('b')])).toThrow(
      /^The slides data has 1 problem:\n {2}a\.yaml:3:1 YAML syntax error: Map keys must be unique$/,
    );
  });
});

describe('formatPath', () => {
  it.each([
    [[], ''],
    [['title'], 'title'],
    [['talks', 2], 'talks[2]'],
    [['roadmap', 0, 'release'], 'roadmap[0].release'],
    [['details', 1, 'links', 0, 'url'], 'details[1].links[0].url'],
    [[3], '[3]'],
  ] as const)('%j → %s', (input, expected) => {
    expect(formatPath(input)).toBe(expected);
  });
});

describe('DeckDataError', () => {
  const issue: DataIssue = { file: 'slides/e/a.yaml', line: 4, column: 7, path: 'kind', message: 'bad kind' };

  it('is an Error named DeckDataError that keeps its issues', () => {
    const error = new DeckDataError([issue]);
    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(DeckDataError);
    expect(error.name).toBe('DeckDataError');
    expect(error.issues).toEqual([issue]);
    expect(error.message).toBe('The slides data has 1 problem:\n  slides/e/a.yaml:4:7 kind: bad kind');
    expect(String(error)).toMatch(/^DeckDataError: The slides data has 1 problem:/);
  });

  it('counts and lists several issues, one a line', () => {
    const other: DataIssue = { file: 'slides/e/deck.yaml', line: 1, column: 1, path: '', message: 'the file is empty' };
    expect(new DeckDataError([issue, other]).message).toBe(
      'The slides data has 2 problems:\n  slides/e/a.yaml:4:7 kind: bad kind\n  slides/e/deck.yaml:1:1 the file is empty',
    );
  });
});
