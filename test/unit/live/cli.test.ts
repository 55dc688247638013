/** `npm run live`: its options, and a bad one stopping it in one line before anything starts. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lanAddress, resolveLiveOptions } from '../../../src/cli/live.ts';
import { UsageError } from '../../../src/cli/common.ts';

const work = mkdtempSync(join(tmpdir(), 'summit-recap-live-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('resolveLiveOptions', () => {
  it('listens on every interface, port 8080, for 500 people, by default', () => {
    expect(resolveLiveOptions([])).toEqual({
      port: 8080,
      host: '0.0.0.0',
      results: undefined,
      maxParticipants: 500,
      dist: undefined,
      help: false,
    });
    expect(
      resolveLiveOptions(['--port', '0', '--host', '127.0.0.1', '--results', 'r.json', '--max-participants=40']),
    ).toMatchObject({
      port: 0,
      host: '127.0.0.1',
      results: 'r.json',
      maxParticipants: 40,
    });
  });

  it.each([
    [
      ['--port', 'http'],
      'live: --port must be a whole number from 0 to 65535, got "http" (npm run live -- --help lists the options)',
    ],
    [
      ['--port', '70000'],
      'live: --port must be a whole number from 0 to 65535, got "70000" (npm run live -- --help lists the options)',
    ],
    [
      ['--max-participants', '0'],
      'live: --max-participants must be a whole number from 1 to 100000, got "0" (npm run live -- --help lists the options)',
    ],
    [['--room'], 'live: unknown option "--room" (npm run live -- --help lists the options)'],
  ])('rejects %j in one line', (argv, message) => {
    expect(() => resolveLiveOptions(argv)).toThrow(UsageError);
    expect(() => resolveLiveOptions(argv)).toThrow(message.slice('live: '.length));
  });
});

describe('lanAddress', () => {
  it('gives the address asked for, or else one that phones on the network can reach', () => {
    expect(lanAddress('127.0.0.1')).toBe('127.0.0.1');
    expect(lanAddress('0.0.0.0')).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  });
});

describe('the command', () => {
  const run = (args: string[]) =>
    spawnSync(resolve('node_modules/.bin/tsx'), [resolve('src/cli/live.ts'), ...args], {
      encoding: 'utf8',
      timeout: 20_000,
    });

  it('stops on a bad option with one line and status 1', () => {
    const result = run(['--port', 'eighty']);
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      'live: --port must be a whole number from 0 to 65535, got "eighty" (npm run live -- --help lists the options)',
    );
    expect(result.stdout).toBe('');
  });

  it('refuses a build of another event, or none, given with --dist', () => {
    const result = run(['--dist', join(work, 'nothing'), '--port', '0']);
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain(`live: --dist: ${join(work, 'nothing')} is missing`);
  });

  it('prints its options on --help', () => {
    const result = run(['--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('--max-participants N');
  });
});
