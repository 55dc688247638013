/** The one rule for URLs from outside the code: absolute http(s) only. */
import { describe, expect, it, vi } from 'vitest';
import { resolveViewOptions } from '../../src/deck/view.ts';
import { webAddress } from '../../src/model/links.ts';

describe('webAddress', () => {
  it('takes absolute http(s) addresses only', () => {
    expect(webAddress('https://example.org/recap/')?.href).toBe('https://example.org/recap/');
    expect(webAddress(' http://example.org ')?.href).toBe('http://example.org/');
    for (const bad of [
      'javascript:alert(1)',
      'javascript://x/%0aalert(document.domain)//',
      'JaVaScRiPt:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'file:///etc/passwd',
      'not a url',
      '/relative/path',
      '',
    ]) {
      expect(webAddress(bad), bad).toBeUndefined();
    }
  });
});

describe('link-base in the URL', () => {
  it('is kept when it is an http(s) address, and ignored with a warning otherwise', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(resolveViewOptions('?link-base=https%3A%2F%2Fexample.org%2Frecap%2F').linkBase).toBe(
      'https://example.org/recap/',
    );
    expect(warn).not.toHaveBeenCalled();
    for (const bad of [
      'javascript%3A%2F%2Fx%2F%250aalert(document.domain)%2F%2F',
      'javascript%3Aalert(1)',
      'not%20a%20url',
    ]) {
      expect(resolveViewOptions(`?print-pdf&link-base=${bad}`).linkBase, bad).toBeUndefined();
    }
    expect(warn).toHaveBeenCalledTimes(3);
    expect(warn.mock.calls[0][0]).toMatch(/link-base must be an http\(s\) address; ignored: javascript:/);
    warn.mockRestore();
  });
});
