/** What a page does that a user would call a bug: requests to other origins, console and page errors. */
import type { Page } from 'playwright-core';

export interface PageReport {
  /** Requests to any origin other than the app's own. */
  foreignRequests: string[];
  /** Console errors, page errors and failed requests. */
  errors: string[];
}

export function watchPage(page: Page, origin: string, report: PageReport): void {
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith(`blob:${origin}`) && !url.startsWith('data:')) {
      report.foreignRequests.push(url);
    }
  });
  page.on('console', (message) => {
    if (message.type() === 'error') report.errors.push(message.text());
  });
  page.on('pageerror', (error) => report.errors.push(error.message));
  page.on('requestfailed', (request) => {
    // Leaving a page cancels what it was still loading (its icon, say): that is not a failure.
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') report.errors.push(`failed: ${request.url()}`);
  });
}
