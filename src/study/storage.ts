/**
 * Progress kept in the browser: one localStorage key per deck, read back with the quiz engine's decoder (which
 * never throws and says what it dropped). Progress only grows by union (sessions, answers, the latest card of
 * each item), so tabs agree by merging:
 * - a save reads what is stored, merges, writes, and reads again to check that no other tab wrote in between
 *   (under the Web Locks API when the browser has it, so that tabs take turns);
 * - another tab's write arrives as a `storage` event: this tab merges it in, and writes back whatever it holds
 *   that the other tab's text lacks, so that an answer written over by a tab that had not seen it comes back.
 * A write the browser refuses (storage full or disabled) is reported, never taken for saved.
 */
import {
  compactProgress,
  decodeProgress,
  encodeProgress,
  holdsMore,
  mergeProgress,
  PROGRESS_VERSION,
  type DecodeReport,
  type DecodedProgress,
  type Progress,
} from '../../quiz/index.ts';
import type { Deck } from '../model/index.ts';

export function progressKey(slug: string): string {
  return `summit-recap:progress:${slug}`;
}

export interface Loaded extends DecodedProgress {
  /** The stored text as it was, to offer it for download when part of it could not be read. */
  raw: string | null;
  /** False when the browser refuses local storage (progress then lasts as long as the page). */
  persistent: boolean;
}

/** What a save did: the progress now held (this tab's merged with what other tabs stored), and whether it is stored. */
export interface Saved {
  progress: Progress;
  saved: boolean;
  /** Why it is not: the storage is full, or refuses writes. */
  problem?: 'full' | 'refused';
}

/** Whether a decode report means something was lost, rather than only updated. */
export function lostSomething(report: DecodeReport): boolean {
  const { sessions, answers, cards } = report.dropped;
  const unreadable = report.notes.length > 0 && (report.version === undefined || report.version > PROGRESS_VERSION);
  return sessions + answers + cards + report.reset > 0 || unreadable;
}

export { browserStorage } from '../browser-storage.ts';

type EventSource = Pick<Window, 'addEventListener' | 'removeEventListener'>;

/** The Web Locks API where the browser has it: tabs of one origin take turns with the stored progress. */
type Locks = Pick<LockManager, 'request'>;

/** Attempts at a write that another tab keeps overtaking, before it is reported as not saved. */
const WRITE_ATTEMPTS = 5;

export class ProgressStore {
  readonly key: string;
  /** The text this tab last read or wrote: another value in storage means another tab wrote. */
  private known: string | null = null;
  /** Saves run one after the other, each merging over what the previous one stored. */
  private queue: Promise<unknown> = Promise.resolve();
  /** The progress of the last save asked for, until it is stored: what leaving the page must not lose. */
  private unsaved: Progress | undefined;

  constructor(
    private readonly deck: Deck,
    private readonly storage: Storage | undefined,
    private readonly options: { locks?: Locks; now?: () => Date } = {},
  ) {
    this.key = progressKey(deck.slug);
  }

  get persistent(): boolean {
    return this.storage !== undefined;
  }

  load(): Loaded {
    const raw = this.read();
    this.known = raw;
    return { ...this.decode(raw), raw, persistent: this.persistent };
  }

  /**
   * Stores the progress merged with whatever is stored now, and gives back the merged progress, which may hold
   * answers from other tabs. Saves made one after another are stored in that order.
   */
  save(progress: Progress): Promise<Saved> {
    this.unsaved = progress;
    return this.enqueue(() => this.mergeAndWrite(progress));
  }

  /**
   * Stores at once, without waiting for the lock, what a save still waits to store: the page is going away (a
   * reload, a closed tab) and would not live to take its turn. Another tab's writes are merged as ever.
   */
  flush(): void {
    if (this.unsaved) this.attemptWrite(this.unsaved);
  }

  /** Stores the progress as it is, dropping whatever was stored (import with replace). */
  replace(progress: Progress): Promise<Saved> {
    return this.enqueue(async () => {
      const written = this.write(encodeProgress(compactProgress(this.deck, progress)));
      return { progress, saved: written === true, ...(written === true ? {} : { problem: written }) };
    });
  }

