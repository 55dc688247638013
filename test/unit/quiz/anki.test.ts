import { describe, expect, it } from 'vitest';
import type { Deck } from '../../../src/model/index.ts';
import { ankiField, buildAnkiNotes, buildAnkiTsv, collectItems } from '../../../quiz/index.ts';
import { fixtureDeck } from '../../fixtures/quiz/deck.ts';

const NBSP = '\u00a0';

describe('buildAnkiNotes', () => {
  const notes = buildAnkiNotes(fixtureDeck);

  it('makes one note per item', () => {
    expect(notes).toHaveLength(collectItems(fixtureDeck).length);
  });

  it('asks in French and answers with the release, tagged by release, project and talk', () => {
    expect(notes[0]).toEqual({
      front: `Pour quelle release Octavia prévoit-il «${NBSP}Merge de l'API v2 Neutron LBaaS dans Octavia${NBSP}»${NBSP}?`,
      back: 'Pike',
      tags: ['release::pike', 'project::octavia', 'talk::octavia-update'],
    });
    expect(notes.find((note) => note.front.includes('FWaaS v1 disponible'))).toEqual({
      front: `Dans quelle release est-ce arrivé pour FWaaS${NBSP}: «${NBSP}FWaaS v1 disponible${NBSP}»${NBSP}?`,
      back: 'Havana',
      tags: ['release::havana', 'project::fwaas', 'talk::fwaas-v2'],
    });
  });

  it('answers with the date when history has no release, and names the backlog', () => {
    expect(notes.find((note) => note.front.includes('Tokyo'))).toEqual({
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
  const tsv = buildAnkiTsv(fixtureDeck);
  const lines = tsv.split('\n');

  it('starts with the headers Anki reads', () => {
    expect(lines.slice(0, 4)).toEqual(['#separator:tab', '#html:false', '#tags column:3', '#deck:Summit de test']);
  });

  it('writes one line of three tab-separated columns per item, ending with a newline', () => {
    const notes = lines.slice(4, -1);
    expect(notes).toHaveLength(collectItems(fixtureDeck).length);
    expect(notes.every((line) => line.split('\t').length === 3)).toBe(true);
    expect(tsv.endsWith('\n')).toBe(true);
    expect(notes).toContain(
      `"Pour quelle release Cinder prévoit-il «${NBSP}Notion de ""cinder image backend driver"" dans Nova${NBSP}»${NBSP}?"\tBacklog\trelease::backlog project::cinder talk::cinder-beyond`,
    );
  });

  it('keeps tabs and line breaks in the data from breaking lines', () => {
    const messy: Deck = structuredClone(fixtureDeck);
    messy.talks[0].roadmap![0].text = 'Merge\tde\nl’API';
    const messyLines = buildAnkiTsv(messy).split('\n').slice(4, -1);
    expect(messyLines).toHaveLength(collectItems(fixtureDeck).length);
    expect(messyLines[0].split('\t')[0]).toContain('Merge de l’API');
  });
});
