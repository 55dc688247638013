/** A talk's vertical stack of slides, checked the way a presenter would read it. */
import { describe, expect, it } from 'vitest';
import type { Deck, Talk } from '../../src/model/index.ts';
import HistorySlide from '../../src/deck/HistorySlide.svelte';
import TalkSection from '../../src/deck/TalkSection.svelte';
import { miniDeck, render, talkOf, texts } from './render.ts';

const deck = miniDeck();
const widget = talkOf(deck, 'widget-update');
const gadget = talkOf(deck, 'gadget-evening');

function section(talk: Talk, onDeck: Deck = deck): HTMLElement {
  const target = render(TalkSection, { talk, deck: onDeck });
  const root = target.querySelector<HTMLElement>(`section.talk[data-talk="${talk.id}"]`);
  if (!root) throw new Error(`no section.talk for ${talk.id}`);
  return root;
}

/** The main slide: the first of the talk's stack. */
const mainSlide = (root: HTMLElement) => root.querySelector<HTMLElement>(':scope > section.talk-slide')!;

describe('TalkSection', () => {
  it('stacks the main slide, one slide per detail, the history and the roadmap, in that order', () => {
    const root = section(widget);
    expect([...root.querySelectorAll(':scope > section')].map((slide) => [slide.id, slide.className])).toEqual([
      ['widget-update', 'talk-slide'],
      ['widget-update-2', 'detail-slide'],
      ['widget-update-history', 'history-slide'],
      ['widget-update-roadmap', 'roadmap-slide'],
    ]);
  });

  it('shows the title, the kind and the speakers with their company', () => {
    const slide = mainSlide(section(widget));
    expect(texts(slide, 'h2')).toEqual(['Widget update']);
    expect(texts(slide, '.eyebrow .kind')).toEqual(['Talk']);
    expect(slide.querySelector('.kind')!.classList.contains('kind-conference')).toBe(true);
    expect(texts(slide, '.speakers .speaker')).toEqual(['Ada Example (Example Inc)']);
    expect(texts(slide, '.speakers .company')).toEqual(['(Example Inc)']);
  });

  it('shows the lead, the figures and every point as a fragment, in order', () => {
    const slide = mainSlide(section(widget));
    expect(texts(slide, 'p.lead')).toEqual(['Widget keeps growing.']);
    expect(texts(slide, '.figures li strong')).toEqual(['42']);
    expect(texts(slide, '.figures li span')).toEqual(['contributors']);
    expect(texts(slide, '.points > li')).toEqual(['Faster startup', 'Smaller images']);
    expect([...slide.querySelectorAll('.points > li')].every((li) => li.classList.contains('fragment'))).toBe(true);
  });

  it('keeps the speaker notes in aside.notes of their own slide', () => {
    const root = section(widget);
    expect(texts(mainSlide(root), 'aside.notes')).toEqual(['The speaker said Widget keeps growing.']);
    expect(root.querySelectorAll('aside.notes')).toHaveLength(1);
  });

  it('gives each detail its own slide, under the talk title', () => {
    const detail = section(widget).querySelector<HTMLElement>('#widget-update-2')!;
    expect(texts(detail, '.eyebrow')).toEqual(['Widget update']);
    expect(texts(detail, 'h2')).toEqual(['Widget internals']);
    expect(texts(detail, '.points > li.fragment')).toEqual(['Uses tables 1 and 2']);
  });

  it('numbers detail slides from 2, one per detail', () => {
    const talk: Talk = {
      ...gadget,
      details: [{ title: 'First' }, { title: 'Second', lead: 'More' }, { title: 'Third' }],
    };
    const root = section(talk);
    expect(texts(root, 'section.detail-slide h2')).toEqual(['First', 'Second', 'Third']);
    expect([...root.querySelectorAll('section.detail-slide')].map((slide) => slide.id)).toEqual([
      'gadget-evening-2',
      'gadget-evening-3',
      'gadget-evening-4',
    ]);
  });

  it('renders links with their address and label', () => {
    const talk: Talk = {
      ...gadget,
      links: [
        { label: 'Widget docs', url: 'https://widget.example/docs' },
        { label: 'Source code', url: 'https://code.example/widget?tab=1&x=2' },
      ],
    };
    const anchors = [...mainSlide(section(talk)).querySelectorAll<HTMLAnchorElement>('.links a')];
    expect(anchors.map((a) => [a.getAttribute('href'), a.textContent])).toEqual([
      ['https://widget.example/docs', 'Widget docs'],
      ['https://code.example/widget?tab=1&x=2', 'Source code'],
    ]);
  });

  // The model accepts two links to the same address: the slide must render both.
  it('renders two links to the same address', () => {
    const url = 'https://widget.example/docs';
    const talk: Talk = {
      ...gadget,
      links: [
        { label: 'Docs', url },
        { label: 'Docs again', url },
      ],
    };
    expect(texts(mainSlide(section(talk)), '.links a')).toEqual(['Docs', 'Docs again']);
  });

  it('puts the history and the roadmap on slides with ids <talk>-history and <talk>-roadmap', () => {
    const root = section(widget);
    const history = root.querySelector('#widget-update-history')!;
    expect(texts(history, 'h2 .subhead')).toEqual(['History']);
    expect(texts(history, '.timeline li .when')).toEqual(['Alpha']);
    expect(texts(history, '.timeline li .what')).toEqual(['First widget']);
    const roadmap = root.querySelector('#widget-update-roadmap')!;
    expect(texts(roadmap, 'h2 .subhead')).toEqual(['Roadmap']);
    expect(texts(roadmap, 'li[data-item]')).toEqual(['High availability', 'A new dashboard', 'Plugins']);
  });

  it('shows a bare talk as one slide: no speakers, history, roadmap or notes', () => {
    const root = section(gadget);
    expect([...root.querySelectorAll('section')].map((slide) => slide.id)).toEqual(['gadget-evening']);
    expect(texts(root, '.kind')).toEqual(['Evening']);
    expect(texts(root, 'p.lead')).toEqual(['About twenty people met for dinner.']);
    expect(root.querySelector('.speakers, .points, .figures, .links, aside.notes')).toBeNull();
  });

  it('follows the deck language: French labels for a French deck', () => {
    const french: Deck = { ...deck, language: 'fr' };
    const root = section(widget, french);
    expect(texts(root, '#widget-update .kind')).toEqual(['Conférence']);
    expect(texts(root, '#widget-update-history .subhead')).toEqual(['Historique']);
    expect(texts(root, '#widget-update-roadmap .subhead')).toEqual(['Feuille de route']);
    expect(texts(section(gadget, french), '.kind')).toEqual(['Soirée']);
  });

  it('falls back to English labels for a language it does not know', () => {
    const root = section(widget, { ...deck, language: 'de' });
    expect(texts(root, '#widget-update-roadmap .subhead')).toEqual(['Roadmap']);
  });
});

