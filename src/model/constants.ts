/** The release id that marks a roadmap item planned with no release yet. */
export const BACKLOG = 'backlog';
