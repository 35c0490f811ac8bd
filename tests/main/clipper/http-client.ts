/**
 * A tiny HTTP client for the clipper tests: real requests, always to 127.0.0.1, with full
 * control of the headers (Host included) and raw sockets for slow or oversized requests.
 */
import { request as httpRequest } from 'node:http';
import { connect, type Socket } from 'node:net';

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json: Record<string, unknown> | null;
}

/** Sends one request to 127.0.0.1:`port` and collects the answer. */
export function send(
  port: number,
  options: { method?: string; path?: string; headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<Answer> {
  const { method = 'POST', path = '/clip', headers = {}, body } = options;
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port, method, path, headers: { host: `127.0.0.1:${port}`, ...headers }, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json: Record<string, unknown> | null = null;
          try {
            json = JSON.parse(text) as Record<string, unknown>;
          } catch {
            json = null;
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json });
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** What a raw socket saw: everything the server wrote before it closed the connection. */
export interface RawOutcome {
  received: string;
  /** Status line's code, or null when the server closed without answering. */
  status: number | null;
  /** How many of the chunks the client wrote before the server cut it off. */
  written: number;
}

/**
 * Opens a raw connection, writes `head`, then `chunks` one every `gapMs` (a slow loris
 * when the gap is long), and resolves when the server closes the connection.
 */
export function raw(port: number, head: string, chunks: string[] = [], gapMs = 0): Promise<RawOutcome> {
  return new Promise((resolve) => {
    const socket: Socket = connect({ host: '127.0.0.1', port });
    let received = '';
    let written = 0;
    let timer: NodeJS.Timeout | undefined;
    const done = (): void => {
      clearTimeout(timer);
      const status = /^HTTP\/1\.1 (\d{3})/.exec(received);
      resolve({ received, status: status ? Number(status[1]) : null, written });
    };
    socket.on('data', (data: Buffer) => (received += data.toString('latin1')));
    socket.on('close', done);
    socket.on('error', () => undefined); // a reset is an answer too: the server cut us off
    socket.on('connect', () => {
      socket.write(head);
      const next = (i: number): void => {
        if (i >= chunks.length || socket.destroyed) return;
        socket.write(chunks[i] as string);
        written += 1;
        timer = setTimeout(() => next(i + 1), gapMs);
      };
      next(0);
    });
  });
}
