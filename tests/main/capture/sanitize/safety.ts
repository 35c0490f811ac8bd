/**
 * An independent check that HTML is safe to show: parse it the way a browser would (jsdom) and
 * list every rule it breaks. Shared by the sanitizer, page and URL tests.
 */
import { JSDOM } from 'jsdom';

const ALLOWED_TAGS = new Set(
  (
    'a abbr article aside b bdi bdo blockquote br caption cite code col colgroup dd del details dfn div dl dt ' +
    'em figcaption figure footer h1 h2 h3 h4 h5 h6 header hr i img ins kbd li main mark ol p picture pre q rp rt ruby s ' +
    'samp section small span strong sub summary sup table tbody td tfoot th thead time tr u ul var wbr'
  ).split(' '),
);
const URL_ATTRS = new Set([
  'src',
  'href',
  'srcset',
  'poster',
  'background',
  'action',
  'formaction',
  'data',
  'cite',
  'ping',
  'xlink:href',
  'lowsrc',
  'dynsrc',
  'longdesc',
  'codebase',
  'manifest',
  'icon',
]);
const ARCHIVE_FILE = /^[A-Za-z0-9][A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]+)*$/;

const { window } = new JSDOM('');

/** Every way `html` breaks the sanitizer's promises; empty when it is safe. */
export function safetyViolations(html: string): string[] {
  const problems: string[] = [];
  const template = window.document.createElement('template');
  template.innerHTML = html;
  for (const el of Array.from(template.content.querySelectorAll('*'))) {
    const tag = el.tagName.toLowerCase();
    if (!ALLOWED_TAGS.has(tag)) problems.push(`element <${tag}>`);
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) problems.push(`handler ${name} on <${tag}>`);
      if (name === 'style') problems.push(`style on <${tag}>`);
      if (name === 'src' && !(tag === 'img' && ARCHIVE_FILE.test(attr.value))) {
        problems.push(`src="${attr.value}" on <${tag}>`);
      } else if (name === 'href') {
        let ok = false;
        try {
          const url = new URL(attr.value);
          ok = tag === 'a' && (url.protocol === 'http:' || url.protocol === 'https:');
        } catch {
          ok = false;
        }
        if (!ok) problems.push(`href="${attr.value}" on <${tag}>`);
        if (el.getAttribute('rel') !== 'noopener noreferrer')
          problems.push(`link without rel=noopener noreferrer`);
      } else if (URL_ATTRS.has(name) && name !== 'src') {
        problems.push(`${name}="${attr.value}" on <${tag}>`);
      }
      if (/^\s*(?:javascript|data|vbscript):/i.test(attr.value)) problems.push(`${attr.value} in ${name}`);
    }
  }
  return problems;
}
