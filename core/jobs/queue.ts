// How a replica learns that a job should run: the transport only; the jobs table and its lease decide who runs it.
export interface JobQueue {
  /** Asks for job `id` (at its `attempt`) to run after `delayMs`; asking twice is harmless (the lease decides). */
  enqueue(id: number, attempt: number, delayMs?: number): Promise<void>;
  /** Starts taking jobs with `execute` (concurrency 0: this replica only enqueues). */
  start(execute: (id: number) => Promise<void>, concurrency: number): Promise<void>;
  /** Stops taking jobs and waits for the ones this replica runs. */
  close(): Promise<void>;
  readonly name: 'in-process' | 'bullmq';
}
