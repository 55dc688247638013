/**
 * What a question (or an Anki card) asks, as data: the engine says what it asks about, and the views word it in
 * the deck's language (src/locale). So no sentence lives in quiz/, and a question asks the same thing in every
 * language. Names are the deck's own: a project's name, a release's name, an item's text. A `release` left
 * undefined is the backlog.
 */
export type Prompt =
  /** Which release is the item planned for (`roadmap`), or did it happen in (`history`)? */
  | { kind: 'which-release'; source: 'roadmap' | 'history'; project: string; text: string }
  /** When did it happen (a history item dated by `when` only: Anki cards)? */
  | { kind: 'when'; project: string; text: string }
  /** Which of these items does the release bring (`past`: which came in it)? */
  | { kind: 'in-release'; release?: string; past: boolean }
  /** Which project is the item about? `text` has every project's name masked. */
  | { kind: 'which-project'; text: string }
  /** Which of these items are the project's goals for the release? */
  | { kind: 'which-items'; project: string; release?: string }
  /** Deal the project's items into their releases. */
  | { kind: 'sort'; project: string }
  /** Name the project's `count` goals for the release. */
  | { kind: 'recall'; project: string; release?: string; count: number };

/** The names a prompt shows, besides its wording: what fairness checks look for in it. */
export function promptNames(prompt: Prompt): string[] {
  switch (prompt.kind) {
    case 'which-release':
    case 'when':
      return [prompt.project, prompt.text];
    case 'in-release':
      return prompt.release === undefined ? [] : [prompt.release];
    case 'which-project':
      return [prompt.text];
    case 'which-items':
    case 'recall':
      return prompt.release === undefined ? [prompt.project] : [prompt.project, prompt.release];
    case 'sort':
      return [prompt.project];
  }
}
