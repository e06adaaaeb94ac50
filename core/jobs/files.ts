// Files of a job (an uploaded input, a produced result) stored in the database in chunks: any replica can read them, memory stays bounded.
import { Readable } from 'node:stream';
import type { Knex } from 'knex';

export const CHUNK_BYTES = 1024 * 1024;

/** Stores `content` as job file `name`, replacing any earlier one; returns its size in bytes. */
export async function writeJobFile(knex: Knex, jobId: number, name: string, content: AsyncIterable<Buffer | string> | Readable, opts: { maxBytes?: number; tooBig?: () => Error } = {}): Promise<number> {
  await knex('job_files').where({ job_id: jobId, name }).delete();
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let seq = 0;
  let size = 0;
  const flush = async () => {
    if (pendingBytes === 0) return;
    await knex('job_files').insert({ job_id: jobId, name, seq: seq++, data: Buffer.concat(pending) });
    pending = [];
    pendingBytes = 0;
  };
  for await (const part of content) {
    const buf = typeof part === 'string' ? Buffer.from(part) : part;
    size += buf.length;
    if (opts.maxBytes !== undefined && size > opts.maxBytes) {
      await knex('job_files').where({ job_id: jobId, name }).delete();
      throw opts.tooBig?.() ?? new Error(`file larger than ${opts.maxBytes} bytes`);
    }
    pending.push(buf);
    pendingBytes += buf.length;
    if (pendingBytes >= CHUNK_BYTES) await flush();
  }
  await flush();
  return size;
}

/** The job file as a stream, one chunk read at a time. */
export function readJobFile(knex: Knex, jobId: number, name: string): Readable {
  let seq = 0;
  return new Readable({
    async read() {
      try {
        const row = await knex('job_files').where({ job_id: jobId, name, seq }).first('data');
        seq++;
        this.push(row ? Buffer.from(row.data) : null);
      } catch (err) {
        this.destroy(err as Error);
      }
    },
  });
}

export async function hasJobFile(knex: Knex, jobId: number, name: string): Promise<boolean> {
  return !!(await knex('job_files').where({ job_id: jobId, name, seq: 0 }).first('seq'));
}
