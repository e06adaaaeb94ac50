// The job runner on both databases, in-process and (with TEST_REDIS_URL) on BullMQ: progress, cancellation, bounded
// retries, takeover of a job whose owner died, and fencing of an owner that lost its lease.
import { beforeAll, expect, it } from 'vitest';
import type { Env } from '../env/env.js';
import { describeEachDb, type TestApp } from '../test/build-test-app.js';
import { TestClient } from '../test/client.js';
import { claimJob, insertJob, loadJob } from './store.js';
import { createJobContext } from './context.js';
import { LeaseLost, type JobDefinition } from './types.js';

/** A job that writes `steps` batches (audit entries) and, between them, waits at a gate the test opens. */
function gatedKind() {
  const gates: Array<() => void> = [];
  const waiting: Array<Promise<void>> = [];
  let failures = 0;
  const def: JobDefinition<{ steps: number; fail_first?: number }> = {
    kind: 'test_gated', label: '测试任务',
    async run(job) {
      if (failures < (job.params.fail_first ?? 0)) { failures++; throw new Error(`临时故障 ${failures}`); }
      await job.setTotal(job.params.steps);
      const done = await job.committedBatches();
      for (let no = 0; no < job.params.steps; no++) {
        if (done.has(no)) continue;
        if (no > 0) await new Promise<void>((resolve) => { gates.push(resolve); });
        await job.batch(no, async (trx) => {
          await job.services.audit.append(trx, job.ctx, { action: 'test_step', resource: 'jobs', recordId: job.job.id, changes: { batch: no } });
          return { processed: 1, succeeded: 1, failed: 0, written: [[no + 1, no + 1]] };
        });
      }
      return { message: '完成', result: { steps: job.params.steps } };
    },
  };
  return { def, open: () => { while (gates.length) gates.shift()!(); }, waitingCount: () => gates.length, waiting };
}

