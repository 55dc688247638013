/** Builds the real deck and a second, fixture event once for all end-to-end tests. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { BrowserNotFoundError, findBrowser } from '../../src/cli/browser.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    distDir: string;
    fixtureDistDir: string;
  }
}

export function build(outDir: string, env: Record<string, string> = {}): void {
  execFileSync(
    resolve('node_modules/.bin/vite'),
    ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'],
    {
      // vitest sets NODE_ENV=test; the deck under test is the production build.
      env: { ...process.env, NODE_ENV: 'production', ...env },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
}

export default async function setup(project: TestProject) {
  // No browser: one clear line saying what to install, not a stack trace from every test file.
  try {
    await findBrowser();
  } catch (error) {
    if (!(error instanceof BrowserNotFoundError)) throw error;
    console.error(`\nThe browser tests need Chromium: ${error.message}\n`);
    process.exit(1);
  }
  const root = mkdtempSync(join(tmpdir(), 'summit-recap-e2e-'));
  const distDir = join(root, 'boston');
  const fixtureDistDir = join(root, 'fixture');
  build(distDir);
  build(fixtureDistDir, { SLIDES_DIR: resolve('test/fixtures/slides') });
  project.provide('distDir', distDir);
  project.provide('fixtureDistDir', fixtureDistDir);
  return () => rmSync(root, { recursive: true, force: true });
}
