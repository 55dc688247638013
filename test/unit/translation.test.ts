/**
 * A translation is checked against its original: one fixture pair per kind of mismatch under
 * test/fixtures/translations/<case>/ (the original mini-summit and its French edition mini-summit-fr, which differs
 * from a faithful translation by one defect), each with its exact place and message. And the real English
 * edition of the Boston recap passes.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { editionHref, editionPath } from '../../src/model/addresses.ts';
import { deckFingerprint, loadDeck, recapOf, resolveEvent } from '../../src/model/fs.ts';
import { DeckDataError, formatIssue, vocabularyOf, type Deck } from '../../src/model/index.ts';
import { questionIds } from '../../quiz/index.ts';
import { planRoomQuiz } from '../../quiz/room-plan.ts';

const root = process.cwd();
const PAIRS = 'test/fixtures/translations';

function load(pair: string, event?: string): Deck {
  return loadDeck(root, path.resolve(PAIRS, pair), event);
}

/** The problems the French edition of a pair has, as the commands print them. */
function problems(pair: string): string[] {
  try {
    load(pair, 'mini-summit-fr');
  } catch (error) {
    if (error instanceof DeckDataError) return error.issues.map(formatIssue);
    throw error;
  }
  throw new Error(`${pair}: the translation loaded`);
}

const dir = (pair: string) => `${PAIRS}/${pair}`;

/** Each pair, and exactly what it reports. */
const cases: Record<string, string[]> = {
  'missing-talk': [
    `${dir('missing-talk')}/mini-summit-fr/deck.yaml:16:3 talks: talk "gadget-evening" of ${dir('missing-talk')}/mini-summit/deck.yaml:16:5 is missing: a translation keeps every one`,
  ],
  'talk-order': [
    `${dir('talk-order')}/mini-summit-fr/deck.yaml:16:5 talks[0]: talk "gadget-evening" comes 1st here but 2nd in ${dir('talk-order')}/mini-summit/deck.yaml:16:5: a translation keeps the original's order`,
  ],
  'extra-item': [
    `${dir('extra-item')}/mini-summit-fr/widget-update.yaml:23:11 roadmap[3].id: item "widget-docs" is not in the roadmap of ${dir('extra-item')}/mini-summit/widget-update.yaml`,
  ],
  'missing-item': [
    `${dir('missing-item')}/mini-summit-fr/widget-update.yaml:20:3 roadmap: item "widget-ui" of ${dir('missing-item')}/mini-summit/widget-update.yaml:21:11 is missing from the roadmap: a translation keeps every item`,
  ],
  'other-release': [
    `${dir('other-release')}/mini-summit-fr/widget-update.yaml:20:58 roadmap[0].release: item "widget-ha" is in release "charlie" where the original's is in "bravo" (${dir('other-release')}/mini-summit/widget-update.yaml:20:56)`,
  ],
  'other-project': [
    `${dir('other-project')}/mini-summit-fr/widget-update.yaml:18:71 history[0].project: item "widget-born" is in project "gadget" where the original's is in "widget" (${dir('other-project')}/mini-summit/widget-update.yaml:18:69)`,
  ],
  details: [
    `${dir('details')}/mini-summit-fr/widget-update.yaml:15:3 details: 2 detail slides where ${dir('details')}/mini-summit/widget-update.yaml has 1: a translation has the same slides`,
  ],
  'same-language': [
    `${dir('same-language')}/mini-summit-fr/deck.yaml:6:11 language: "en" is the language of the original (${dir('same-language')}/mini-summit/deck.yaml:6:11): a translation is in another language`,
  ],
  'unknown-original': [
    `${dir('unknown-original')}/mini-summit-fr/deck.yaml:7:16 translationOf: no event "mini-sumit" in ${dir('unknown-original')}: found mini-summit, mini-summit-fr`,
  ],
};