describe('HistorySlide', () => {
  it('dates each item by its release name, or by its "when"', () => {
    const target = render(HistorySlide, {
      id: 'h',
      title: 'Widget update',
      deck,
      items: [
        { id: 'born', text: 'First widget', release: 'alpha', project: 'widget' },
        { id: 'reboot', text: 'Widget rebooted', when: 'October 2029', project: 'widget' },
      ],
    });
    expect(texts(target, 'section#h .timeline li')).toEqual(['Alpha First widget', 'October 2029 Widget rebooted']);
    expect([...target.querySelectorAll('li[data-item]')].map((li) => li.getAttribute('data-item'))).toEqual([
      'born',
      'reboot',
    ]);
  });
});

describe('text that looks like HTML', () => {
  const html = '<b>bold</b> & <script>window.hacked = true</script><img src=x onerror="window.hacked = true">';

  it('is shown as text in every part of a talk, never as markup', () => {
    const talk: Talk = {
      ...widget,
      title: `Title ${html}`,
      speakers: [{ name: `Name ${html}`, company: `Company ${html}` }],
      lead: `Lead ${html}`,
      points: [`Point ${html}`],
      figures: [{ value: `<i>9</i>`, label: `Label ${html}` }],
      links: [{ label: `Link ${html}`, url: 'https://widget.example/?a=<b>' }],
      notes: `Notes ${html}`,
      details: [{ title: `Detail ${html}`, points: [`Detail point ${html}`] }],
      history: [{ id: 'h1', text: `History ${html}`, when: `When ${html}`, project: 'widget' }],
      roadmap: [{ id: 'r1', text: `Roadmap ${html}`, release: 'bravo', project: 'widget' }],
    };
    const root = section(talk);
    expect(root.querySelector('b, i, script, img')).toBeNull();
    expect((window as unknown as { hacked?: boolean }).hacked).toBeUndefined();
    const text = root.textContent!.replace(/\s+/g, ' ');
    for (const label of ['Title', 'Name', 'Lead', 'Point', 'Label', 'Link', 'Notes', 'Detail', 'History', 'Roadmap']) {
      expect(text).toContain(`${label} ${html}`);
    }
    expect(texts(root, '.points > li')[0]).toBe(`Point ${html}`);
    expect(texts(root, '.figures strong')).toEqual(['<i>9</i>']);
    expect(text).toContain(`Company ${html}`);
    expect(text).toContain(`When ${html}`);
  });
});
