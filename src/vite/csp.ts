/**
 * The pages' Content-Security-Policy, as a `<meta http-equiv>` written into every built page: scripts and
 * everything else from the site's own origin only, and no inline script but one, the speaker view that
 * reveal.js's notes plugin writes into its window (which inherits this policy), allowed by its hash.
 * Styles may be inline: reveal.js and Svelte set them on elements.
 * `frame-ancestors` cannot be set from a meta tag: README gives the header for hosts that allow headers.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';

/** The speaker view's inline script, as the notes plugin writes it (the text between its script tags). */
export function speakerViewScript(notesPluginSource: string): string {
  const call = /\.document\.write\(("(?:[^"\\]|\\.)*")\)/s.exec(notesPluginSource);
  if (!call) throw new Error('reveal.js notes plugin: the speaker view document was not found');
  // The argument is a plain string literal of reveal.js's own code: read it as JavaScript does.
  const html = new Function(`return ${call[1]};`)() as string;
  const script = /<script>([\s\S]*?)<\/script>/.exec(html);
  if (!script) throw new Error('reveal.js notes plugin: the speaker view script was not found');
  return script[1];
}

const hashOf = (script: string) => `'sha256-${createHash('sha256').update(script).digest('base64')}'`;

export function contentSecurityPolicy(
  inlineScripts: readonly string[],
  options: { inlineFonts?: boolean } = {},
): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${inlineScripts.map(hashOf).join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    options.inlineFonts ? "font-src 'self' data:" : "font-src 'self'",
    "connect-src 'self'",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/**
 * The policy of a page made one file (npm run export:html), whose scripts and fonts are written inside it:
 * each inline script is allowed by its hash, as the speaker view's is, and fonts may be data: URLs.
 */
export function oneFilePolicy(html: string): string {
  const scripts = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]);
  const notes = createRequire(import.meta.url).resolve('reveal.js/plugin/notes');
  const policy = contentSecurityPolicy(
    [speakerViewScript(readFileSync(notes.replace(/\.js$/, '.mjs'), 'utf8')), ...scripts],
    { inlineFonts: true },
  );
  return html.replace(
    /<meta http-equiv="Content-Security-Policy" content="[^"]*">/,
    `<meta http-equiv="Content-Security-Policy" content="${policy.replace(/'/g, '&#39;')}">`,
  );
}

/** Writes the policy into each built page (the dev server's own scripts are left alone). */
export function cspPlugin(): Plugin {
  let policy = '';
  return {
    name: 'summit-recap-csp',
    apply: 'build',
    buildStart() {
      const notes = createRequire(import.meta.url).resolve('reveal.js/plugin/notes');
      policy = contentSecurityPolicy([speakerViewScript(readFileSync(notes.replace(/\.js$/, '.mjs'), 'utf8'))]);
    },
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' },
      ],
    },
  };
}
