/**
 * Answers asked for ahead of the part that shows them. Opening a clipping asks main for the
 * clipping, and its article HTML, links and history all at once (`readAhead`), rather than
 * each part asking once the part before it has rendered; each part then takes its answer
 * (`answerOf`), or asks if none is waiting. A typed query's first page goes the same way
 * (fetch-page.ts).
 */
const waiting = new Map<string, { at: number; freshMs: number; answer: Promise<unknown> }>();
/** An answer not taken within this time is dropped (the archive may have changed since). */
const FRESH_MS = 2000;

let watching = false;

/** Asks now (unless a fresh answer for `key` is already waiting); {@link answerOf} takes it. */
export function askEarly<T>(key: string, ask: () => Promise<T>, freshMs = FRESH_MS): void {
  if (!watching) {
    watching = true;
    // A change to the archive makes every waiting answer stale.
    window.cuttings.on('archive.changed', () => waiting.clear());
  }
  const kept = waiting.get(key);
  if (kept && performance.now() - kept.at < kept.freshMs) return;
  const answer = ask();
  answer.catch(() => undefined); // the part that takes it reports a failure
  waiting.set(key, { at: performance.now(), freshMs, answer });
  // Not taken (another clipping opened meanwhile): forget it.
  window.setTimeout(() => waiting.get(key)?.answer === answer && waiting.delete(key), freshMs);
}

/** The answer asked for early under `key` if it is fresh (taken: the next call asks again), else `ask()`. */
export function answerOf<T>(key: string, ask: () => Promise<T>): Promise<T> {
  const kept = waiting.get(key);
  waiting.delete(key);
  if (kept && performance.now() - kept.at < kept.freshMs) return kept.answer as Promise<T>;
  return ask();
}

/** What the reader asks for a clipping besides the clipping itself: asked now, taken as each part renders. */
export function readAhead(id: string): void {
  askEarly(`article:${id}`, () => window.cuttings.clippings.article({ id }));
  askEarly(`links:${id}`, () => window.cuttings.clippings.links({ id }));
  askEarly(`history:${id}`, () => window.cuttings.team.history({ id }));
}
