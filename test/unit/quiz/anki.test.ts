import { describe, expect, it } from 'vitest';
import type { Deck } from '../../../src/model/index.ts';
import { ankiField, ankiGuid, buildAnkiNotes, buildAnkiTsv, collectItems } from '../../../quiz/index.ts';
import { fixtureDeck, fixtureWords } from '../../fixtures/quiz/deck.ts';

const NBSP = '\u00a0';

describe('buildAnkiNotes', () => {
  const notes = buildAnkiNotes(fixtureDeck, fixtureWords);

  it('makes one note per item', () => {
    expect(notes).toHaveLength(collectItems(fixtureDeck).length);
  });

  it('asks in French and answers with the release, tagged by release, project and talk', () => {
    expect(notes[0]).toEqual({
      guid: 'summit-recap:fixture:octavia-lbaas-merge',
      front: `Pour quelle release Octavia prévoit-il «${NBSP}Merge de l'API v2 Neutron LBaaS dans Octavia${NBSP}»${NBSP}?`,
      back: 'Pike',
      tags: ['release::pike', 'project::octavia', 'talk::octavia-update'],
    });
    expect(notes.find((note) => note.front.includes('FWaaS v1 disponible'))).toEqual({
      guid: 'summit-recap:fixture:fwaas-v1',
      front: `Dans quelle release est-ce arrivé pour FWaaS${NBSP}: «${NBSP}FWaaS v1 disponible${NBSP}»${NBSP}?`,
      back: 'Havana',
      tags: ['release::havana', 'project::fwaas', 'talk::fwaas-v2'],
    });
  });

  it('answers with the date when history has no release, and names the backlog', () => {
    expect(notes.find((note) => note.front.includes('Tokyo'))).toEqual({
      guid: 'summit-recap:fixture:fwaas-reboot',
      front: `Quand est-ce arrivé pour FWaaS${NBSP}: «${NBSP}Redémarrage du projet au summit de Tokyo${NBSP}»${NBSP}?`,
      back: 'octobre 2015',
      tags: ['project::fwaas', 'talk::fwaas-v2'],
    });
    expect(notes.find((note) => note.front.includes('Boot From Volume'))).toMatchObject({
      back: 'Backlog',
      tags: ['release::backlog', 'project::cinder', 'talk::cinder-beyond'],
    });
  });
});

describe('the notes’ GUIDs', () => {
  it('are made of the event and the item id, one per note', () => {
    const notes = buildAnkiNotes(fixtureDeck, fixtureWords);
    expect(notes.map((note) => note.guid)).toEqual(
      collectItems(fixtureDeck).map((item) => `summit-recap:fixture:${item.id}`),
    );
    expect(new Set(notes.map((note) => note.guid)).size).toBe(notes.length);
    expect(ankiGuid({ slug: 'boston-2017' }, 'octavia-active-active-ha')).toBe(
      'summit-recap:boston-2017:octavia-active-active-ha',
    );
  });

  it('are the same in two exports', () => {
    expect(buildAnkiTsv(fixtureDeck, fixtureWords)).toBe(buildAnkiTsv(structuredClone(fixtureDeck), fixtureWords));
    const guids = (tsv: string) =>
      tsv
        .split('\n')
        .slice(6, -1)
        .map((line) => line.split('\t')[3]);
    expect(guids(buildAnkiTsv(fixtureDeck, fixtureWords))).toEqual(
      buildAnkiNotes(fixtureDeck, fixtureWords).map((note) => note.guid),
    );
  });

  it('stay when an item is reworded, moved to another release or given another project name', () => {
    const reworded: Deck = structuredClone(fixtureDeck);
    const item = reworded.talks[0].roadmap![0];
    item.text = 'Fusion de l’API LBaaS v2 dans Octavia';
    item.release = 'queens';
    reworded.projects[0].name = 'Octavia (LBaaS)';
    const before = buildAnkiNotes(fixtureDeck, fixtureWords);
    const after = buildAnkiNotes(reworded, fixtureWords);
    expect(after[0].front).not.toBe(before[0].front);
    expect(after[0].back).not.toBe(before[0].back);
    expect(after.map((note) => note.guid)).toEqual(before.map((note) => note.guid));
  });

  it('differ from one event to another for the same item id', () => {
    const other = { ...fixtureDeck, slug: 'another-summit' };
    expect(buildAnkiNotes(other, fixtureWords)[0].guid).toBe('summit-recap:another-summit:octavia-lbaas-merge');
  });
});

describe('ankiField', () => {
  it('keeps plain text as it is', () => {
    expect(ankiField('Pike')).toBe('Pike');
  });

  it('turns tabs and line breaks into spaces', () => {
    expect(ankiField('a\tb\nc\r\nd')).toBe('a b c d');
  });

  it('quotes a field holding double quotes, doubling them, and one starting with #', () => {
    expect(ankiField('le "flag"')).toBe('"le ""flag"""');
    expect(ankiField('#1 du backlog')).toBe('"#1 du backlog"');
  });
});

describe('buildAnkiTsv', () => {
  const tsv = buildAnkiTsv(fixtureDeck, fixtureWords);
  const lines = tsv.split('\n');

  it('starts with the headers Anki reads: the note type, the deck, the tags’ and the GUIDs’ columns', () => {
    expect(lines.slice(0, 6)).toEqual([
      '#separator:tab',
      '#html:false',
      '#notetype:Basic',
      '#deck:Summit de test',
      '#tags column:3',
      '#guid column:4',
    ]);
  });

  it('writes one line of four tab-separated columns per item, ending with a newline', () => {
    const notes = lines.slice(6, -1);
    expect(notes).toHaveLength(collectItems(fixtureDeck).length);
    expect(notes.every((line) => line.split('\t').length === 4)).toBe(true);
    expect(tsv.endsWith('\n')).toBe(true);
    const cinder = notes.find((line) => line.includes('cinder image backend driver'));
    expect(cinder).toMatch(
      new RegExp(
        `^"Pour quelle release Cinder prévoit-il «${NBSP}Notion de ""cinder image backend driver"" dans Nova${NBSP}»${NBSP}\\?"\tBacklog\trelease::backlog project::cinder talk::cinder-beyond\tsummit-recap:fixture:[a-z0-9-]+$`,
      ),
    );
  });

  it('keeps tabs and line breaks in the data from breaking lines', () => {
    const messy: Deck = structuredClone(fixtureDeck);
    messy.talks[0].roadmap![0].text = 'Merge\tde\nl’API';
    const messyLines = buildAnkiTsv(messy, fixtureWords).split('\n').slice(6, -1);
    expect(messyLines).toHaveLength(collectItems(fixtureDeck).length);
    expect(messyLines[0].split('\t')[0]).toContain('Merge de l’API');
  });
});
