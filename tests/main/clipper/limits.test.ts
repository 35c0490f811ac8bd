/**
 * Size and time caps: oversized bodies and slow (dribbling) requests are cut off, over real
 * sockets on 127.0.0.1, with a tiny cap and a short deadline so the tests stay quick.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { newClipperToken, startClipper, type ClipPayload, type RunningClipper } from '../../../electron/main/clipper';
import { raw, send } from './http-client';

const token = newClipperToken();
const MAX = 2048;
const DEADLINE_MS = 400;
let clipper: RunningClipper;
const received: ClipPayload[] = [];

beforeAll(async () => {
  clipper = await startClipper({
    port: 0,
    token,
    maxBodyBytes: MAX,
    requestTimeoutMs: DEADLINE_MS,
    onClip: async (clip) => {
      received.push(clip);
      return { id: 'c1', title: clip.title, duplicate: false };
    },
  });
});
afterAll(() => clipper.close());
beforeEach(() => {
  received.length = 0;
});

const clipWith = (html: string): string => JSON.stringify({ url: 'https://news.example/a', title: 'A', html });
const head = (extra: string): string =>
  `POST /clip HTTP/1.1\r\nHost: 127.0.0.1:${clipper.port}\r\nContent-Type: application/json\r\n` +
  `X-Cuttings-Clip: 1\r\nX-Cuttings-Token: ${token}\r\n${extra}\r\n`;

describe('size cap', () => {
  it('accepts a body just under the cap', async () => {
    const payload = clipWith('x'.repeat(MAX - clipWith('').length));
    expect(Buffer.byteLength(payload)).toBe(MAX);
    const answer = await send(clipper.port, {
      headers: { 'content-type': 'application/json', 'x-cuttings-clip': '1', 'x-cuttings-token': token },
      body: payload,
    });
    expect(answer.status).toBe(201);
    expect(received).toHaveLength(1);
  });

  it('refuses a declared Content-Length over the cap with 413, before reading it', async () => {
    const outcome = await raw(clipper.port, head(`Content-Length: ${MAX + 1}\r\n`));
    expect(outcome.status).toBe(413);
    expect(outcome.received).toMatch(/"error":"The page is larger than/);
    expect(received).toEqual([]);
  });

  it('cuts off a streamed (chunked) body as soon as it passes the cap, with 413', async () => {
    const piece = 'x'.repeat(512);
    const chunk = `${piece.length.toString(16)}\r\n${piece}\r\n`;
    // 200 chunks = 100 KB if the server kept reading; it must stop after about 2 KB.
    const outcome = await raw(clipper.port, head('Transfer-Encoding: chunked\r\n'), Array(200).fill(chunk), 5);
    expect(outcome.status).toBe(413);
    expect(outcome.written).toBeLessThan(200);
    expect(received).toEqual([]);
  });
});

describe('time cap (slow loris)', () => {
  it('cuts off a body that dribbles in, with 408', async () => {
    // 1 byte every 50 ms for a 1000-byte body would take 50 s.
    const outcome = await raw(clipper.port, head('Content-Length: 1000\r\n'), Array(1000).fill('x'), 50);
    expect(outcome.status).toBe(408);
    expect(outcome.written).toBeLessThan(1000);
    expect(received).toEqual([]);
  });

  it('cuts off headers that never finish', async () => {
    const lines = Array.from({ length: 400 }, (_, i) => `X-Filler-${i}: y\r\n`);
    const start = `POST /clip HTTP/1.1\r\nHost: 127.0.0.1:${clipper.port}\r\n`;
    const outcome = await raw(clipper.port, start, lines, 50);
    expect(outcome.written).toBeLessThan(400);
    // Node's own headers deadline (headersTimeout) answers 408 and closes.
    expect(outcome.status).toBe(408);
    expect(received).toEqual([]);
  });

  it('still serves a normal request after cutting off slow ones', async () => {
    const answer = await send(clipper.port, {
      headers: { 'content-type': 'application/json', 'x-cuttings-clip': '1', 'x-cuttings-token': token },
      body: clipWith('<p>ok</p>'),
    });
    expect(answer.status).toBe(201);
  });
});
