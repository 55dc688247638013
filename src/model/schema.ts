/**
 * The content model of a recap: one `deck.yaml` per event and one YAML file per talk.
 * TypeScript types and `slides/*.schema.json` (for editors) are both derived from these schemas.
 */
import { z } from 'zod';
import { webAddress } from './links.ts';

/** Lower-case words joined by hyphens: used in URLs (`#/octavia-update`) and as quiz card keys. */
export const Slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case letters, digits and hyphens (e.g. octavia-update)')
  .describe('Lower-case letters, digits and hyphens.');

const Text = z.string().trim().min(1, 'must not be empty');

import { BACKLOG } from './constants.ts';

export { BACKLOG };

export const ReleaseSchema = z
  .object({
    id: Slug.describe('Used by roadmap and history items (e.g. pike).'),
    name: Text.describe('Shown on slides (e.g. Pike).'),
    role: z.enum(['past', 'ahead']).describe('past: history; ahead: roadmap.'),
    note: Text.optional().describe('A fact about the release itself.'),
  })
  .strict();

export const ProjectSchema = z
  .object({
    id: Slug,
    name: Text.describe('Shown on slides (e.g. OpenStack-Ansible).'),
    short: Text.optional().describe('Short name for tight places (e.g. OSA).'),
  })
  .strict();

export const DeckFileSchema = z
  .object({
    $schema: z.string().optional(),
    event: Text.describe('The event (e.g. OpenStack Summit Boston 2017).'),
    title: Text.describe('Title slide heading.'),
    subtitle: Text.optional(),
    date: Text.describe('When the event took place, as it should read on the title slide.'),
    author: Text.describe('Who wrote the recap.'),
    language: z
      .string()
      .regex(/^[a-z]{2}(?:-[A-Z]{2})?$/, 'must be a language tag such as fr or en-GB')
      .describe('BCP 47 language of the content (e.g. fr).'),
    translationOf: Slug.optional().describe(
      'The event folder this deck translates (e.g. boston-2017). Checked: the same talks in the same order, the ' +
        'same releases and projects, and the same history and roadmap items with the same release and project.',
    ),
    releases: z.array(ReleaseSchema).min(1, 'must list at least one release').describe('In release order.'),
    projects: z.array(ProjectSchema).min(1, 'must list at least one project'),
    talks: z.array(Slug).min(1, 'must list at least one talk').describe('Talk ids, in presentation order.'),
    closing: z.object({ title: Text, text: Text.optional(), notes: Text.optional() }).strict().optional(),
    notes: Text.optional().describe('Speaker notes of the title slide.'),
    quizSlides: z
      .boolean()
      .optional()
      .describe(
        'Quiz slides for the room (after each talk with roadmap items, and a final quiz before the closing slide). ' +
          'Default true; false for a plain presentation. The URL switch ?quiz=off or ?quiz=on overrides it.',
      ),
  })
  .strict();

export const SpeakerSchema = z
  .object({
    name: Text,
    company: Text.optional(),
  })
  .strict();

export const FigureSchema = z
  .object({
    value: z
      .union([z.number(), Text])
      .transform(String)
      .describe('The number as it should read (e.g. 65, ~100, 41–43).'),
    label: Text.describe('What it counts (e.g. contributeurs).'),
  })
  .strict();

export const LinkSchema = z
  .object({
    label: Text,
    url: z
      .string()
      .refine((url) => webAddress(url) !== undefined, 'must be an http(s) URL')
      .meta({ format: 'uri', description: 'An http(s) address.' }),
  })
  .strict();

/** A slide's worth of content. A talk has a main part and optional detail sub-slides. */
const slideContent = {
  lead: Text.optional().describe('One or two sentences under the heading.'),
  points: z.array(Text).optional().describe('Bullet points, revealed one by one.'),
  figures: z.array(FigureSchema).optional().describe('Numbers shown large.'),
  links: z.array(LinkSchema).optional(),
  notes: Text.optional().describe('Speaker notes (key S).'),
};