describe('a translation checked against its original', () => {
  it('has a fixture pair for every case, and a case for every pair', () => {
    const pairs = readdirSync(PAIRS, { withFileTypes: true }).filter((entry) => entry.isDirectory());
    expect(pairs.map((entry) => entry.name).sort()).toEqual([...Object.keys(cases), 'good'].sort());
  });

  it.each(Object.entries(cases))('%s: reports its place and what the original has', (pair, expected) => {
    expect(problems(pair)).toEqual(expected);
  });

  it('passes a faithful translation, and says which editions the recap has and where the site puts them', () => {
    const french = load('good', 'mini-summit-fr');
    expect(french.translationOf).toBe('mini-summit');
    // Each names its language in every language of the recap: the pages' language switch shows these names.
    const editions = [
      { slug: 'mini-summit', language: 'en', path: '', names: { en: 'English', fr: 'Anglais' } },
      { slug: 'mini-summit-fr', language: 'fr', path: 'fr/', names: { en: 'French', fr: 'Français' } },
    ];
    expect(french.editions).toEqual(editions);
    expect(load('good', 'mini-summit').editions).toEqual(editions);
    // A deck alone lists no editions.
    expect(loadDeck(root, path.resolve('test/fixtures/slides')).editions).toBeUndefined();
  });

  it('builds the original when DECK names none: a translation goes with its original', () => {
    const slides = path.resolve(PAIRS, 'good');
    expect(resolveEvent(root, slides, undefined)).toBe('mini-summit');
    expect(recapOf(slides, 'mini-summit-fr')).toEqual(recapOf(slides, 'mini-summit'));
    // One fingerprint for the recap, whichever edition is asked for.
    expect(deckFingerprint(slides, 'mini-summit-fr')).toBe(deckFingerprint(slides, 'mini-summit'));
  });
});

describe('edition addresses', () => {
  it('puts the original at the root and each translation under its language', () => {
    expect(editionPath({ language: 'fr' })).toBe('');
    expect(editionPath({ language: 'en-GB', translationOf: 'boston-2017' })).toBe('en-gb/');
  });

  it('links one edition’s page to the other’s, relative to where each is', () => {
    const original = { path: '' };
    const english = { path: 'en/' };
    expect(editionHref(original, english, 'deck')).toBe('./en/index.html');
    expect(editionHref(english, original, 'study')).toBe('../study.html');
    expect(editionHref(english, { path: 'de/' }, 'deck')).toBe('../de/index.html');
  });
});

describe('the English edition of the Boston recap', () => {
  const slides = path.resolve('slides');
  const french = loadDeck(root, slides, 'boston-2017');
  const english = loadDeck(root, slides, 'boston-2017-en');

  it('is a checked translation of the French recap, in English', () => {
    expect(english.translationOf).toBe('boston-2017');
    expect(english.language).toBe('en');
    expect(english.talks.map((talk) => talk.id)).toEqual(french.talks.map((talk) => talk.id));
    const facts = (deck: Deck) =>
      vocabularyOf(deck).items.map(({ id, release, project, talk, source }) => ({
        id,
        release,
        project,
        talk,
        source,
      }));
    expect(facts(english)).toEqual(facts(french));
  });

  it('keeps names and numbers as they are', () => {
    expect(english.releases).toEqual(
      french.releases.map((release, index) => ({ ...release, note: english.releases[index].note })),
    );
    expect(english.projects).toEqual(french.projects);
    const figures = (deck: Deck) =>
      deck.talks
        .flatMap((talk) => [...(talk.figures ?? []), ...(talk.details ?? []).flatMap((detail) => detail.figures ?? [])])
        .map((figure) => figure.value);
    expect(figures(english)).toEqual(figures(french));
  });

  it('asks the same questions and the same room quiz as the French recap', () => {
    expect(questionIds(english)).toEqual(questionIds(french));
    const ids = (deck: Deck) => {
      const quiz = planRoomQuiz(deck);
      return [...quiz.talks.flatMap((talk) => talk.questions), ...quiz.final].map((asked) => asked.question.id);
    };
    expect(ids(english)).toEqual(ids(french));
  });

  it('fits on its slides as the French one does, and keeps every item’s short text and aliases', () => {
    for (const talk of english.talks) {
      expect(talk.notes, talk.id).toBeTruthy();
      for (const slide of [talk, ...(talk.details ?? [])]) {
        for (const point of slide.points ?? []) expect(point.length, point).toBeLessThanOrEqual(110);
        expect(slide.lead?.length ?? 0, slide.lead).toBeLessThanOrEqual(160);
      }
      for (const detail of talk.details ?? []) expect(detail.title.length, detail.title).toBeLessThanOrEqual(60);
      for (const item of talk.roadmap ?? []) {
        expect(item.text.length, item.id).toBeLessThanOrEqual(100);
        expect(item.aliases?.length, item.id).toBeGreaterThanOrEqual(1);
        expect(item.aliases?.length, item.id).toBeLessThanOrEqual(3);
        for (const alias of item.aliases ?? []) expect(alias.length, alias).toBeLessThanOrEqual(40);
      }
    }
  });
});
