/** Each question kind as a labelled form with real inputs, driven by keys as by pointer; the feedback text. */
import { flushSync } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import { buildQuestion, emptyProgress, type Question, type Response, type SelfGrade } from '../../../quiz/index.ts';
import QuestionForm from '../../../src/study/QuestionForm.svelte';
import QuizScreen from '../../../src/study/QuizScreen.svelte';
import { answerCurrent, sessionState, startSession } from '../../../src/study/session.ts';
import { studyText } from '../../../src/study/text.ts';
import { FIXED_NOW, FIXED_SEED, fixtureDeck as deck } from '../../fixtures/quiz/deck.ts';
import { rightResponse, wrongResponse } from '../../unit/study/responses.ts';
import { render, texts } from '../render.ts';

const text = studyText('fr');
const question = (id: string) => buildQuestion(deck, id, FIXED_SEED)!;

function mountForm(subject: Question) {
  const onanswer = vi.fn<(response: Response) => void>();
  const target = render(QuestionForm, { question: subject, text, onanswer });
  const form = target.querySelector('form')!;
  return { target, form, onanswer };
}

/** The form's accessible name: the text of the element its aria-labelledby names. */
function nameOf(element: Element): string {
  const ids = element.getAttribute('aria-labelledby')?.split(' ') ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent?.trim() ?? '').join(' ');
}

/** Each input's label text (spaces collapsed), with the digit hint that is hidden from assistive tech removed. */
function labelsOf(root: ParentNode, selector: string): string[] {
  return [...root.querySelectorAll<HTMLInputElement>(selector)].map((input) => {
    const label = input.labels?.[0]?.cloneNode(true) as HTMLElement | undefined;
    label?.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
    return (label?.textContent ?? '').replace(/\s+/g, ' ').trim();
  });
}

function press(key: string, target: EventTarget = document.body) {
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  flushSync();
}

