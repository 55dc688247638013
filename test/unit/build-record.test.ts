/** A build says which event it was made for, and from which data: commands rebuild dist/ when it is another. */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readBuildRecord, rebuildReason } from '../../src/cli/build.ts';
import { checkWritable, UsageError } from '../../src/cli/common.ts';
import { BUILD_RECORD, deckFingerprint } from '../../src/model/fs.ts';

const root = process.cwd();
const slides = resolve('test/fixtures/slides');
const temp = mkdtempSync(join(tmpdir(), 'summit-recap-record-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** A dist/ as a build leaves it, recording an event and a fingerprint, dated now (after the code). */
function fakeDist(event: string, data: string): string {
  const dist = mkdtempSync(join(temp, 'dist-'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html>');
  writeFileSync(join(dist, BUILD_RECORD), JSON.stringify({ event, data }));
  return dist;
}

describe('rebuildReason', () => {
  const fingerprint = deckFingerprint(slides, 'mini-summit');

  it('is none when dist/ was built for the event, from the same data', () => {
    expect(rebuildReason(root, fakeDist('mini-summit', fingerprint), slides, 'mini-summit')).toBeUndefined();
  });

  it('names what differs: no build, another event, other data, older than the code', () => {
    expect(rebuildReason(root, join(temp, 'nowhere'), slides, 'mini-summit')).toBe('dist/ is missing');
    expect(rebuildReason(root, fakeDist('boston-2017', fingerprint), slides, 'mini-summit')).toBe(
      'dist/ was built for boston-2017',
    );
    // The same event in another folder, with one word changed.
    const other = join(temp, 'slides');
    cpSync(slides, other, { recursive: true });
    const file = join(other, 'mini-summit', 'widget-update.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Widget', 'Wodget'));
    expect(deckFingerprint(other, 'mini-summit')).not.toBe(fingerprint);
    expect(rebuildReason(root, fakeDist('mini-summit', fingerprint), other, 'mini-summit')).toBe(
      'dist/ was built from other mini-summit data',
    );
    const old = fakeDist('mini-summit', fingerprint);
    utimesSync(join(old, 'index.html'), new Date(2000, 0, 1), new Date(2000, 0, 1));
    expect(rebuildReason(root, old, slides, 'mini-summit')).toBe('dist/ is older than the code');
  });

  it('counts a translation as built with its original: one site holds them both', () => {
    const pair = resolve('test/fixtures/translations/good');
    const data = deckFingerprint(pair, 'mini-summit');
    const dist = fakeDist('mini-summit', data);
    expect(rebuildReason(root, dist, pair, 'mini-summit-fr')).toBeUndefined();
    expect(rebuildReason(root, dist, pair, 'mini-summit')).toBeUndefined();
    // The data of a recap is the data of every edition: the fixture alone has another fingerprint.
    expect(rebuildReason(root, fakeDist('mini-summit', fingerprint), pair, 'mini-summit-fr')).toBe(
      'dist/ was built from other mini-summit data',
    );
  });

  it('reads a record only when it is one', () => {
    const dist = mkdtempSync(join(temp, 'dist-'));
    writeFileSync(join(dist, BUILD_RECORD), '{"event": 3}');
    expect(readBuildRecord(dist)).toBeUndefined();
  });
});

describe('checkWritable', () => {
  it('passes where a file can be made, leaving nothing behind', () => {
    const dir = mkdtempSync(join(temp, 'out-'));
    checkWritable('export:pdf', join(dir, 'new', 'deck.pdf'));
    expect(readdirSync(dir)).toEqual([]);
    mkdirSync(join(dir, 'folder'));
    expect(() => checkWritable('export:pdf', join(dir, 'folder'))).toThrow('cannot write');
  });

  it('fails at once, naming the file asked for, where no file can be made (even as root)', () => {
    const check = () => checkWritable('export:pdf', '/proc/x.pdf');
    expect(check).toThrow(UsageError);
    expect(check).toThrow(/^export:pdf: cannot write \/proc\/x\.pdf: \/proc takes no new file/);
    expect(check).not.toThrow(/\.tmp|probe|partial/);
  });
});
