/**
 * The one rule for a URL that comes from outside the code (the query string, the data): an absolute http(s)
 * address. Anything else (javascript:, data:, unparsable text) is not a link. Pure.
 */

/** The WHATWG URL parser, global in browsers and in Node alike (declared here: the model is typed without DOM). */
declare const URL: new (input: string) => ParsedUrl;

/** What the model reads of a parsed URL. */
export interface ParsedUrl {
  protocol: string;
  href: string;
}

/** An absolute http(s) URL as the browser would resolve it, or undefined for anything else. */
export function webAddress(text: string): ParsedUrl | undefined {
  let url: ParsedUrl;
  try {
    url = new URL(text.trim());
  } catch {
    return undefined;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
}