export const DetailSchema = z
  .object({
    title: Text,
    ...slideContent,
  })
  .strict();

export const RoadmapItemSchema = z
  .object({
    id: Slug.describe('Unique in the deck; a quiz card key.'),
    text: Text.describe('What is planned, as it should read.'),
    release: Slug.describe(`A release id from deck.yaml, or "${BACKLOG}" for an item with no release yet.`),
    project: Slug.describe('A project id from deck.yaml.'),
    aliases: z.array(Text).optional().describe('Other ways to say it, accepted in typed quiz answers.'),
  })
  .strict();

export const HistoryItemSchema = z
  .object({
    id: Slug.describe('Unique in the deck.'),
    text: Text.describe('What happened.'),
    release: Slug.optional().describe('The release in which it happened, from deck.yaml.'),
    when: Text.optional().describe('A date, when no release says it (e.g. octobre 2015).'),
    project: Slug.describe('A project id from deck.yaml.'),
    aliases: z.array(Text).optional(),
  })
  .strict()
  .refine((item) => item.release !== undefined || item.when !== undefined, {
    message: 'needs a release or a when',
  });

export const TalkFileSchema = z
  .object({
    $schema: z.string().optional(),
    id: Slug.describe('Deep link (#/id) and the name listed in deck.yaml.'),
    title: Text,
    kind: z.enum(['conference', 'forum', 'evening']).describe('The kind of session.'),
    speakers: z.array(SpeakerSchema).optional(),
    projects: z.array(Slug).optional().describe('Project ids the talk is about.'),
    ...slideContent,
    details: z.array(DetailSchema).optional().describe('Further slides, each below the talk.'),
    history: z.array(HistoryItemSchema).optional().describe('What happened in earlier releases.'),
    roadmap: z.array(RoadmapItemSchema).optional().describe('What is planned, item by item.'),
  })
  .strict();

export type Release = z.infer<typeof ReleaseSchema>;
export type Project = z.infer<typeof ProjectSchema>;
export type DeckFile = z.infer<typeof DeckFileSchema>;
export type Speaker = z.infer<typeof SpeakerSchema>;
export type Figure = z.infer<typeof FigureSchema>;
export type Link = z.infer<typeof LinkSchema>;
export type Detail = z.infer<typeof DetailSchema>;
export type RoadmapItem = z.infer<typeof RoadmapItemSchema>;
export type HistoryItem = z.infer<typeof HistoryItemSchema>;
export type TalkFile = z.infer<typeof TalkFileSchema>;
/** A talk as read: `source` is the file it came from (for messages at build time; the browser never gets it). */
export type Talk = Omit<TalkFile, '$schema'> & { source?: string };

/** One edition of a recap on the site: the original, or a translation of it. */
export interface Edition {
  /** Its folder under slides/. */
  slug: string;
  language: string;
  /** Where the site puts it, relative to the original's pages: '' for the original, `en/` for its English edition. */
  path: string;
  /**
   * Its language's name in each language of the recap, as a label (`{ en: 'English', fr: 'Anglais' }`): named at
   * build time, as naming a language (Intl.DisplayNames) costs a page tens of milliseconds.
   */
  names: Record<string, string>;
}

/** A whole recap, validated: what the app, the quiz and the CLI receive. Plain JSON. */
export interface Deck {
  /** The folder name under slides/ (e.g. boston-2017). */
  slug: string;
  event: string;
  title: string;
  subtitle?: string;
  date: string;
  author: string;
  language: string;
  /** deck.yaml's `translationOf`: the event this deck translates. */
  translationOf?: string;
  /**
   * The editions of the recap that the site holds, this one included, the original first (src/model/fs.ts reads
   * them from slides/); absent for a deck alone, such as a one-file export.
   */
  editions?: Edition[];
  releases: Release[];
  projects: Project[];
  closing?: DeckFile['closing'];
  notes?: string;
  /** deck.yaml's `quizSlides`: undefined means on. */
  quizSlides?: boolean;
  /** In presentation order. */
  talks: Talk[];
}
