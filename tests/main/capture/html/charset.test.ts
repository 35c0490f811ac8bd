/** Bytes that are valid UTF-8 are read as UTF-8 whatever the page declares; real legacy pages still decode. */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { captureHtml } from '../../../../electron/main/capture/html';
import { decodeHtml } from '../../../../electron/main/capture/html/decode';

const page = (charset: string, title: string, body: string): string =>
  `<!doctype html><html><head><meta charset="${charset}"><title>${title}</title></head><body><article><h1>${title}</h1>${body}</article></body></html>`;
const ZH_TITLE = '上海今年将新增公共充电桩2万个';
const ZH_BODY = '<p>上海市经济和信息化委员会11日发布消息称，今年上海将新增公共充电桩2万个，进一步完善新能源汽车充电网络。据介绍，新增充电桩将重点布局在居民小区、商业中心和高速公路服务区。</p>'.repeat(3);

describe('charset', () => {
  it('reads a page saved as UTF-8 that still says gb2312 as UTF-8 (no mojibake)', async () => {
    const bytes = new TextEncoder().encode(page('gb2312', ZH_TITLE, ZH_BODY));
    expect(decodeHtml(bytes)).toContain(ZH_TITLE);
    const article = await captureHtml(bytes);
    expect(article.title).toBe(ZH_TITLE);
    expect(article.text).toContain('上海市经济和信息化委员会');
    expect(article.lang).toBe('zh');
  });

  it('still reads a page that really is GB2312, or windows-1252, as declared', () => {
    const gb = iconv.encode(page('gb2312', ZH_TITLE, ZH_BODY), 'gb2312');
    expect(decodeHtml(new Uint8Array(gb))).toContain(ZH_TITLE);
    const latin = iconv.encode(page('windows-1252', 'Café à Genève', '<p>Un été très chaud à Genève.</p>'), 'windows-1252');
    expect(decodeHtml(new Uint8Array(latin))).toContain('Un été très chaud à Genève.');
  });

  it('lets the server\'s charset outrank the page only when the bytes are not UTF-8', () => {
    const utf8 = new TextEncoder().encode(page('utf-8', 'Genève', '<p>Genève</p>'));
    expect(decodeHtml(utf8, 'iso-8859-1')).toContain('<p>Genève</p>');
    const latin = new Uint8Array(iconv.encode('<p>Genève</p>', 'windows-1252'));
    expect(decodeHtml(latin, 'iso-8859-1')).toBe('<p>Genève</p>');
  });
});