describe('QuestionForm', () => {
  it('asks a single choice as a form named by its prompt, with one radio per release', () => {
    const subject = question('which-release:octavia-flavors');
    const { form } = mountForm(subject);
    expect(form.getAttribute('data-question-id')).toBe('which-release:octavia-flavors');
    expect(nameOf(form)).toBe(text.prompt(subject.prompt));
    expect(nameOf(form.querySelector('fieldset')!)).toBe(text.prompt(subject.prompt));
    expect(labelsOf(form, 'input[type="radio"]')).toEqual(['Pike', 'Queens', 'Rocky', 'Backlog']);
    const names = new Set(
      [...form.querySelectorAll<HTMLInputElement>('input[type="radio"]')].map((input) => input.name),
    );
    expect(names.size).toBe(1);
    expect(texts(form, 'button')).toEqual(['Valider', 'Je ne sais pas']);
  });

  it('picks with number keys and sends with Enter', () => {
    const subject = question('which-release:octavia-flavors');
    const { form, onanswer } = mountForm(subject);
    press('2');
    const checked = form.querySelector<HTMLInputElement>('input:checked')!;
    expect(checked.value).toBe('queens');
    expect(document.activeElement).toBe(checked);
    press('Enter', checked);
    expect(onanswer).toHaveBeenCalledWith({ kind: 'which-release', choice: 'queens' });
  });

  it('does not send an empty answer by Enter: it says what is missing', () => {
    const { form, onanswer } = mountForm(question('which-project:fwaas-reboot'));
    press('Enter');
    expect(onanswer).not.toHaveBeenCalled();
    expect(texts(form, '.problem')).toEqual(['Choisissez une réponse, ou « Je ne sais pas ».']);
    form.querySelectorAll('button')[1].click();
    expect(onanswer).toHaveBeenCalledWith({ kind: 'which-project', choice: '' });
  });

  it('asks which item a release brings as one radio per item', () => {
    const subject = question('in-release:octavia-cli');
    if (subject.kind !== 'in-release') throw new Error('not a pick among items');
    const { form, onanswer } = mountForm(subject);
    expect(nameOf(form)).toBe(text.prompt(subject.prompt));
    expect(nameOf(form)).toMatch(/^Lequel de ces éléments est prévu pour Pike/);
    expect(labelsOf(form, 'input[type="radio"]')).toEqual(subject.choices.map((choice) => choice.label));
    press('2');
    press('Enter');
    expect(onanswer).toHaveBeenCalledWith({ kind: 'in-release', choice: subject.choices[1].id });
  });

  it('asks a multi-select with one checkbox per item; number keys toggle', () => {
    const subject = question('which-items:octavia:pike');
    const { form, onanswer } = mountForm(subject);
    expect(subject.kind).toBe('which-items');
    if (subject.kind !== 'which-items') return;
    expect(nameOf(form)).toBe(text.prompt(subject.prompt));
    expect(labelsOf(form, 'input[type="checkbox"]')).toEqual(subject.choices.map((choice) => choice.label));
    press('1');
    press('3');
    press('1');
    press('Enter');
    expect(onanswer).toHaveBeenCalledWith({
      kind: 'which-items',
      shown: subject.choices.map((choice) => choice.id),
      picked: [subject.choices[2].id],
    });
  });

  it('asks a sort as one group per item, each with a radio per release; keys place the current item', () => {
    const subject = question('sort:fwaas');
    if (subject.kind !== 'sort') throw new Error('not a sort');
    const { form, onanswer } = mountForm(subject);
    expect(nameOf(form)).toBe(text.prompt(subject.prompt));
    const groups = [...form.querySelectorAll('fieldset.card')];
    expect(groups.map((group) => group.querySelector('legend')!.textContent)).toEqual(
      subject.cards.map((card) => card.label),
    );
    for (const group of groups) {
      expect(labelsOf(group, 'input[type="radio"]')).toEqual(subject.columns.map((column) => column.label));
    }
    // Each key places the first card still to place, then focus moves to the next one.
    for (const key of subject.cards.map(() => '1')) press(key, document.activeElement ?? document.body);
    press('Enter', document.body);
    expect(onanswer).toHaveBeenCalledWith({
      kind: 'sort',
      cards: subject.cards.map((card) => card.id),
      placed: Object.fromEntries(subject.cards.map((card) => [card.id, subject.columns[0].id])),
    });
  });

  it('says how many items are left to place', () => {
    const { form, onanswer } = mountForm(question('sort:octavia'));
    press('2');
    press('Enter', document.body);
    expect(onanswer).not.toHaveBeenCalled();
    expect(texts(form, '.problem')[0]).toMatch(/^Placez encore \d+ éléments/);
  });

  it('asks free recall with one labelled text field per expected item; digits are typed there', () => {
    const subject = question('recall:octavia:pike');
    const { form, onanswer } = mountForm(subject);
    expect(nameOf(form)).toBe(text.prompt(subject.prompt));
    const fields = [...form.querySelectorAll<HTMLInputElement>('input[type="text"]')];
    expect(labelsOf(form, 'input[type="text"]')).toEqual(['Élément 1 sur 2', 'Élément 2 sur 2']);
    expect(document.activeElement).toBe(fields[0]);
    press('1', fields[0]);
    expect(form.querySelectorAll('input:checked')).toHaveLength(0);
    fields[0].value = 'CLI';
    fields[0].dispatchEvent(new Event('input', { bubbles: true }));
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    expect(onanswer).toHaveBeenCalledWith({ kind: 'recall', typed: ['CLI'] });
  });
});

