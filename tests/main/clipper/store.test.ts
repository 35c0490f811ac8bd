/**
 * A clip sent over HTTP arrives like any import: captured from the page's HTML and stored in
 * a real archive on disk. The onClip here is the wiring the app uses (capture, then add).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openArchive, type Archive } from '../../../electron/main/archive';
import { captureHtml } from '../../../electron/main/capture/html';
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

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'cuttings-clipper-'));
  archive = await openArchive(dir, { dailyBackup: 'off' });
  html = await readFile(path.join(fixtures, 'source.html'), 'utf8');
  expected = JSON.parse(await readFile(path.join(fixtures, 'expected-metadata.json'), 'utf8')) as { title: string };
  clipper = await startClipper({
    port: 0,
    token,
    onClip: async (clip) => {
      const { clipping, duplicate } = await archive.add(await captureHtml(clip.html, { url: clip.url }));
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
