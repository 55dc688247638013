/**
 * A room and its log: an event counts only once the log has it, in the order the log has it, so that what a
 * person was told (answer recorded) survives a crash and a restart. Events wait for the log in small batches: one
 * write for every event that arrived during the previous one.
 *
 * A log only this process writes (a journal file) hands each batch back at once, and the room applies it. A log
 * that several instances write (Redis) delivers every instance's events to every instance, in its own order: each
 * instance applies them all, in that order, so that every copy of the room is the same; an instance's own events
 * are known again by their `ref`.
 */
import { randomUUID } from 'node:crypto';
import type { Outcome, Room, RoomEvent } from './room.ts';

/** Where a room's events are kept: a journal file, or (across instances) a shared log. */
export interface RoomLog {
  /** Every event kept so far, in order (to rebuild the room). */
  read(): Promise<RoomEvent[]>;
  /** Keeps the events, in this order; resolves once they are durable. */
  write(events: readonly RoomEvent[]): Promise<void>;
  /**
   * A shared log: calls back with every event written after those read() gave, by any instance, this one's
   * included, in the log's order. Absent for a log only this process writes.
   */
  follow?(onEvents: (events: readonly RoomEvent[]) => void): void;
  close(): Promise<void>;
}

/** A log in memory only (tests, and rooms nobody asked to keep). */
export class MemoryLog implements RoomLog {
  readonly events: RoomEvent[] = [];
  async read(): Promise<RoomEvent[]> {
    return [...this.events];
  }
  async write(events: readonly RoomEvent[]): Promise<void> {
    this.events.push(...events);
  }
  async close(): Promise<void> {}
}

interface Pending {
  event: RoomEvent;
  resolve: (outcome: Outcome) => void;
  reject: (error: unknown) => void;
}

/** Called after each event applied: what the room did, and whether this instance submitted it. */
export type AppliedListener = (event: RoomEvent, outcome: Outcome, mine: boolean) => void;

export class RoomHost {
  private queued: Pending[] = [];
  private flushing: Promise<void> | undefined;
  /** Submitted and written, waiting for the shared log to deliver them back: by ref. */
  private readonly delivering = new Map<string, Pending>();
  private readonly listeners = new Set<AppliedListener>();
  private readonly waiters: { seq: number; resolve: () => void }[] = [];
  /** Names this instance's events in a shared log. */
  private readonly instance = randomUUID();
  private count = 0;

  constructor(
    readonly room: Room,
    private readonly log: RoomLog,
  ) {}

  /** Rebuilds the room from its log, then (a shared log) follows what every instance writes. */
  async replay(): Promise<number> {
    const events = await this.log.read();
    for (const event of events) this.room.apply(event);
    this.log.follow?.((delivered) => {
      for (const event of delivered) this.applied(event, this.room.apply(event));
    });
    return events.length;
  }

  /**
   * Submits an event: refused at once when the room would refuse it now; otherwise kept in the log, then
   * applied (which may still refuse it, when an event before it changed the room, e.g. a reveal before an
   * answer). Resolves with what the room did.
   */
  submit(event: RoomEvent): Promise<Outcome> {
    const early = this.room.check(event);
    if (!early.ok) return Promise.resolve(early);
    return new Promise((resolve, reject) => {
      const ref = `${this.instance}:${++this.count}`;
      this.queued.push({ event: { ...event, ref }, resolve, reject });
      this.flushing ??= this.flush();
    });
  }

  /** Calls back after each event applied. */
  onApplied(listener: AppliedListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Resolves once the room has applied `seq` events (what a phone saw, when it asks about it on another instance). */
  reached(seq: number, timeoutMs = 5000): Promise<boolean> {
    if (this.room.seq >= seq) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      this.waiters.push({
        seq,
        resolve: () => {
          clearTimeout(timer);
          resolve(true);
        },
      });
    });
  }

  /** Waits for every event submitted so far to be kept and applied. */
  async settled(): Promise<void> {
    while (this.flushing) await this.flushing;
  }

  async close(): Promise<void> {
    await this.settled();
    await this.log.close();
    for (const pending of this.delivering.values()) pending.reject(new Error('the room was closed'));
    this.delivering.clear();
  }

  private applied(event: RoomEvent, outcome: Outcome): void {
    const pending = event.ref === undefined ? undefined : this.delivering.get(event.ref);
    if (pending) this.delivering.delete(event.ref!);
    for (const listener of this.listeners) listener(event, outcome, pending !== undefined);
    pending?.resolve(outcome);
    for (let index = this.waiters.length - 1; index >= 0; index--) {
      if (this.room.seq >= this.waiters[index]!.seq) this.waiters.splice(index, 1)[0]!.resolve();
    }
  }

  private async flush(): Promise<void> {
    // One turn of the event loop gathers what arrives together into one write.
    await new Promise((resolve) => setImmediate(resolve));
    while (this.queued.length > 0) {
      const batch = this.queued;
      this.queued = [];
      const shared = this.log.follow !== undefined;
      // A shared log may deliver the batch back before write() resolves: be ready for it.
      if (shared) for (const entry of batch) this.delivering.set(entry.event.ref!, entry);
      try {
        await this.log.write(batch.map((entry) => entry.event));
      } catch (error) {
        for (const entry of batch) {
          this.delivering.delete(entry.event.ref!);
          entry.reject(error);
        }
        continue;
      }
      if (!shared) {
        for (const entry of batch) {
          this.delivering.set(entry.event.ref!, entry);
          this.applied(entry.event, this.room.apply(entry.event));
        }
      }
    }
    this.flushing = undefined;
  }
}
