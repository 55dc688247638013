/** Typed errors: callers and tests check the class, not the wording. Messages are for developers. */

export class QuizError extends Error {
  override name = 'QuizError';
}

/** An answer names a question the deck cannot ask (unknown item, project or release). */
export class UnknownQuestionError extends QuizError {
  override name = 'UnknownQuestionError';

  constructor(readonly question: string) {
    super(`no question "${question}" in this deck`);
  }
}

/** An answer's response is of another kind than its question (e.g. a typed list for a which-release question). */
export class AnswerMismatchError extends QuizError {
  override name = 'AnswerMismatchError';

  constructor(
    readonly question: string,
    readonly responseKind: string,
  ) {
    super(`a "${responseKind}" response does not answer question "${question}"`);
  }
}
