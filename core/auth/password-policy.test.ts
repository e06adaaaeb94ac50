// The password policy: weak, common and user-derived passwords refused in Chinese; set-by-someone-else and old passwords changed before anything else.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { loadEnv } from '../env/env.js';
import { ADMIN_PASSWORD, TEST_KEY, USER_PASSWORD, describeEachDb } from '../test/build-test-app.js';
import { TestClient } from '../test/client.js';
import { make } from '../test/fixtures.js';
import { passwordProblem } from './password-policy.js';
import { generatePassword } from './passwords.js';

const CHINESE = /[\u4e00-\u9fa5]/;

describe('password policy', () => {
  it('refuses what the attack report got through: password123, aaaaaaaaa1, ten spaces and 1a', () => {
    for (const weak of ['password123', 'aaaaaaaaa1', '          1a', 'Password1234', 'P@ssw0rd2026!', 'Qwerty123456!', '123456789012', 'abcdefghijkl']) {
      const problem = passwordProblem(weak);
      expect(problem, weak).not.toBeNull();
      expect(problem, weak).toMatch(CHINESE);
    }
    expect(passwordProblem('aaaaaaaaa1')).toBe('密码至少需要 12 个字符');
  });

  it('refuses passwords built on the user: username, name, region, the current password in another case', () => {
    const ctx = { username: 'zhangwei', displayName: '张伟', regionWords: ['包头市', '包头', 'baotou', '内蒙古自治区', 'nei-mongol'], current: 'Tumen-Gol-8142-qz' };
    expect(passwordProblem('Zhangwei-2026!', ctx)).toBe('密码不能包含用户名');
    expect(passwordProblem('Baotou-2026!!', ctx)).toMatch(/不能以用户名、姓名、所属地区或当前密码为主要内容/);
    expect(passwordProblem('Tumen-Gol-8142-qz1', ctx)).toMatch(/不能以用户名、姓名、所属地区或当前密码为主要内容/);
    expect(passwordProblem('张伟张伟-Steppe-2026', ctx)).not.toBeNull();
    expect(passwordProblem('tumen-gol-8142-QZ', ctx)).toBe('新密码不能与当前密码相同（不区分大小写）');
    expect(passwordProblem('Nei-Mongol-2026', ctx)).not.toBeNull();
    expect(passwordProblem('woaini1314520!A', ctx)).toMatch(/密码强度不足/);
  });

  it('accepts long unrelated words with digits and symbols, and passphrases of 20+ characters', () => {
    expect(passwordProblem('Kherlen-River-58#Tq')).toBeNull();
    expect(passwordProblem('correct horse battery staple')).toBeNull();
    expect(passwordProblem('草原上的骏马奔向远方的地平线和蓝天白云2026')).toBeNull();
    for (let i = 0; i < 20; i++) expect(passwordProblem(generatePassword())).toBeNull();
  });
});

describeEachDb('password policy through the API', (t) => {
  it('refuses weak passwords for new users and for a password change, with the field and a Chinese message', async () => {
    const admin = await TestClient.login(t().app);
    for (const weak of ['password123', 'aaaaaaaaa1', '          1a']) {
      const r = await admin.post('/api/users', { username: 'weakling', display_name: '弱密码', role: 'auditor', region_code: '150200', password: weak });
      expect(r.status, weak).toBe(400);
      expect(r.body.field).toBe('password');
      expect(r.body.message).toMatch(CHINESE);
    }
    expect((await admin.post('/api/users', { username: 'baotou_li', display_name: '李明', role: 'auditor', region_code: '150200', password: 'Baotou-2026!!' })).body.field).toBe('password');
    expect((await admin.list('users', { filter: { q: 'weakling' } })).body).toHaveLength(0);
    // The administrator's own password in lower case.
    const lower = await admin.post('/api/auth/password', { current_password: ADMIN_PASSWORD, new_password: ADMIN_PASSWORD.toLowerCase() });
    expect(lower.status).toBe(400);
    expect(lower.body).toMatchObject({ field: 'new_password', message: '新密码不能与当前密码相同（不区分大小写）' });
  });
});

