/**
 * A clip sent over HTTP arrives like any import: captured from the page's HTML, its pictures
 * downloaded, and stored in a real archive on disk. The onClip here is the wiring the app uses
 * (captureClippedPage, then add); the web is a fetch that serves a PNG for every picture and a
 * resolver that calls every host public, so no request leaves this machine.
 */
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openArchive, type Archive } from '../../../electron/main/archive';
import { clippingRelDir } from '../../../electron/main/archive/layout';
import { captureClippedPage } from '../../../electron/main/capture';
import { newClipperToken, startClipper, type RunningClipper } from '../../../electron/main/clipper';
import { send } from './http-client';

const fixtures = path.resolve(import.meta.dirname, '../../fixtures/pages/guardian-1');
const token = newClipperToken();
const headers = { 'content-type': 'application/json', 'x-cuttings-clip': '1', 'x-cuttings-token': token };
const pageUrl = 'https://www.theguardian.com/world/2019/jan/03/what-is-the-sea-telling-us-maori-fearful-over-whale-strandings';

let dir: string;
let archive: Archive;
let clipper: RunningClipper;
let html: string;
let expected: { title: string };
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 1, 2, 3, 4]);
const imageRequests: string[] = [];
const web: typeof fetch = async (input) => {
  imageRequests.push(String(input));
  return new Response(PNG, { status: 200, headers: { 'content-type': 'image/png' } });
};

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'cuttings-clipper-'));
  archive = await openArchive(dir, { dailyBackup: 'off' });
  html = await readFile(path.join(fixtures, 'source.html'), 'utf8');
  expected = JSON.parse(await readFile(path.join(fixtures, 'expected-metadata.json'), 'utf8')) as { title: string };
  clipper = await startClipper({
    port: 0,
    token,
    onClip: async (clip) => {
      const article = await captureClippedPage(clip.html, clip.url, { fetch: web, lookup: async () => ['93.184.216.34'] });
      const { clipping, duplicate } = await archive.add(article);
      return { id: clipping.id, title: clipping.title, duplicate };
    },
  });
});
afterAll(async () => {
  await clipper?.close();
  await archive?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('a clip from the browser', () => {
  it('is captured and stored in the archive, and a second send is a duplicate', async () => {
    const body = JSON.stringify({ url: pageUrl, title: expected.title, html });
    const first = await send(clipper.port, { headers, body });
    expect(first.status).toBe(201);
    const { id, title, duplicate } = first.json as { id: string; title: string; duplicate: boolean };
    expect(duplicate).toBe(false);

    const stored = await archive.get(id);
    expect(stored?.title).toBe(title);
    // The page's own headline, less the quote marks and the " | author" suffix it carries.
    const headline = expected.title.replace(/ \| .*$/, '').replace(/^'|'$/g, '');
    expect(title).toContain(headline.slice(0, 25));
    expect(stored?.text.length).toBeGreaterThan(1000);
    expect(archive.summaries().map((s) => s.id)).toEqual([id]);

    // Its pictures were downloaded and are on disk beside it, and the article HTML names them.
    expect(imageRequests.length).toBeGreaterThan(0);
    expect(imageRequests.every((u) => u.startsWith('https://'))).toBe(true);
    expect(stored?.images.length).toBeGreaterThan(0);
    const folder = path.join(dir, clippingRelDir(id, stored?.capturedAt ?? ''));
    for (const image of stored?.images ?? []) expect((await stat(path.join(folder, image.file))).size).toBe(PNG.byteLength);
    const articleHtml = await readFile(path.join(folder, 'article.html'), 'utf8');
    const named = [...articleHtml.matchAll(/<img[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]);
    expect(named.length).toBeGreaterThan(0);
    const files = new Set(stored?.images.map((i) => i.file));
    for (const file of named) expect(files.has(file ?? ''), `${file} is stored`).toBe(true);

    const again = await send(clipper.port, { headers, body });
    expect(again.status).toBe(201);
    expect(again.json).toEqual({ id, title, duplicate: true });
    expect(archive.summaries()).toHaveLength(1);
  });

  it('refuses a page with no article with the capture’s own message, storing nothing', async () => {
    const before = archive.summaries().length;
    const body = JSON.stringify({ url: 'https://news.example/empty', title: 'Empty', html: '<html><head><title>Empty</title></head><body></body></html>' });
    const answer = await send(clipper.port, { headers, body });
    expect(answer.status).toBe(422);
    expect(answer.json?.error).toMatch(/No article text was found/);
    expect(archive.summaries()).toHaveLength(before);
  });
});
