/**
 * A room's log on disk: one JSON event a line, appended and flushed to the disk before anything it holds is
 * acknowledged. Restarting with the same file replays it; a line cut short by a crash is left out.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { RoomLog } from './host.ts';
import type { RoomEvent } from './room.ts';

export class FileLog implements RoomLog {
  private handle: FileHandle | undefined;
  /** The file ends in a line cut short: the next event starts on a new line. */
  private cut = false;

  constructor(readonly path: string) {}

  async read(): Promise<RoomEvent[]> {
    let text: string;
    try {
      text = readFileSync(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    this.cut = text.length > 0 && !text.endsWith('\n');
    return text.split('\n').flatMap((line) => {
      if (!line.trim()) return [];
      try {
        return [JSON.parse(line) as RoomEvent];
      } catch {
        return []; // the last line, cut short by a crash
      }
    });
  }

  async write(events: readonly RoomEvent[]): Promise<void> {
    if (!this.handle) {
      mkdirSync(dirname(this.path), { recursive: true });
      this.handle = await open(this.path, 'a');
    }
    const lines = events.map((event) => `${JSON.stringify(event)}\n`).join('');
    await this.handle.appendFile(this.cut ? `\n${lines}` : lines);
    this.cut = false;
    await this.handle.datasync();
  }

  async close(): Promise<void> {
    await this.handle?.close();
    this.handle = undefined;
  }
}
