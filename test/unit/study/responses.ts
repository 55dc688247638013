/** Right and wrong responses to any generated question, worked out from the deck (for tests that plan answers). */
import { checkAnswer, collectItems, type Question, type Response } from '../../../quiz/index.ts';
import type { Deck } from '../../../src/model/index.ts';

const probe = (deck: Deck, question: Question, response: Response) =>
  checkAnswer(deck, { question: question.id, session: 'probe', at: new Date(0), response });

export function rightResponse(deck: Deck, question: Question): Response {
  const items = new Map(collectItems(deck).map((item) => [item.id, item]));
  switch (question.kind) {
    case 'which-release':
    case 'which-project':
    case 'in-release': {
      const choice = question.choices.find(
        (option) => probe(deck, question, { kind: question.kind, choice: option.id } as Response).right,
      );
      return { kind: question.kind, choice: choice!.id } as Response;
    }
    case 'which-items': {
      const shown = question.choices.map((option) => option.id);
      const targets = probe(deck, question, { kind: 'which-items', shown, picked: [] })
        .judgments.filter((judgment) => judgment.role === 'target')
        .map((judgment) => judgment.item);
      return { kind: 'which-items', shown, picked: shown.filter((id) => targets.includes(id)) };
    }
    case 'sort':
      return {
        kind: 'sort',
        cards: question.cards.map((card) => card.id),
        placed: Object.fromEntries(question.cards.map((card) => [card.id, items.get(card.id)!.release!])),
      };
    case 'recall':
      return { kind: 'recall', typed: question.targets.map((id) => items.get(id)!.text) };
  }
}

export function wrongResponse(deck: Deck, question: Question): Response {
  const items = new Map(collectItems(deck).map((item) => [item.id, item]));
  switch (question.kind) {
    case 'which-release':
    case 'which-project':
    case 'in-release': {
      const choice = question.choices.find(
        (option) => !probe(deck, question, { kind: question.kind, choice: option.id } as Response).right,
      );
      return { kind: question.kind, choice: choice!.id } as Response;
    }
    case 'which-items': {
      const right = rightResponse(deck, question);
      const shown = question.choices.map((option) => option.id);
      const picked = right.kind === 'which-items' ? shown.filter((id) => !right.picked.includes(id)) : [];
      return { kind: 'which-items', shown, picked };
    }
    case 'sort': {
      const columns = question.columns.map((column) => column.id);
      return {
        kind: 'sort',
        cards: question.cards.map((card) => card.id),
        placed: Object.fromEntries(
          question.cards.map((card) => {
            const at = columns.indexOf(items.get(card.id)!.release!);
            return [card.id, columns[(at + 1) % columns.length]];
          }),
        ),
      };
    }
    case 'recall':
      return { kind: 'recall', typed: ['zzz rien de tel'] };
  }
}

/** A Storage kept in memory, as a browser's localStorage. */
export class MemoryStorage implements Storage {
  private readonly entries = new Map<string, string>();

  get length(): number {
    return this.entries.size;
  }

  clear(): void {
    this.entries.clear();
  }

  getItem(key: string): string | null {
    return this.entries.get(key) ?? null;
  }

  key(index: number): string | null {
    return [...this.entries.keys()][index] ?? null;
  }

  removeItem(key: string): void {
    this.entries.delete(key);
  }

  setItem(key: string, value: string): void {
    this.entries.set(key, String(value));
  }
}
