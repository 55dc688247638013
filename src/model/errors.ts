/** One problem in the data, placed in its file. Lines and columns count from 1. */
export interface DataIssue {
  file: string;
  line: number;
  column: number;
  /** Field path inside the file, e.g. `roadmap[2].release`; empty for the whole file. */
  path: string;
  message: string;
}

export function formatIssue(issue: DataIssue): string {
  const where = `${issue.file}:${issue.line}:${issue.column}`;
  return issue.path ? `${where} ${issue.path}: ${issue.message}` : `${where} ${issue.message}`;
}

/** The deck data is invalid; `issues` lists every problem found, in file order. */
export class DeckDataError extends Error {
  override name = 'DeckDataError';
  readonly issues: DataIssue[];

  constructor(issues: DataIssue[]) {
    const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
    super(`The slides data has ${count}:\n${issues.map((issue) => `  ${formatIssue(issue)}`).join('\n')}`);
    this.issues = issues;
  }
}
