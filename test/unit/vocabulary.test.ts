/** The deck's one vocabulary: names, roles, talks and items by id, on the mini-summit fixture. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDeck } from '../../src/model/fs.ts';
import { BACKLOG, BACKLOG_NAME, vocabularyOf } from '../../src/model/index.ts';

const deck = loadDeck(process.cwd(), path.resolve('test/fixtures/slides'), 'mini-summit');
const vocabulary = vocabularyOf(deck);

describe('releases', () => {
  it('lists the deck’s releases in order, then the backlog', () => {
    expect(vocabulary.releases).toEqual([
      { id: 'alpha', name: 'Alpha', role: 'past' },
      { id: 'bravo', name: 'Bravo', role: 'ahead' },
      { id: 'charlie', name: 'Charlie', role: 'ahead' },
      { id: BACKLOG, name: 'Backlog', role: 'backlog' },
    ]);
  });

  it('names a release, the backlog in the deck’s language, an unknown id as itself', () => {
    expect(vocabulary.releaseName('bravo')).toBe('Bravo');
    expect(vocabulary.releaseName(BACKLOG)).toBe('Backlog');
    expect(vocabulary.releaseName('zulu')).toBe('zulu');
  });

  it('gives the backlog the role backlog, and no role to an id the deck does not list', () => {
    expect(vocabulary.releaseRole('alpha')).toBe('past');
    expect(vocabulary.releaseRole('charlie')).toBe('ahead');
    expect(vocabulary.releaseRole(BACKLOG)).toBe('backlog');
    expect(vocabulary.releaseRole('zulu')).toBeUndefined();
  });

  it('ranks releases in deck order, the backlog last', () => {
    expect(['alpha', 'bravo', 'charlie', BACKLOG, 'zulu'].map((id) => vocabulary.releaseRank(id))).toEqual([
      0, 1, 2, 3, -1,
    ]);
  });

  it('names the backlog as a release, the same in every language', () => {
    expect(BACKLOG_NAME).toBe('Backlog');
    for (const language of ['fr', 'en-GB', 'de']) {
      expect(vocabularyOf({ ...deck, language }).releaseName(BACKLOG)).toBe(BACKLOG_NAME);
    }
  });
});

describe('projects and talks', () => {
  const withShort = vocabularyOf({
    ...deck,
    projects: [{ id: 'gadget', name: 'Gadget Server', short: 'Gadget' }, ...deck.projects.slice(0, 1)],
  });

  it('names a project, and gives its short name where there is one', () => {
    expect(withShort.projectName('gadget')).toBe('Gadget Server');
    expect(withShort.projectShort('gadget')).toBe('Gadget');
    expect(withShort.projectShort('widget')).toBe('Widget');
    expect(withShort.projectName('nope')).toBe('nope');
  });

  it('finds a talk and its title by id', () => {
    expect(vocabulary.talk('gadget-evening')?.kind).toBe('evening');
    expect(vocabulary.talkTitle('widget-update')).toBe('Widget update');
    expect(vocabulary.talk('nope')).toBeUndefined();
  });
});

describe('items', () => {
  it('finds an item by id, with its source and its talk', () => {
    expect(vocabulary.item('widget-ha')).toEqual({
      id: 'widget-ha',
      text: 'High availability',
      release: 'bravo',
      project: 'widget',
      aliases: ['HA'],
      source: 'roadmap',
      talk: 'widget-update',
    });
    expect(vocabulary.item('widget-born')).toMatchObject({ source: 'history', talk: 'widget-update' });
    expect(vocabulary.item('nope')).toBeUndefined();
  });

  it('lists a talk’s history, then its roadmap, in the talk’s order; none for a talk without', () => {
    expect(vocabulary.itemsOf('widget-update').map((item) => item.id)).toEqual([
      'widget-born',
      'widget-ha',
      'widget-ui',
      'widget-someday',
    ]);
    expect(vocabulary.itemsOf('gadget-evening')).toEqual([]);
    expect(vocabulary.items.map((item) => item.id)).toEqual(vocabulary.itemsOf('widget-update').map((item) => item.id));
  });
});

it('is built once per deck object', () => {
  expect(vocabularyOf(deck)).toBe(vocabulary);
  expect(vocabularyOf({ ...deck })).not.toBe(vocabulary);
});
