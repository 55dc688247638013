/**
 * In the print view, links become what a PDF can follow: a link to a slide (`#/talk`) points at the slide's
 * element id, which the PDF keeps as an internal link; a link to another page of the site (the study page) needs
 * the deck's public address (`link-base`), and without one it would point at the exporting machine, so it
 * becomes plain text.
 */
import { printedSlideHref } from '../../model/addresses.ts';
import type { Controller } from './controller.ts';

export function printLinks(linkBase: string | undefined): Controller {
  return ({ element }) => {
    const changed: [HTMLAnchorElement, string][] = [];
    for (const link of element.querySelectorAll<HTMLAnchorElement>('a[href]')) {
      const href = link.getAttribute('href')!;
      const printed = printedSlideHref(href);
      if (printed) link.setAttribute('href', printed);
      else if (!href.startsWith('./')) continue;
      else if (linkBase) link.href = new URL(href, linkBase).href;
      else link.removeAttribute('href');
      changed.push([link, href]);
    }
    return () => {
      for (const [link, href] of changed) link.setAttribute('href', href);
    };
  };
}
