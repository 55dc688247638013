/** A socket.io client the live room's tests answer for, shared by the phones' page and the deck in live mode. */
import { flushSync } from 'svelte';
import type { RoomSocket } from '../../../src/live/protocol.ts';

/** Every emit waits in `sent` until the test replies to it (or fails it, or never does). */
export class FakeSocket implements RoomSocket {
  recovered = false;
  readonly sent: { event: string; message: unknown; reply: (value: unknown) => void; fail: () => void }[] = [];
  private readonly listeners = new Map<string, ((...args: never[]) => void)[]>();

  constructor(public connected = false) {}

  on(event: string, listener: (...args: never[]) => void) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  timeout() {
    return {
      emitWithAck: (event: string, message: unknown) =>
        new Promise((reply, reject) =>
          this.sent.push({ event, message, reply, fail: () => reject(new Error('timeout')) }),
        ),
    };
  }
  disconnect() {}
  /** Calls the listeners of an event as the server (or the connection) would, then lets Svelte update. */
  fire(event: string, ...args: unknown[]) {
    if (event === 'connect') this.connected = true;
    if (event === 'disconnect') this.connected = false;
    for (const listener of this.listeners.get(event) ?? []) (listener as (...values: unknown[]) => void)(...args);
    flushSync();
  }
  of(event: string) {
    return this.sent.filter((entry) => entry.event === event);
  }
  last(event: string) {
    return this.of(event).at(-1)!;
  }
}

/** Lets pending promise callbacks run, then Svelte update. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await Promise.resolve();
  flushSync();
}
