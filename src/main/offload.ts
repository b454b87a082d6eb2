// Runs pure functions of plain data in a worker thread, so a long parse or export never blocks the
// main process's event loop, and with it every IPC answer and the window.
import { Worker, parentPort } from 'node:worker_threads';
import { errorMessage, KubeplanError, isKubeplanError, type ErrorCode, type ErrorInfo } from '../shared/errors';

/** Functions of one structured-clonable argument returning structured-clonable data (or a promise of it). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the table's own types are read back by TaskInput/TaskOutput
export type TaskTable = Record<string, (input: any) => unknown>;
export type TaskInput<T extends TaskTable, K extends keyof T> = Parameters<T[K]>[0];
export type TaskOutput<T extends TaskTable, K extends keyof T> = Awaited<ReturnType<T[K]>>;

interface TaskRequest {
  id: number;
  task: string;
  input: unknown;
}
type TaskReply =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; error: ErrorInfo & { stack?: string | undefined } };
/** The first message a worker sends once its tasks are loaded: before it, a failure means "cannot start". */
const READY = 'kubeplan-offload-ready';

export interface Offload<T extends TaskTable> {
  /** Runs `task` in the worker (started on first use); resolves with its result or rejects with its error. */
  run<K extends keyof T & string>(task: K, input: TaskInput<T, K>): Promise<TaskOutput<T, K>>;
  /** Whether a worker thread is alive now (it ends itself after `idleMs` with nothing to do). */
  readonly running: boolean;
  /** True once a worker could not start and the tasks run on this thread instead. */
  readonly inline: boolean;
  close(): Promise<void>;
}

export interface OffloadOptions<T extends TaskTable> {
  /** The worker's entry module: it calls serveTasks with the same table. */
  workerFile: string | URL;
  /** Node options for the worker (tests pass a TypeScript loader). */
  execArgv?: string[];
  /** An idle worker is ended after this long (and started again by the next run). Default 30 s. */
  idleMs?: number;
  /**
   * The same table, run on this thread when no worker can start (a packaged build where the worker
   * file cannot load, say): slower for the window, but the import still works. Without it, runs reject.
   */
  fallback?: T;
  /** Told once when the fallback takes over, with the reason. */
  onFallback?: (reason: string) => void;
}

/** Errors cross the thread as ErrorInfo; this rebuilds the KubeplanError the task threw (code, where, text). */
function toError(info: ErrorInfo & { stack?: string | undefined }): Error {
  if (info.code === 'internal') {
    const error = new Error(info.message);
    if (info.stack) error.stack = info.stack;
    return error;
  }
  const prefix = info.where !== undefined ? `${info.where}: ` : '';
  const message = prefix && info.message.startsWith(prefix) ? info.message.slice(prefix.length) : info.message;
  return new KubeplanError(info.code, message, info.where);
}