  /** Forgets everything saved for this deck. */
  clear(): void {
    try {
      this.storage?.removeItem(this.key);
    } catch {
      // Nothing saved can be removed: nothing to do.
    }
    this.known = null;
  }

  /**
   * Calls back with the progress another tab stored, merged with `current()` (what this tab holds), whenever
   * that tab changes this deck's key; when this tab held something the other lacked, it is written back.
   * A reset in another tab (the key removed) empties this tab too.
   */
  listen(
    source: EventSource,
    current: () => Progress,
    onChange: (change: { progress: Progress; reset: boolean; saved?: Promise<Saved> }) => void,
  ): () => void {
    const handler = (event: StorageEvent) => {
      if (event.key !== null && event.key !== this.key) return;
      if (event.storageArea && event.storageArea !== this.storage) return;
      const raw = event.key === null ? null : event.newValue;
      this.known = raw;
      if (raw === null) {
        onChange({ progress: this.decode(null).progress, reset: true });
        return;
      }
      const theirs = this.decode(raw).progress;
      const mine = current();
      const merged = mergeProgress(mine, theirs);
      onChange({ progress: merged, reset: false, saved: holdsMore(mine, theirs) ? this.save(merged) : undefined });
    };
    const leaving = () => this.flush();
    source.addEventListener('storage', handler);
    source.addEventListener('pagehide', leaving);
    return () => {
      source.removeEventListener('storage', handler);
      source.removeEventListener('pagehide', leaving);
    };
  }

  private enqueue(work: () => Promise<Saved>): Promise<Saved> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private mergeAndWrite(progress: Progress): Promise<Saved> {
    const attempt = () => this.attemptWrite(progress);
    const locks = this.options.locks ?? globalThis.navigator?.locks;
    if (!this.storage || !locks) return Promise.resolve(attempt());
    return locks.request(`${this.key}:write`, attempt);
  }

  private attemptWrite(progress: Progress): Saved {
    const saved = ((): Saved => {
      let merged = progress;
      for (let tries = 0; tries < WRITE_ATTEMPTS; tries++) {
        const stored = this.read();
        if (stored !== null && stored !== this.known) merged = mergeProgress(merged, this.decode(stored).progress);
        merged = compactProgress(this.deck, merged);
        const text = encodeProgress(merged);
        const written = this.write(text);
        if (written !== true) return { progress: merged, saved: false, problem: written };
        // Read back: another tab that wrote in between (without a lock to wait for) is merged on the next turn.
        if (this.read() === text) return { progress: merged, saved: true };
      }
      return { progress: merged, saved: false, problem: 'refused' };
    })();
    if (saved.saved && this.unsaved === progress) this.unsaved = undefined;
    return saved;
  }

  private decode(text: string | null): DecodedProgress {
    return decodeProgress(text, this.deck, { now: this.options.now?.() });
  }

  private read(): string | null {
    try {
      return this.storage?.getItem(this.key) ?? null;
    } catch {
      return null;
    }
  }

  /** True when written; otherwise why not. */
  private write(text: string): true | 'full' | 'refused' {
    if (!this.storage) return 'refused';
    try {
      this.storage.setItem(this.key, text);
      this.known = text;
      return true;
    } catch (error) {
      return isQuotaExceeded(error) ? 'full' : 'refused';
    }
  }
}

/** The storage is full (each browser names it its own way). */
export function isQuotaExceeded(error: unknown): boolean {
  return (
    error instanceof DOMException && (error.name === 'QuotaExceededError' || error.code === 22 || error.code === 1014)
  );
}

/** `summit-recap-boston-2017-2025-06-01.json`: the deck and the day, in local time. */
export function exportFileName(slug: string, now: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `summit-recap-${slug}-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

/** Offers a text as a file download, from an object URL (no request leaves the page). */
export function downloadText(text: string, fileName: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
