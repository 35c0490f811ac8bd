/**
 * `cuttings list | head -1`: once the reader of a pipe is gone, every write gets EPIPE. A
 * terminal program then stops writing and ends quietly; the work itself (an import already
 * committed, the lock to release) is not abandoned halfway because the output went away.
 */
import type { Io } from './command';

/** Whether writes to standard output still reach anyone. */
export interface OutputState {
  readonly closed: boolean;
}

/**
 * Swallows EPIPE (and writes after it) on the command's output streams. The listeners stay:
 * the error of a write arrives on a later tick, possibly after the command has returned.
 */
export function watchClosedPipes(io: Pick<Io, 'stdout' | 'stderr'>): OutputState {
  let closed = false;
  const onStdout = (err: NodeJS.ErrnoException): void => {
    if (err.code === 'EPIPE' || err.code === 'ERR_STREAM_DESTROYED') closed = true;
  };
  // Nothing useful can be said about a broken stderr: there is nowhere left to say it.
  const onStderr = (): void => undefined;
  io.stdout.on('error', onStdout);
  io.stderr.on('error', onStderr);
  return {
    get closed() {
      return closed;
    },
  };
}
