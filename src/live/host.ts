/**
 * A room and its log: an event is applied only once the log has it, in the order the log has it, so that what
 * a person was told (answer recorded) survives a crash and a restart. Events wait for the log in small batches:
 * one write for every event that arrived during the previous one.
 */
import type { Outcome, Room, RoomEvent } from './room.ts';

/** Where a room's events are kept: a journal file, or (across instances) a shared log. */
export interface RoomLog {
  /** Every event kept so far, in order (to rebuild the room). */
  read(): Promise<RoomEvent[]>;
  /** Keeps the events, in this order; resolves once they are durable. */
  write(events: readonly RoomEvent[]): Promise<void>;
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

export class RoomHost {
  private pending: Pending[] = [];
  private flushing: Promise<void> | undefined;
  private readonly listeners = new Set<(event: RoomEvent, outcome: Outcome) => void>();

  constructor(
    readonly room: Room,
    private readonly log: RoomLog,
  ) {}

  /** Rebuilds the room from its log. */
  async replay(): Promise<number> {
    const events = await this.log.read();
    for (const event of events) this.room.apply(event);
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
      this.pending.push({ event, resolve, reject });
      this.flushing ??= this.flush();
    });
  }

  /** Calls back after each event applied, with what the room did. */
  onApplied(listener: (event: RoomEvent, outcome: Outcome) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Waits for every event submitted so far to be kept and applied. */
  async settled(): Promise<void> {
    while (this.flushing) await this.flushing;
  }

  async close(): Promise<void> {
    await this.settled();
    await this.log.close();
  }

  private async flush(): Promise<void> {
    // One turn of the event loop gathers what arrives together into one write.
    await new Promise((resolve) => setImmediate(resolve));
    while (this.pending.length > 0) {
      const batch = this.pending;
      this.pending = [];
      try {
        await this.log.write(batch.map((entry) => entry.event));
      } catch (error) {
        for (const entry of batch) entry.reject(error);
        continue;
      }
      for (const { event, resolve } of batch) {
        const outcome = this.room.apply(event);
        for (const listener of this.listeners) listener(event, outcome);
        resolve(outcome);
      }
    }
    this.flushing = undefined;
  }
}
