// Login, tokens across restarts and replicas, logout revocation, lockout, password change.
import { describe, expect, it } from 'vitest';
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import { loadEnv } from '../env/env.js';
import { buildApp } from '../app.js';
import { ADMIN_PASSWORD, TEST_KEY, describeEachDb } from '../test/build-test-app.js';
import { TestClient } from '../test/client.js';

describeEachDb('auth', (t) => {
  it('logs in, tells who I am, and refuses requests without a valid token', async () => {
    const anon = new TestClient(t().app);
    expect((await anon.get('/api/workers')).status).toBe(401);
    expect((await anon.get('/api/health')).status).toBe(200);
    const bad = await anon.post('/api/auth/login', { username: 'admin', password: 'wrong-password-1' });
    expect(bad.status).toBe(401);
    expect(bad.body.message).toBe('用户名或密码错误');
    const c = await TestClient.login(t().app);
    const me = await c.get('/api/auth/me');
    expect(me.body).toMatchObject({ username: 'admin', role: 'platform_admin', region_code: '150000', region_name: '内蒙古自治区' });
    const forged = new TestClient(t().app, 'not-a-token');
    expect((await forged.get('/api/auth/me')).status).toBe(401);
  });

  it('logout revokes the token', async () => {
    const c = await TestClient.login(t().app);
    expect((await c.post('/api/auth/logout')).status).toBe(200);
    expect((await c.get('/api/auth/me')).status).toBe(401);
  });

  it('slows and then locks repeated failed logins, and audits them', async () => {
    const admin = await TestClient.login(t().app);
    await admin.post('/api/users', { username: 'victim', display_name: '被猜密码的人', role: 'auditor', region_code: '150200', password: 'Right-pass-123' });
    const anon = new TestClient(t().app);
    const started = Date.now();
    for (let i = 0; i < 5; i++) expect((await anon.post('/api/auth/login', { username: 'victim', password: `guess-${i}` })).status).toBe(401);
    expect(Date.now() - started).toBeGreaterThan(2000); // 250+500+750+1000+1250 ms of delay
    const locked = await anon.post('/api/auth/login', { username: 'victim', password: 'Right-pass-123' });
    expect(locked.status).toBe(423);
    expect(locked.body.message).toContain('锁定');
    const audit = await admin.list('audit', { filter: { action: 'login_failed', username: 'victim' }, range: [0, 99] });
    expect(audit.body.length).toBe(6);
  }, 20_000);

  it('changes a password and revokes the other sessions', async () => {
    const admin = await TestClient.login(t().app);
    await admin.post('/api/users', { username: 'changer', display_name: '改密码的人', role: 'auditor', region_code: '150200', password: 'Old-pass-1234' });
    const a = await TestClient.login(t().app, 'changer', 'Old-pass-1234');
    const b = await TestClient.login(t().app, 'changer', 'Old-pass-1234');
    expect((await a.post('/api/auth/password', { current_password: 'nope', new_password: 'New-pass-5678' })).body.field).toBe('current_password');
    expect((await a.post('/api/auth/password', { current_password: 'Old-pass-1234', new_password: 'short' })).body.field).toBe('new_password');
    expect((await a.post('/api/auth/password', { current_password: 'Old-pass-1234', new_password: 'New-pass-5678' })).status).toBe(200);
    expect((await a.get('/api/auth/me')).status).toBe(200);
    expect((await b.get('/api/auth/me')).status).toBe(401);
    await TestClient.login(t().app, 'changer', 'New-pass-5678');
  });

  it('never returns password hashes', async () => {
    const c = await TestClient.login(t().app);
    const users = await c.list('users');
    expect(JSON.stringify(users.body)).not.toContain('scrypt');
  });
});

describe('tokens across restarts and replicas (SQLite file)', () => {
  it('a token from one process works in another on the same database', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'steppe-replica-'));
    const env = loadEnv({}, { DATABASE_URL: `sqlite:${path.join(dir, 'db.sqlite')}`, STEPPE_DATA_KEY: TEST_KEY, ADMIN_PASSWORD, SEED_DEMO: false, LOG_LEVEL: 'silent', SERVE_UI: false, DATA_DIR: dir });
    const one = await buildApp(env);
    const c = await TestClient.login(one.app);
    const two = await buildApp(env);
    expect((await new TestClient(two.app, c.token).get('/api/auth/me')).status).toBe(200);
    await c.post('/api/auth/logout');
    expect((await new TestClient(two.app, c.token).get('/api/auth/me')).status).toBe(401);
    await one.app.close();
    await two.app.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
