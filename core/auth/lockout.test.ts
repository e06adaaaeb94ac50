// Guessing in parallel: the per-user lockout holds however many logins arrive at once, on one process or several (replicas).
import { expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.js';
import { describeEachDb, USER_PASSWORD } from '../test/build-test-app.js';
import { TestClient } from '../test/client.js';
import { make } from '../test/fixtures.js';

const login = (app: FastifyInstance, username: string, password: string) =>
  app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } }).then((r) => ({ status: r.statusCode, body: r.json() }));

const tally = (statuses: number[]) => Object.fromEntries([...new Set(statuses)].sort().map((s) => [s, statuses.filter((x) => x === s).length]));

describeEachDb('login lockout under concurrency', (t) => {
  it('40 parallel wrong passwords: 5 are checked (401), 35 find the lock (423); the right password is then refused too', async () => {
    const admin = await TestClient.login(t().app);
    const user = await make(admin, 'users', { username: 'guessed', display_name: '被并行猜密码的人', role: 'auditor', region_code: '150200', password: USER_PASSWORD });
    const replies = await Promise.all(Array.from({ length: 40 }, (_, i) => login(t().app, 'guessed', `Wrong-guess-${i}-x`)));
    const counts = tally(replies.map((r) => r.status));
    console.log(`40 parallel wrong logins for one user: ${JSON.stringify(counts)}`);
    expect(counts).toEqual({ 401: 5, 423: 35 });
    const right = await login(t().app, 'guessed', USER_PASSWORD);
    console.log(`then the right password: ${right.status}`);
    expect(right.status).toBe(423);
    expect(right.body).toMatchObject({ code: 'locked' });
    expect(right.body.message).toMatch(/锁定.*北京时间 \d\d:\d\d/);
    const stored = await t().services.db.knex('users').where({ id: user.id }).first('failed_logins', 'locked_until');
    expect(stored.locked_until > new Date().toISOString()).toBe(true);
    const audit = await admin.list('audit', { filter: { action: 'login_failed', username: 'guessed' }, range: [0, 99] });
    expect(audit.body).toHaveLength(41);
    // An administrator's new password lifts the lock.
    const current = (await admin.get(`/api/users/${user.id}`)).body;
    expect((await admin.put(`/api/users/${user.id}`, { ...current, password: 'Kerulen-Bend-27#Px' })).status).toBe(200);
    expect((await login(t().app, 'guessed', 'Kerulen-Bend-27#Px')).status).toBe(200);
  }, 60_000);

  it('two API processes on one database share the count: 40 guesses split between them, still only 5 checked', async () => {
    const admin = await TestClient.login(t().app);
    await make(admin, 'users', { username: 'guessed2', display_name: '两个副本上被猜的人', role: 'auditor', region_code: '150200', password: USER_PASSWORD });
    const replica = await buildApp(t().services.env);
    try {
      const replies = await Promise.all(Array.from({ length: 40 }, (_, i) => login(i % 2 ? t().app : replica.app, 'guessed2', `Wrong-guess-${i}-y`)));
      const counts = tally(replies.map((r) => r.status));
      console.log(`40 parallel wrong logins over two replicas: ${JSON.stringify(counts)}`);
      expect(counts).toEqual({ 401: 5, 423: 35 });
      expect((await login(replica.app, 'guessed2', USER_PASSWORD)).status).toBe(423);
    } finally {
      await replica.app.close();
    }
  }, 60_000);

  it('a right password before the limit clears the count; the lock ends by itself after LOGIN_LOCK_MINUTES', async () => {
    const admin = await TestClient.login(t().app);
    const user = await make(admin, 'users', { username: 'forgetful', display_name: '记性不好的人', role: 'auditor', region_code: '150200', password: USER_PASSWORD });
    for (let i = 0; i < 4; i++) expect((await login(t().app, 'forgetful', `Wrong-guess-${i}-z`)).status).toBe(401);
    expect((await login(t().app, 'forgetful', USER_PASSWORD)).status).toBe(200);
    const { knex } = t().services.db;
    expect((await knex('users').where({ id: user.id }).first('failed_logins')).failed_logins).toBe(0);
    for (let i = 0; i < 5; i++) await login(t().app, 'forgetful', `Wrong-guess-${i}-w`);
    expect((await login(t().app, 'forgetful', USER_PASSWORD)).status).toBe(423);
    // Fifteen minutes later (the lock's end moved into the past).
    await knex('users').where({ id: user.id }).update({ locked_until: new Date(Date.now() - 1000).toISOString() });
    expect((await login(t().app, 'forgetful', USER_PASSWORD)).status).toBe(200);
  }, 60_000);

  it('answers an unknown user exactly like a wrong password, in the same time', async () => {
    const admin = await TestClient.login(t().app);
    await make(admin, 'users', { username: 'timed', display_name: '计时的人', role: 'auditor', region_code: '150200', password: USER_PASSWORD });
    const time = async (username: string, i: number) => {
      const started = process.hrtime.bigint();
      const r = await login(t().app, username, `Wrong-guess-${i}-t`);
      return { ms: Number(process.hrtime.bigint() - started) / 1e6, r };
    };
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 3; i++) {
      const a = await time('timed', i);
      const b = await time('no_such_user', i);
      expect(a.r).toEqual(b.r);
      expect(a.r).toMatchObject({ status: 401, body: { message: '用户名或密码错误' } });
      known.push(a.ms);
      unknown.push(b.ms);
    }
    const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[1];
    console.log(`failed login answer time, median of 3: wrong password ${median(known).toFixed(0)} ms, unknown user ${median(unknown).toFixed(0)} ms`);
    // Both wait for the fixed answer time (600 ms) and spend one scrypt check.
    for (const ms of [...known, ...unknown]) expect(ms).toBeGreaterThanOrEqual(590);
    expect(Math.abs(median(known) - median(unknown))).toBeLessThan(Math.max(150, 0.25 * median(known)));
  }, 60_000);
});
