import { describe, expect, it } from 'vitest';
import { sanitizeArticleHtml } from '../../../../electron/main/capture/sanitize';
import { safetyViolations } from './safety';

/** Known XSS and resource-loading vectors (OWASP filter evasion cheat sheet, DOMPurify's tests). */
const VECTORS = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=http://evil.example/xss.js></SCRIPT>',
  '<img src=x onerror=alert(1)>',
  '<img src="img-1.jpg" onload="alert(1)">',
  '<svg onload=alert(1)><circle r=5 /></svg>',
  '<svg><a xlink:href="javascript:alert(1)"><text x="20" y="20">XSS</text></a></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>',
  '<body onload=alert(1)>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<a href="javascript:alert(1)">x</a>',
  '<a href="JaVaScRiPt:alert(1)">x</a>',
  '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">x</a>',
  '<a href="jav&#x09;ascript:alert(1)">x</a>',
  '<a href=" javascript:alert(1)">x</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
  '<a href="vbscript:msgbox(1)">x</a>',
  '<a href="//evil.example/">protocol-relative</a>',
  '<form action="javascript:alert(1)"><input type="submit"><button formaction="javascript:alert(1)">b</button></form>',
  '<input type="image" src="http://evil.example/x.png">',
  '<object data="http://evil.example/x.swf"></object>',
  '<embed src="http://evil.example/x.swf">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<link rel="stylesheet" href="http://evil.example/x.css">',
  '<style>@import "http://evil.example/x.css"; body { background: url(http://evil.example/b.png) }</style>',
  '<div style="background-image: url(http://evil.example/b.png)">d</div>',
  '<p style="behavior: url(x.htc); width: expression(alert(1))">p</p>',
  '<img srcset="http://evil.example/x.png 1x, http://evil.example/y.png 2x" src="img-1.jpg">',
  '<img src="https://evil.example/x.png">',
  '<img src="//evil.example/x.png">',
  '<img src="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=">',
  '<img src="../../etc/passwd">',
  '<picture><source srcset="http://evil.example/x.webp"><img src="img-2.webp"></picture>',
  '<video poster="http://evil.example/p.jpg"><source src="http://evil.example/v.mp4"></video>',
  '<audio src="http://evil.example/a.mp3"></audio>',
  '<table background="http://evil.example/b.png"><tr><td background="http://evil.example/c.png">c</td></tr></table>',
  '<base href="http://evil.example/">',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
  '<template><script>alert(1)</script></template>',
  '<details open ontoggle=alert(1)>d</details>',
  '<blockquote cite="javascript:alert(1)">q</blockquote>',
  '<div id="cookie" name="location" class="x">clobber</div>',
  '<a href="https://ok.example/" ping="http://evil.example/track" target="_blank">ping</a>',
  '<isindex action="javascript:alert(1)" type="image">',
  '<xmp><img src=x onerror=alert(1)></xmp>',
  '<textarea><img src=x onerror=alert(1)></textarea>',
  '<div data-src="http://evil.example/x.png" data-bind="alert(1)">data</div>',
];

describe('sanitizeArticleHtml: known vectors', () => {
  it.each(VECTORS)('neutralises %s', (vector) => {
    const out = sanitizeArticleHtml(`<p>before</p>${vector}<p>after</p>`);
    expect(safetyViolations(out)).toEqual([]);
    expect(out).toContain('<p>before</p>');
    expect(out).not.toMatch(
      /alert\(1\)<\/script|<script|<iframe|<object|<embed|<style|<link|<meta|<base|<form|<input/i,
    );
    expect(sanitizeArticleHtml(out)).toBe(out);
  });
});

describe('sanitizeArticleHtml: what stays', () => {
  it('keeps article structure, archive images and http(s) links', () => {
    const out = sanitizeArticleHtml(
      '<h2>Head</h2><p>Some <strong>bold</strong> and <em>em</em> text with a ' +
        '<a href="https://example.org/story?id=1">link</a>.</p>' +
        '<figure><img src="img-1.jpg" alt="A harbour" width="600"><figcaption>Caption</figcaption></figure>' +
        '<blockquote><p>Quoted</p></blockquote><ul><li>one</li><li>two</li></ul>' +
        '<table><tbody><tr><th>k</th><td>v</td></tr></tbody></table>',
    );
    expect(out).toContain('<h2>Head</h2>');
    expect(out).toContain('<strong>bold</strong>');
    expect(out).toContain('<a href="https://example.org/story?id=1" rel="noopener noreferrer">link</a>');
    expect(out).toContain('<img src="img-1.jpg" alt="A harbour" width="600">');
    expect(out).toContain('<figcaption>Caption</figcaption>');
    expect(out).toContain('<li>two</li>');
    expect(out).toContain('<td>v</td>');
  });

  it('keeps the text of links it disarms and drops images it cannot serve', () => {
    const out = sanitizeArticleHtml(
      '<p><a href="javascript:alert(1)">read more</a><img src="http://x.example/a.png"></p>',
    );
    expect(out).toBe('<p><a>read more</a></p>');
  });

  it('keeps the writing direction and language of the text', () => {
    const out = sanitizeArticleHtml('<div dir="rtl" lang="ar"><p>نص</p></div>');
    expect(out).toBe('<div dir="rtl" lang="ar"><p>نص</p></div>');
  });

  it('removes a rel it did not set itself', () => {
    expect(sanitizeArticleHtml('<p rel="opener">x</p><a rel="opener">y</a>')).toBe('<p>x</p><a>y</a>');
  });

  it('returns an empty string for nothing but hostile markup', () => {
    expect(sanitizeArticleHtml('<script>alert(1)</script><iframe src="x"></iframe>')).toBe('');
  });

  it('reaches a stable form when removing elements leaves text inside a table', () => {
    const once = sanitizeArticleHtml('<table><tr><td>cell</td></tr><form>loose text</form></table>');
    expect(safetyViolations(once)).toEqual([]);
    expect(once).toContain('loose text');
    expect(sanitizeArticleHtml(once)).toBe(once);
  });

  // Found by the property tests: the parser foster-parents these into trees it never reads back.
  it.each([
    '<p><table><p>',
    '<a href="https://a.example/"><table><a href="https://b.example/">Text',
    '<p>one<table><tr><td>cell</td></tr></table><p>two',
  ])('is idempotent on foster-parented markup %s', (html) => {
    const once = sanitizeArticleHtml(html);
    expect(sanitizeArticleHtml(once)).toBe(once);
  });
});