async function until<T>(fn: () => Promise<T | null | undefined | false>, what: string, ms = 30_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out: ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

function suite(name: string, overrides: Partial<Env>) {
  describeEachDb(name, (t) => {
    let admin: TestClient;
    const gated = gatedKind();
    let app: TestApp;
    const start = async (params: Record<string, unknown>) => app.services.jobs.submit({ user: null, requestId: 'test', ip: null }, 'test_gated', params, { title: '测试' });
    const view = async (id: number) => (await admin.get(`/api/jobs/${id}`)).body;

    beforeAll(async () => {
      app = t();
      app.services.jobs.register(gated.def);
      admin = await TestClient.login(app.app);
    });

    it('shows progress while it runs, then done with its result; listed as ra-data-simple-rest', async () => {
      const id = await start({ steps: 3 });
      await until(async () => gated.waitingCount() > 0, 'the first gate');
      expect(await view(id)).toMatchObject({ status: 'running', status_label: '执行中', total: 3, processed: 1, percent: 33, kind_label: '测试任务' });
      gated.open();
      await until(async () => gated.waitingCount() > 0, 'the second gate');
      expect(await view(id)).toMatchObject({ processed: 2, percent: 67 });
      gated.open();
      const done = await until(async () => { const j = await view(id); return j.status === 'done' ? j : null; }, 'done');
      expect(done).toMatchObject({ status_label: '已完成', processed: 3, succeeded: 3, percent: 100, message: '完成', result: { steps: 3 }, attempts: 1 });
      const list = await admin.list('jobs', { filter: { status: 'done' }, sort: ['id', 'DESC'], range: [0, 9] });
      expect(list.status).toBe(200);
      expect(list.headers['content-range']).toMatch(/^jobs 0-\d+\/\d+$/);
      expect(list.body.map((j: any) => j.id)).toContain(id);
      expect((await admin.list('jobs', { filter: { status: 'bogus' } })).status).toBe(400);
    });

    it('cancels a running job at its next batch, keeping what it committed, and a queued one at once', async () => {
      const id = await start({ steps: 4 });
      await until(async () => gated.waitingCount() > 0, 'the first gate');
      const r = await admin.post(`/api/jobs/${id}/cancel`);
      expect(r.status).toBe(200);
      expect(r.body.cancel_requested).toBe(true);
      gated.open();
      const cancelled = await until(async () => { const j = await view(id); return j.status === 'cancelled' ? j : null; }, 'cancelled');
      expect(cancelled).toMatchObject({ status_label: '已取消', processed: 1, succeeded: 1 });
      expect(cancelled.message).toContain('已取消：已写入 1 行（第 1 行）');
      expect(await app.services.db.knex('job_batches').where({ job_id: id }).count({ n: '*' }).first()).toMatchObject({ n: 1 });
      expect((await admin.post(`/api/jobs/${id}/cancel`)).status).toBe(409);

      // A queued job (its retry due in an hour) is cancelled without running.
      const later = await app.services.db.knex.transaction(async (trx) => {
        const jobId = await insertJob(trx, { kind: 'test_gated', title: 'later', params: { steps: 1 }, createdBy: null, maxAttempts: 3 });
        await trx('jobs').where({ id: jobId }).update({ run_after: Date.now() + 3_600_000 });
        return jobId;
      });
      expect((await admin.post(`/api/jobs/${later}/cancel`)).body).toMatchObject({ status: 'cancelled', message: '已取消：尚未开始，未写入任何数据', processed: 0 });
      // Retried by a person: runs now, with a fresh allowance of attempts.
      const retried = await admin.post(`/api/jobs/${later}/retry`);
      expect(retried.status).toBe(200);
      expect(['queued', 'running', 'done']).toContain(retried.body.status);
      const again = await admin.post(`/api/jobs/${later}/retry`); expect(again.status, JSON.stringify(again.body)).not.toBe(500);
      await until(async () => (await view(later)).status === 'done', 'the retried job');
    });

    it('holds a job back while its uploaded file is stored: no sweep starts it on half a file', async () => {
      let stored!: () => void;
      let submitted!: (id: number) => void;
      const idOf = new Promise<number>((resolve) => { submitted = resolve; });
      const storing = app.services.jobs.submit({ user: null, requestId: 'test', ip: null }, 'test_gated', { steps: 1 }, { title: '上传中' }, async (id) => {
        submitted(id);
        await new Promise<void>((resolve) => { stored = resolve; });
      });
      const id = await idOf;
      // Sweeps run while the upload goes on: the job stays queued and unstarted.
      await app.services.jobs.sweep();
      await new Promise((r) => setTimeout(r, 300));
      await app.services.jobs.sweep();
      expect(await view(id)).toMatchObject({ status: 'queued', attempts: 0, started_at: null });
      stored();
      expect(await storing).toBe(id);
      const done = await until(async () => { const j = await view(id); return j.status === 'done' ? j : null; }, 'done once stored');
      expect(done).toMatchObject({ succeeded: 1, attempts: 1 });
    });

    it('retries an unexpected error with back-off, at most JOBS_MAX_ATTEMPTS times', async () => {
      const id = await start({ steps: 1, fail_first: 1 });
      const done = await until(async () => { const j = await view(id); return j.status === 'done' ? j : null; }, 'the retried job', 30_000);
      expect(done.attempts).toBe(2);

      const never = await start({ steps: 1, fail_first: 99 });
      const failed = await until(async () => { const j = await view(never); return j.status === 'failed' ? j : null; }, 'the failing job', 60_000);
      expect(failed.attempts).toBe(2);
      expect(failed.message).toContain('已尝试 2 次仍出错（临时故障');
      expect(failed.message).toContain('尚未写入任何数据');
    }, 90_000);

    it('takes over a job whose owner died (lease lapsed), and fences the old owner out', async () => {
      const { knex } = app.services.db;
      // Another replica took the job and died: running, its lease no longer renewed (written in one transaction, so
      // this replica's sweep never sees the job queued).
      const id = await knex.transaction(async (trx) => {
        const jobId = await insertJob(trx, { kind: 'test_gated', title: 'orphan', params: { steps: 2 }, createdBy: null, maxAttempts: 3 });
        await trx('jobs').where({ id: jobId }).update({ status: 'running', lease_owner: 'dead-replica:1', lease_expires_at: Date.now() + 60_000, attempts: 1 });
        return jobId;
      });
      const dead = (await loadJob(knex, id))!;
      expect(await claimJob(knex, id, app.services.jobs.owner, 2000)).toBeNull();
      await knex('jobs').where({ id }).update({ lease_expires_at: Date.now() - 1 });
      await app.services.jobs.sweep();
      await until(async () => gated.waitingCount() > 0, 'the takeover');
      gated.open();
      const done = await until(async () => { const j = await view(id); return j.status === 'done' ? j : null; }, 'done after takeover');
      expect(done).toMatchObject({ attempts: 2, processed: 2 });
      // The dead owner wakes up and tries to commit a batch: refused, nothing written.
      const zombie = createJobContext(app.services, dead, { user: null, requestId: 'z', ip: null }, { owner: 'dead-replica:1', leaseMs: 60_000, signal: new AbortController().signal });
      await expect(zombie.batch(9, async () => ({ processed: 1, succeeded: 1, failed: 0 }))).rejects.toBeInstanceOf(LeaseLost);
      expect(await knex('job_batches').where({ job_id: id }).count({ n: '*' }).first()).toMatchObject({ n: 2 });
    });

    it('hides other people\'s jobs and refuses bad starts with a Chinese message', async () => {
      const id = await start({ steps: 1 });
      await until(async () => (await view(id)).status === 'done', 'done');
      await admin.post('/api/users', { username: 'jobs_other', display_name: '其他人', role: 'region_admin', region_code: '150200', password: 'Kherlen-River-58#Tq' });
      const other = await TestClient.login(app.app, 'jobs_other', 'Kherlen-River-58#Tq');
      expect((await other.get(`/api/jobs/${id}`)).status).toBe(404);
      expect((await other.list('jobs')).body).toEqual([]);
      expect((await admin.post('/api/jobs', { kind: 'test_gated', params: {} })).body.message).toContain('不能直接发起');
      expect((await other.post('/api/jobs', { kind: 'demo_seed', params: { workers: 10 } })).body.message).toBe('只有平台管理员可以生成演示数据');
      const bad = await admin.post('/api/jobs', { kind: 'demo_seed', params: { workers: 0 } });
      expect(bad.status).toBe(400);
      expect(bad.body.message).toContain('任务参数「workers」不正确');
    });
  }, overrides);
}

suite('job runner (in-process)', { JOBS_LEASE_SECONDS: 2, JOBS_MAX_ATTEMPTS: 2 });
if (process.env.TEST_REDIS_URL) suite('job runner (BullMQ)', { JOBS_LEASE_SECONDS: 2, JOBS_MAX_ATTEMPTS: 2, REDIS_URL: process.env.TEST_REDIS_URL });
