/**
 * Long tasks (a folder import, a dossier export): one of each kind at a time, cancellable,
 * reporting progress as `task.progress` events at most every 100 ms.
 */
import { CuttingsError } from '../../../shared/errors';
import type { Events, Services } from './services';

type TaskKind = Events['task.progress']['task'];
type Progress = (done: number, total: number, label: string) => void;

export class TaskRunner {
  private readonly running = new Map<TaskKind, AbortController>();

  constructor(private readonly emit: Services['emit']) {}

  async run<T>(task: TaskKind, work: (signal: AbortSignal, progress: Progress) => Promise<T>): Promise<T> {
    if (this.running.has(task)) {
      throw new CuttingsError('usage', `An ${task === 'import' ? 'import' : 'export'} is already running; wait for it or cancel it.`);
    }
    const controller = new AbortController();
    this.running.set(task, controller);
    let last = 0;
    const progress: Progress = (done, total, label) => {
      const now = Date.now();
      if (done < total && now - last < 100) return;
      last = now;
      this.emit('task.progress', { task, done, total, label });
    };
    try {
      return await work(controller.signal, progress);
    } finally {
      this.running.delete(task);
    }
  }

  /** Returns false when no such task was running. */
  cancel(task: TaskKind): boolean {
    const controller = this.running.get(task);
    controller?.abort();
    return controller !== undefined;
  }
}
