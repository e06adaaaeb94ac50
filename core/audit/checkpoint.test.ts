// The audit trail's tail anchored outside the database: signed checkpoints in DATA_DIR (and syslog) catch a cut tail with a rewound head.
import dgram from 'node:dgram';
import fs from 'node:fs';
import { expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { describeEachDb } from '../test/build-test-app.js';
import { TestClient } from '../test/client.js';
import { make, workerBody } from '../test/fixtures.js';
import { auditVerify } from './commands.js';
import { checkpointFile } from './checkpoint.js';

describeEachDb('audit checkpoints', (t) => {
  it('reports deleting the newest entries and rewinding the head row, with the missing range, in the API and in npm run audit:verify', async () => {
    const admin = await TestClient.login(t().app);
    for (let i = 0; i < 4; i++) await make(admin, 'workers', workerBody());
    const cp = await admin.post('/api/audit/checkpoint');
    expect(cp.status).toBe(200);
    const intact = (await admin.get('/api/audit/verify')).body;
    expect(intact).toMatchObject({ ok: true, checkpoint: { seq: cp.body.seq, hash: cp.body.hash }, warnings: [] });
    expect((await auditVerify(t().services.env)).code).toBe(0);

    // The database administrator deletes the last three entries and rewinds the head to the new tail.
    const { knex } = t().services.db;
    const head = Number(cp.body.seq);
    await knex('audit_log').where('seq', '>', head - 3).delete();
    const tail = await knex('audit_log').orderBy('seq', 'desc').first('seq', 'hash');
    await knex('audit_head').where({ id: 1 }).update({ seq: tail.seq, hash: tail.hash });

    const report = (await admin.get('/api/audit/verify')).body;
    console.log(`after cutting 3 entries and rewinding the head: ${JSON.stringify(report.problem)}`);
    expect(report).toMatchObject({ ok: false, problem: { kind: 'truncated', missing: { from: head - 2, to: head } } });
    expect(report.problem.message).toContain(`第 ${head - 2} 至 ${head} 条`);
    const cli = await auditVerify(t().services.env);
    console.log(`npm run audit:verify: exit ${cli.code}: ${cli.lines.join(' / ')}`);
    expect(cli.code).toBe(1);
    expect(cli.lines.join('\n')).toMatch(new RegExp(`BROKEN at entry ${head - 2} \\(truncated\\).*Missing entries ${head - 2} to ${head}`));
  });

  it('ignores a checkpoint line whose signature does not hold, and says so', async () => {
    const admin = await TestClient.login(t().app);
    const file = checkpointFile(t().services.env.DATA_DIR, t().services.db.description);
    await admin.post('/api/audit/checkpoint');
    const lines = fs.readFileSync(file, 'utf8').trim().split('\n');
    // Someone raises the count of the last checkpoint by hand, to make the chain look cut.
    const forged = { ...JSON.parse(lines.at(-1)!), seq: 999_999 };
    fs.appendFileSync(file, JSON.stringify(forged) + '\n');
    const report = (await admin.get('/api/audit/verify')).body;
    expect(report.checkpoint.seq).not.toBe(999_999);
    expect(report.warnings.join()).toMatch(/1 行无法通过签名校验/);
  });

  it('lets two processes on one database append checkpoints at once: every line whole and signed, the latest has the most entries', async () => {
    const admin = await TestClient.login(t().app);
    const replica = await buildApp(t().services.env);
    try {
      const file = checkpointFile(t().services.env.DATA_DIR, t().services.db.description);
      const before = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).length : 0;
      await Promise.all(Array.from({ length: 20 }, async (_, i) => {
        await make(admin, 'workers', workerBody());
        await (i % 2 ? t().services : replica.services).audit.checkpoint((i % 2 ? t().services : replica.services).db.knex);
      }));
      const lines = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean);
      expect(lines.length).toBe(before + 20);
      for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
      const head = await t().services.db.knex('audit_head').where({ id: 1 }).first('seq');
      const report = (await admin.get('/api/audit/verify')).body;
      // (The line forged in the test before is still there, and still ignored.)
      expect(report).toMatchObject({ ok: true });
      expect(report.checkpoint.seq).toBeLessThanOrEqual(Number(head.seq));
      expect(report.checkpoint.seq).toBe(Math.max(...lines.slice(before).map((l) => JSON.parse(l).seq)));
    } finally {
      await replica.app.close();
    }
  });
});

describeEachDb('audit checkpoints written on their own, and to syslog', (t) => {
  it('writes a checkpoint every AUDIT_CHECKPOINT_SECONDS when the head moved', async () => {
    const admin = await TestClient.login(t().app);
    await make(admin, 'workers', workerBody());
    const head = Number((await t().services.db.knex('audit_head').where({ id: 1 }).first('seq')).seq);
    const file = checkpointFile(t().services.env.DATA_DIR, t().services.db.description);
    const deadline = Date.now() + 10_000;
    let latest = 0;
    while (Date.now() < deadline && latest < head) {
      await new Promise((r) => setTimeout(r, 250));
      latest = fs.existsSync(file) ? Math.max(0, ...fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).seq)) : 0;
    }
    expect(latest).toBeGreaterThanOrEqual(head);
  });

  it('sends each checkpoint to AUDIT_SYSLOG as an RFC 5424 line, which npm run audit:verify -- --checkpoints can read back', async () => {
    const server = dgram.createSocket('udp4');
    const received: string[] = [];
    server.on('message', (m) => received.push(m.toString()));
    await new Promise<void>((r) => server.bind(0, '127.0.0.1', () => r()));
    const port = (server.address() as { port: number }).port;
    const replica = await buildApp({ ...t().services.env, AUDIT_SYSLOG: `udp://127.0.0.1:${port}`, AUDIT_CHECKPOINT_SECONDS: 0 });
    try {
      const c = await replica.services.audit.checkpoint(replica.services.db.knex);
      for (let i = 0; i < 40 && received.length === 0; i++) await new Promise((r) => setTimeout(r, 50));
      expect(received).toHaveLength(1);
      expect(received[0]).toMatch(/^<109>1 \S+ \S+ steppe \d+ audit-checkpoint - \{"v":1,/);
      expect(received[0]).toContain(`"seq":${c!.seq}`);
      // The syslog copy anchors verification even when DATA_DIR is lost.
      const exported = `${t().services.env.DATA_DIR}/syslog-export.log`;
      fs.writeFileSync(exported, received.join('\n') + '\n');
      const cli = await auditVerify(t().services.env, { checkpoints: exported });
      expect(cli.code).toBe(0);
      expect(cli.lines.at(-1)).toContain(`(${c!.seq} entries) in ${exported}`);
    } finally {
      await replica.app.close();
      server.close();
    }
  });
}, { AUDIT_CHECKPOINT_SECONDS: 1 });
