/**
 * Progress kept in the browser: one localStorage key per deck, written after each answer, read back with the
 * quiz engine's decoder (which never throws and says what it dropped). Another tab's writes arrive as `storage`
 * events; a write merges in whatever another tab saved since this one last read, so neither tab loses answers.
 */
import {
  decodeProgress,
  encodeProgress,
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

/** Whether a decode report means something was lost, rather than only updated. */
export function lostSomething(report: DecodeReport): boolean {
  const { sessions, answers, cards } = report.dropped;
  const unreadable = report.notes.length > 0 && (report.version === undefined || report.version > PROGRESS_VERSION);
  return sessions + answers + cards + report.reset > 0 || unreadable;
}

/** `window.localStorage`, or undefined where reading it throws (storage disabled, sandboxed frames). */
export function browserStorage(): Storage | undefined {
  try {
    const storage = globalThis.localStorage;
    const probe = '__summit-recap-probe__';
    storage.setItem(probe, probe);
    storage.removeItem(probe);
    return storage;
  } catch {
    return undefined;
  }
}

type EventSource = Pick<Window, 'addEventListener' | 'removeEventListener'>;

export class ProgressStore {
  readonly key: string;
  /** The text this tab last read or wrote: another value in storage means another tab wrote. */
  private known: string | null = null;

  constructor(
    private readonly deck: Deck,
    private readonly storage: Storage | undefined,
  ) {
    this.key = progressKey(deck.slug);
  }

  get persistent(): boolean {
    return this.storage !== undefined;
  }

  load(): Loaded {
    const raw = this.read();
    this.known = raw;
    return { ...decodeProgress(raw, this.deck), raw, persistent: this.persistent };
  }

  /**
   * Saves the progress, first merging what another tab saved since this tab last read. Returns what was saved
   * (the merged progress) and whether the browser accepted it.
   */
  save(progress: Progress): { progress: Progress; saved: boolean } {
    const stored = this.read();
    const merged =
      stored !== null && stored !== this.known
        ? mergeProgress(progress, decodeProgress(stored, this.deck).progress)
        : progress;
    return { progress: merged, saved: this.write(encodeProgress(merged)) };
  }

  /** Saves the progress as it is, dropping whatever was stored (import with replace). */
  replace(progress: Progress): boolean {
    return this.write(encodeProgress(progress));
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

  /** Calls back with the decoded progress whenever another tab changes this deck's key. */
  listen(source: EventSource, onChange: (decoded: DecodedProgress) => void): () => void {
    const handler = (event: StorageEvent) => {
      if (event.key !== null && event.key !== this.key) return;
      if (event.storageArea && event.storageArea !== this.storage) return;
      const raw = event.key === null ? null : event.newValue;
      this.known = raw;
      onChange(decodeProgress(raw, this.deck));
    };
    source.addEventListener('storage', handler);
    return () => source.removeEventListener('storage', handler);
  }

  private read(): string | null {
    try {
      return this.storage?.getItem(this.key) ?? null;
    } catch {
      return null;
    }
  }

  private write(text: string): boolean {
    if (!this.storage) return false;
    try {
      this.storage.setItem(this.key, text);
      this.known = text;
      return true;
    } catch {
      return false;
    }
  }
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
