/**
 * Property tests: HTML assembled at random from hostile fragments, benign article markup,
 * arbitrary tags/attributes and noise never comes out of the sanitizer unsafe, and sanitizing
 * is idempotent.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sanitizeArticleHtml } from '../../../../electron/main/capture/sanitize';
import { safetyViolations } from './safety';

const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  '<iframe src="http://evil.example/"></iframe>',
  '<object data="http://evil.example/x"></object>',
  '<embed src="http://evil.example/x">',
  '<form action="http://evil.example/"><input name=q><button>go</button></form>',
  '<style>body{background:url(http://evil.example/b.png)}</style>',
  '<link rel=stylesheet href="http://evil.example/x.css">',
  '<meta http-equiv=refresh content="0;url=http://evil.example/">',
  '<base href="http://evil.example/">',
  '<a href="javascript:alert(1)">',
  '<a href="data:text/html,<script>alert(1)</script>">',
  '<a href="//evil.example/">',
  '<img src="https://evil.example/x.png">',
  '<img srcset="http://evil.example/x.png 2x">',
  '<video poster="http://evil.example/p.jpg"><source src="http://evil.example/v.mp4">',
  '<table background="http://evil.example/t.png">',
  '<div style="background:url(//evil.example/x)">',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  '<template><script>alert(1)</script></template>',
  '<!-- <img src=x onerror=alert(1)> -->',
  '<![CDATA[<img src=x onerror=alert(1)>]]>',
  '<select><option><img src=x onerror=alert(1)></select>',
  '<textarea></textarea><img src=x onerror=alert(1)>',
  '"><img src=x onerror=alert(1)>',
  "'><svg/onload=alert(1)>",
  '</p></table></div><script>alert(1)</script>',
  '<a href="https://ok.example/" onclick="alert(1)" target=_blank>',
  '<img src="img-1.jpg" onload="alert(1)" style="x:url(http://evil.example/)">',
];

const BENIGN_OPEN = [
  '<p>',
  '<div>',
  '<h1>',
  '<h2>',
  '<blockquote>',
  '<ul><li>',
  '<ol><li>',
  '<table><tr><td>',
  '<figure>',
  '<figcaption>',
  '<em>',
  '<strong>',
  '<span dir="rtl">',
  '<pre>',
  '<a href="https://ok.example/a">',
  '<td>',
  '<tr>',
  '<li>',
];
const BENIGN_CLOSE = [
  '</p>',
  '</div>',
  '</h1>',
  '</h2>',
  '</blockquote>',
  '</li></ul>',
  '</td></tr></table>',
  '</figure>',
  '</em>',
  '</strong>',
  '</span>',
  '</pre>',
  '</a>',
  '</table>',
  '</td>',
  '</tr>',
];
const TAGS = [
  'p',
  'div',
  'a',
  'img',
  'table',
  'tr',
  'td',
  'svg',
  'math',
  'iframe',
  'script',
  'style',
  'form',
  'input',
  'object',
  'video',
  'picture',
  'source',
  'noscript',
  'template',
  'h1',
  'h3',
  'select',
  'textarea',
  'xmp',
  'frameset',
  'body',
  'html',
  'head',
  'title',
];
const ATTRS = [
  'src',
  'href',
  'srcset',
  'style',
  'onerror',
  'onclick',
  'onload',
  'poster',
  'background',
  'action',
  'formaction',
  'xlink:href',
  'data',
  'id',
  'class',
  'name',
  'rel',
  'alt',
  'title',
  'dir',
  'width',
];
const VALUES = [
  'javascript:alert(1)',
  'http://evil.example/x.png',
  '//evil.example/x',
  'data:image/png;base64,AAAA',
  'img-3.png',
  'https://ok.example/',
  ' JAVASCRIPT:alert(1)',
  'url(http://evil.example/)',
  'alert(1)',
  '"><script>alert(1)</script>',
  '',
];

const attribute = fc
  .tuple(fc.constantFrom(...ATTRS), fc.constantFrom(...VALUES), fc.constantFrom('"', "'", ''))
  .map(([name, value, q]) =>
    q ? ` ${name}=${q}${value}${q}` : ` ${name}=${value.replace(/\s/g, '') || 'x'}`,
  );
const randomTag = fc
  .tuple(fc.constantFrom(...TAGS), fc.array(attribute, { maxLength: 3 }), fc.boolean())
  .map(([tag, attrs, close]) => (close ? `</${tag}>` : `<${tag}${attrs.join('')}>`));
const text = fc.constantFrom(
  'Text',
  'A sentence. ',
  ' ',
  '&amp;',
  '&lt;script&gt;',
  '<',
  '>',
  '"',
  "'",
  'javascript:',
  'onclick=x',
);

const fragment = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 2, arbitrary: fc.constantFrom(...BENIGN_OPEN, ...BENIGN_CLOSE) },
  { weight: 3, arbitrary: randomTag },
  { weight: 2, arbitrary: text },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);
const hostileHtml = fc.array(fragment, { minLength: 1, maxLength: 30 }).map((parts) => parts.join(''));

describe('sanitizeArticleHtml: properties', () => {
  it('never lets through scripts, handlers, frames, forms, styles, bad URLs or remote resources', () => {
    fc.assert(
      fc.property(hostileHtml, (html) => {
        expect(safetyViolations(sanitizeArticleHtml(html))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(hostileHtml, (html) => {
        const once = sanitizeArticleHtml(html);
        expect(sanitizeArticleHtml(once)).toBe(once);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the text of benign markup', () => {
    const word = fc.stringMatching(/^[A-Za-z]{1,12}$/);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('p', 'h2', 'li', 'blockquote', 'em'), word), {
          minLength: 1,
          maxLength: 8,
        }),
        (items) => {
          const out = sanitizeArticleHtml(items.map(([tag, w]) => `<${tag}>${w}</${tag}>`).join(''));
          for (const [, w] of items) expect(out).toContain(w);
        },
      ),
      { numRuns: 100 },
    );
  });
});