describe('QuizScreen feedback', () => {
  function answered(id: string, given: 'right' | 'wrong' | 'nothing' | Response) {
    const subject = question(id);
    const quiz = {
      session: { id: 's', kind: 'quiz' as const, seed: FIXED_SEED, startedAt: FIXED_NOW },
      questions: [subject, question('sort:fwaas')],
    };
    const start = startSession(emptyProgress(), quiz);
    const response =
      given === 'right'
        ? rightResponse(deck, subject)
        : given === 'wrong'
          ? wrongResponse(deck, subject)
          : given === 'nothing'
            ? nothing(subject)
            : given;
    const { progress } = answerCurrent(deck, start, 's', response, FIXED_NOW);
    const session = sessionState(deck, progress, 's')!;
    const onnext = vi.fn();
    const ongrade = vi.fn<(grade: SelfGrade) => void>();
    const target = render(QuizScreen, {
      deck,
      text,
      session,
      feedback: subject.id,
      onanswer: () => {},
      ongrade,
      onnext,
      onquit: () => {},
    });
    return { target, onnext, ongrade, session };
  }

  it('announces a right answer, offers to grade it, and links to the item’s roadmap slide', () => {
    const { target, ongrade } = answered('which-release:octavia-flavors', 'right');
    const verdict = target.querySelector('[role="status"]')!;
    expect(texts(verdict, 'p')).toEqual(['Bonne réponse !', 'Réponse : Queens.']);
    const link = target.querySelector<HTMLAnchorElement>('.slide-links a')!;
    expect(link.getAttribute('href')).toBe('./index.html#/octavia-update-roadmap');
    expect(link.textContent!.replace(/\s+/g, ' ').trim()).toBe('Revoir la diapo Octavia : Update — feuille de route');
    expect(texts(target, '.score')).toEqual(['Score : 100 %']);
    // How did it feel? Four buttons, as in Anki, and keys 1–4.
    const grades = target.querySelector('fieldset.grades')!;
    expect(texts(grades, 'legend')).toEqual(['Comment était-ce ?']);
    expect(
      [...grades.querySelectorAll('button')].map((button) => button.textContent!.replace(/\s+/g, ' ').trim()),
    ).toEqual(['1 À revoir', '2 Difficile', '3 Correct', '4 Facile']);
    press('4');
    expect(ongrade).toHaveBeenCalledWith('easy');
    grades.querySelector<HTMLButtonElement>('[data-grade="hard"]')!.click();
    expect(ongrade).toHaveBeenLastCalledWith('hard');
  });

  it('says a wrong answer is wrong, marks the right choice and the one given, and goes on with →', () => {
    const { target, onnext, ongrade } = answered('which-release:fwaas-v1', 'wrong');
    expect(texts(target, '[role="status"] p')).toEqual([
      'Mauvaise réponse.',
      'Réponse : Havana.',
      'Vous avez répondu Newton.',
    ]);
    expect(texts(target, '[data-mark="right"] .tag')).toEqual(['bonne réponse']);
    expect(texts(target, '[data-mark="wrong"] .tag')).toEqual(['votre réponse']);
    expect(target.querySelector<HTMLAnchorElement>('.slide-links a')!.getAttribute('href')).toBe(
      './index.html#/fwaas-v2-history',
    );
    expect(texts(target, '.score')).toEqual(['Score : 0 %']);
    // Nothing recalled, nothing to grade: the item is due again anyway.
    expect(target.querySelector('fieldset.grades')).toBeNull();
    press('4');
    expect(ongrade).not.toHaveBeenCalled();
    expect(document.activeElement?.textContent).toContain('Question suivante');
    press('ArrowRight');
    expect(onnext).toHaveBeenCalledOnce();
  });

  it('gives the answer after "Je ne sais pas", without calling it a mistake', () => {
    const { target } = answered('which-release:fwaas-v1', 'nothing');
    expect(texts(target, '[role="status"] p')).toEqual(['Sans réponse.', 'La réponse était : Havana.']);
  });

  it('says what a partly right multi-select earned, wrong ticks counted against it', () => {
    const subject = question('which-items:octavia:queens');
    const [goal] = subject.targets;
    const stray = subject.items.find((id) => !subject.targets.includes(id))!;
    const { target } = answered(subject.id, {
      kind: 'which-items',
      shown: subject.items,
      picked: [...subject.targets.slice(0, 2), stray],
    });
    expect(goal).toBeDefined();
    expect(texts(target, '[role="status"] p')).toEqual([
      'En partie : 2 bonnes réponses cochées sur 3, 1 cochée à tort.',
      '1 point sur 3.',
    ]);
    expect(texts(target, '.score')).toEqual(['Score : 33 %']);
  });

  it('lists the expected goals of a missed recall', () => {
    const { target } = answered('recall:octavia:pike', 'wrong');
    expect(texts(target, '[role="status"] p')).toEqual(['Mauvaise réponse.', '0 point sur 2.']);
    expect(texts(target, '.answer-list li')).toEqual([
      "Oublié Merge de l'API v2 Neutron LBaaS dans Octavia",
      "Oublié Support d'Octavia dans la CLI OpenStack",
    ]);
    expect(texts(target, '.extra')).toEqual(['« zzz rien de tel » ne fait pas partie de la réponse.']);
  });
});

/** The response of "Je ne sais pas". */
function nothing(subject: Question): Response {
  switch (subject.kind) {
    case 'which-items':
      return { kind: 'which-items', shown: subject.items, picked: [] };
    case 'sort':
      return { kind: 'sort', cards: subject.items, placed: {} };
    case 'recall':
      return { kind: 'recall', typed: [] };
    default:
      return { kind: subject.kind, choice: '' };
  }
}