describeEachDb('a password someone else set, or an old one, is changed first', (t) => {
  it('answers 403 password_change_required to everything but me, logout and the change, until the user changes it', async () => {
    const admin = await TestClient.login(t().app);
    const created = await make(admin, 'users', { username: 'newcomer', display_name: '新来的审计员', role: 'auditor', region_code: '150200', password: USER_PASSWORD });
    expect(created.must_change_password).toBe(true);
    const c = new TestClient(t().app);
    const login = await c.post('/api/auth/login', { username: 'newcomer', password: USER_PASSWORD });
    expect(login.status).toBe(200);
    expect(login.body.user).toMatchObject({ must_change_password: true, password_change_reason: 'first_login' });
    c.token = login.body.token;
    const refused = await c.get('/api/workers');
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ code: 'password_change_required' });
    expect(refused.body.message).toMatch(/请先修改密码/);
    expect((await c.get('/api/auth/me')).body).toMatchObject({ username: 'newcomer', must_change_password: true });
    expect((await c.post('/api/auth/password', { current_password: USER_PASSWORD, new_password: 'password123' })).status).toBe(400);
    expect((await c.post('/api/auth/password', { current_password: USER_PASSWORD, new_password: 'Onon-Steppe-73#Rd' })).status).toBe(200);
    expect((await c.get('/api/workers')).status).toBe(200);
    expect((await c.get('/api/auth/me')).body).toMatchObject({ must_change_password: false, password_change_reason: null });
    // An administrator's reset is a password someone else set: changed at the next sign-in again.
    const row = (await admin.get(`/api/users/${created.id}`)).body;
    expect((await admin.put(`/api/users/${created.id}`, { ...row, password: 'Khovd-Lake-39#Nm' })).body.must_change_password).toBe(true);
    const again = await TestClient.login(t().app, 'newcomer', 'Khovd-Lake-39#Nm');
    expect((await again.get('/api/workers')).body.code).toBe('password_change_required');
  });

  it('asks for a change once a password is older than PASSWORD_MAX_AGE_DAYS', async () => {
    const admin = await TestClient.login(t().app);
    const user = await make(admin, 'users', { username: 'veteran', display_name: '老用户', role: 'auditor', region_code: '150200', password: USER_PASSWORD });
    const { knex } = t().services.db;
    await knex('users').where({ id: user.id }).update({ must_change_password: false, password_changed_at: new Date(Date.now() - 91 * 86_400_000).toISOString() });
    const c = await TestClient.login(t().app, 'veteran', USER_PASSWORD);
    expect((await c.get('/api/auth/me')).body).toMatchObject({ must_change_password: true, password_change_reason: 'expired' });
    const refused = await c.get('/api/regions');
    expect(refused.body.message).toContain('90 天');
    expect((await c.post('/api/auth/password', { current_password: USER_PASSWORD, new_password: 'Onon-Steppe-73#Rd' })).status).toBe(200);
    const me = (await c.get('/api/auth/me')).body;
    expect(me.password_expires_at > new Date(Date.now() + 89 * 86_400_000).toISOString()).toBe(true);
  });
}, { PASSWORD_CHANGE_AT_FIRST_LOGIN: true });

describe('operator-chosen and generated passwords', () => {
  const envFor = (dir: string, over: Record<string, unknown>) => loadEnv({}, {
    DATABASE_URL: `sqlite:${path.join(dir, 'db.sqlite')}`, STEPPE_DATA_KEY: TEST_KEY, SEED_DEMO: false, LOG_LEVEL: 'silent', SERVE_UI: false, DATA_DIR: dir, ...over,
  });

  it('refuses to start with an ADMIN_PASSWORD or DEMO_PASSWORD the policy refuses, naming the variable', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'steppe-pw-'));
    try {
      await expect(buildApp(envFor(dir, { ADMIN_PASSWORD: 'admin-Pa55word' }))).rejects.toThrow(/ADMIN_PASSWORD does not satisfy the password policy: 密码不能包含用户名/);
      await expect(buildApp(envFor(dir, { ADMIN_PASSWORD, DEMO_PASSWORD: 'Password123456', SEED_DEMO: true, DEMO_WORKERS: 0 }))).rejects.toThrow(/DEMO_PASSWORD/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('makes the first administrator change a generated password at first login', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'steppe-pw-'));
    const built = await buildApp(envFor(dir, {}));
    try {
      const generated = built.bootstrap.generatedAdminPassword!;
      expect(passwordProblem(generated)).toBeNull();
      const c = await TestClient.login(built.app, 'admin', generated);
      expect((await c.get('/api/auth/me')).body.password_change_reason).toBe('first_login');
      expect((await c.get('/api/users')).body.code).toBe('password_change_required');
    } finally {
      await built.app.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
