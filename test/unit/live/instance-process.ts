/**
 * One instance of the live room in a process of its own, on the Redis given, serving the test questions: a
 * test can kill it (SIGKILL) as a crash would. Prints `{ "url", "key", "code" }` on one line once it listens.
 * Usage: tsx instance-process.ts <redis-url> <room-name> <dist-dir>
 */
import { startInstance } from '../../../src/live/instance.ts';
import { QUESTIONS } from './fixture.ts';

const [redis, room, distDir] = process.argv.slice(2) as [string, string, string];
const instance = await startInstance({
  questions: QUESTIONS,
  event: 'test',
  store: { redis, room },
  maxParticipants: 100,
  distDir,
  releaseName: (id) => id,
  listen: { port: 0, hostname: '127.0.0.1' },
  joinUrl: () => '',
  log: (line) => console.error(line),
});
console.log(JSON.stringify({ url: instance.server.url, key: instance.key, code: instance.room.code }));
