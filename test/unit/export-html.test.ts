/** The one-file export's options and its checks, without a build (test/e2e/single-file.test.ts opens real files). */
import { describe, expect, it } from 'vitest';
import { externalReferences, resolveHtmlOptions, studyFileOf, UsageError } from '../../src/cli/export-html.ts';
import { oneFontFamily } from '../../src/vite/single-file.ts';

describe('resolveHtmlOptions', () => {
  it('reads the output, the talks, the quiz switch and --study', () => {
    expect(resolveHtmlOptions([])).toEqual({ out: undefined, talks: [], quiz: undefined, study: false, help: false });
    expect(resolveHtmlOptions(['-o', 'a.html', '--talk', 'x', '--talk=y', '--quiz', 'off', '--study'])).toEqual({
      out: 'a.html',
      talks: ['x', 'y'],
      quiz: false,
      study: true,
      help: false,
    });
    expect(resolveHtmlOptions(['--output', 'b.html', '--quiz=on']).quiz).toBe(true);
  });

  it.each([
    [['--quiz', 'maybe'], 'export:html: --quiz takes on or off, got "maybe" (see --help)'],
    [['--notes'], 'export:html: unknown option "--notes" (see --help)'],
    [['-o', 'a.html', '--out', 'b.html'], 'export:html: --out given twice (see --help)'],
  ])('rejects %j in one line', (argv, message) => {
    expect(() => resolveHtmlOptions(argv)).toThrow(UsageError);
    expect(() => resolveHtmlOptions(argv)).toThrow(message);
  });
});

describe('studyFileOf', () => {
  it('names the study page after the deck’s file, beside it', () => {
    expect(studyFileOf('out/boston-2017.html')).toBe('out/boston-2017-study.html');
    expect(studyFileOf('/tmp/recap.htm')).toBe('/tmp/recap-study.htm');
    expect(studyFileOf('recap')).toBe('recap-study.html');
  });
});

describe('externalReferences', () => {
  it('finds what a page would load by URL, and ignores data, fragments and the scripts’ own text', () => {
    const html = `<html><head><link rel="icon" href="data:image/svg+xml,x"><link rel="stylesheet" href="./a.css">
      <style>@font-face{src:url(data:font/woff2;base64,AA)} .x{background:url(./b.png)} .y{mask:url(#m)}</style>
      <script type="module">const s = '<script src="./never.js">'; fetch(\`url(\${x})\`);</script>
      <script src="https://cdn.example/c.js"></script></head><body><img src="./d.png"></body></html>`;
    expect(externalReferences(html)).toEqual(['https://cdn.example/c.js', './d.png', './a.css', './b.png']);
    expect(externalReferences('<style>a{}</style><script>1</script>')).toEqual([]);
  });
});

describe('oneFontFamily', () => {
  const screen = `@font-face{font-family:"Source Sans 3";font-weight:200 900;src:url(data:font/woff2;base64,VAR)}`;
  const print = (weight: number) =>
    `@font-face{font-family:"Source Sans 3 Print";font-weight:${weight};src:url(data:font/woff2;base64,W${weight})}`;
  const variables = `:root{--deck-font:"Source Sans 3", sans-serif}@media print{:root{--deck-font:"Source Sans 3 Print", sans-serif}}`;

  it('serves screen and print with the static cuts, under the screen family’s name', () => {
    const merged = oneFontFamily(`${screen}${print(400)}${print(700)}${variables}`);
    expect(merged).not.toContain('VAR');
    expect(merged).not.toContain('Print');
    expect(merged).toContain(
      `@font-face{font-family:"Source Sans 3";font-weight:400;src:url(data:font/woff2;base64,W400)}`,
    );
    expect(merged).toContain(`@font-face{font-family:"Source Sans 3";font-weight:700;`);
    expect(merged).toContain('@media print{:root{--deck-font:"Source Sans 3", sans-serif}}');
  });

  it('leaves a page with one of the two (the study page) as it is', () => {
    expect(oneFontFamily(`${screen}${variables}`)).toBe(`${screen}${variables}`);
  });
});