export function createOffload<T extends TaskTable>(options: OffloadOptions<T>): Offload<T> {
  const idleMs = options.idleMs ?? 30_000;
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  const waiting: TaskRequest[] = [];
  let nextId = 1;
  let worker: Worker | null = null;
  let started = false;
  let idleTimer: ReturnType<typeof setTimeout> | null = null;
  let inline = false;
  let closed = false;

  const runInline = (request: TaskRequest) => {
    const entry = pending.get(request.id);
    pending.delete(request.id);
    const task = options.fallback?.[request.task];
    if (!entry) return;
    void Promise.resolve()
      .then(() => {
        if (!task) throw new KubeplanError('internal', `no offload task named ${request.task}`);
        return task(request.input);
      })
      .then(entry.resolve, entry.reject);
  };

  const failAll = (reason: string) => {
    const stranded = [...pending.entries()];
    pending.clear();
    waiting.length = 0;
    for (const [, entry] of stranded) entry.reject(new KubeplanError('internal', reason));
  };

  const settleIdle = () => {
    if (!worker) return;
    if (pending.size > 0) {
      worker.ref();
      if (idleTimer) clearTimeout(idleTimer);
      idleTimer = null;
      return;
    }
    // An idle worker never keeps the process alive, and ends itself after a while.
    worker.unref();
    if (idleTimer) clearTimeout(idleTimer);
    idleTimer = setTimeout(() => void stop(), idleMs);
    idleTimer.unref();
  };

  const stop = async () => {
    const current = worker;
    worker = null;
    started = false;
    if (idleTimer) clearTimeout(idleTimer);
    idleTimer = null;
    if (current) await current.terminate();
  };

  /** Posts a request; input that cannot cross threads (a function, say) rejects that run alone. */
  const send = (target: Worker, request: TaskRequest) => {
    try {
      target.postMessage(request);
    } catch (error) {
      const entry = pending.get(request.id);
      pending.delete(request.id);
      entry?.reject(new KubeplanError('internal', `${request.task}: ${errorMessage(error)}`));
    }
  };

  const start = (): Worker => {
    const created = new Worker(options.workerFile, options.execArgv ? { execArgv: options.execArgv } : {});
    worker = created;
    created.on('message', (message: TaskReply | typeof READY) => {
      if (message === READY) {
        started = true;
        for (const request of waiting.splice(0)) send(created, request);
        settleIdle();
        return;
      }
      const entry = pending.get(message.id);
      pending.delete(message.id);
      if (entry) {
        if (message.ok) entry.resolve(message.value);
        else entry.reject(toError(message.error));
      }
      settleIdle();
    });
    const lost = (reason: string) => {
      if (worker !== created) return;
      const couldStart = started;
      worker = null;
      started = false;
      if (!couldStart && options.fallback) {
        inline = true;
        options.onFallback?.(reason);
        const queued = waiting.splice(0);
        for (const request of queued) runInline(request);
        return;
      }
      failAll(`the background worker stopped: ${reason}`);
    };
    created.on('error', (error) => lost(error.message));
    created.on('exit', (code) => lost(`it exited with code ${code}`));
    return created;
  };

  return {
    run(task, input) {
      if (closed) return Promise.reject(new KubeplanError('internal', 'the background worker is closed'));
      const request: TaskRequest = { id: nextId++, task, input };
      const result = new Promise<TaskOutput<T, typeof task>>((resolve, reject) => {
        pending.set(request.id, { resolve: resolve as (value: unknown) => void, reject });
      });
      if (inline) {
        runInline(request);
        return result;
      }
      const current = worker ?? start();
      if (started) send(current, request);
      else waiting.push(request);
      settleIdle();
      return result;
    },
    get running() {
      return worker !== null;
    },
    get inline() {
      return inline;
    },
    async close() {
      closed = true;
      failAll('the background worker was closed');
      await stop();
    },
  };
}

/** The worker side: answers each request with the named task's result, errors as ErrorInfo. */
export function serveTasks(tasks: TaskTable): void {
  const port = parentPort;
  if (!port) throw new Error('serveTasks runs in a worker thread only');
  port.on('message', (request: TaskRequest) => {
    const task = Object.hasOwn(tasks, request.task) ? tasks[request.task] : undefined;
    Promise.resolve()
      .then(() => {
        if (!task) throw new KubeplanError('internal', `no offload task named ${request.task}`);
        return task(request.input);
      })
      .then(
        (value) => {
          try {
            port.postMessage({ id: request.id, ok: true, value } satisfies TaskReply);
          } catch (error) {
            // A result that cannot cross threads is the task's bug: say so instead of stopping the worker.
            const message = `${request.task}: ${errorMessage(error)}`;
            port.postMessage({ id: request.id, ok: false, error: { code: 'internal', message } } satisfies TaskReply);
          }
        },
        (error: unknown) => {
          const info: ErrorInfo & { stack?: string | undefined } = isKubeplanError(error)
            ? error.toInfo()
            : {
                code: 'internal' as ErrorCode,
                message: errorMessage(error),
                stack: error instanceof Error ? error.stack : undefined,
              };
          port.postMessage({ id: request.id, ok: false, error: info } satisfies TaskReply);
        },
      );
  });
  port.postMessage(READY);
}
