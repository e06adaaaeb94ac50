// buildTestApp(): boots the real app on a fresh database (SQLite in memory, or a new MySQL database) and closes it after.
import crypto from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import knexFactory from 'knex';
import { afterAll, beforeAll, describe } from 'vitest';
import { loadEnv, type Env } from '../env/env.js';
import { buildApp, type BuiltApp } from '../app.js';
import { parseDatabaseUrl } from '../db/connection.js';
import type { SteppePlugin } from '../plugins/contract.js';

export type TestDb = 'sqlite' | 'mysql';

/** The MySQL server the suite also runs on, when TEST_MYSQL_URL is set (`.ci/run` sets it). */
export const MYSQL_URL = process.env.TEST_MYSQL_URL;
export const TEST_DBS: TestDb[] = MYSQL_URL ? ['sqlite', 'mysql'] : ['sqlite'];
export const TEST_KEY = Buffer.alloc(32, 7).toString('base64');
export const ADMIN_PASSWORD = 'Ulaan-Tolgoi-7Qx#42';
/** A password the policy accepts, for users that tests create. */
export const USER_PASSWORD = 'Kherlen-River-58#Tq';

export async function freshDatabaseUrl(db: TestDb): Promise<{ url: string; drop: () => Promise<void> }> {
  if (db === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'steppe-test-'));
    return { url: `sqlite:${path.join(dir, 'test.sqlite')}`, drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  }
  if (!MYSQL_URL) throw new Error('TEST_MYSQL_URL is not set');
  const name = `steppe_t_${crypto.randomBytes(5).toString('hex')}`;
  const admin = knexFactory(parseDatabaseUrl(MYSQL_URL).config);
  await admin.raw(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await admin.destroy();
  const u = new URL(MYSQL_URL);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    drop: async () => {
      const k = knexFactory(parseDatabaseUrl(MYSQL_URL).config);
      await k.raw(`DROP DATABASE IF EXISTS \`${name}\``);
      await k.destroy();
    },
  };
}

export interface TestApp extends BuiltApp {
  db: TestDb;
  close(): Promise<void>;
}

/**
 * Boots the app on a fresh database with its own DATA_DIR (audit checkpoints are per directory).
 * Users that tests create keep the password they were given (PASSWORD_CHANGE_AT_FIRST_LOGIN off);
 * the tests of the forced change turn it on.
 */
export async function buildTestApp(db: TestDb = 'sqlite', overrides: Partial<Env> = {}, today?: string, logStream?: NodeJS.WritableStream, plugins?: readonly SteppePlugin[]): Promise<TestApp> {
  const { url, drop } = await freshDatabaseUrl(db);
  const dataDir = overrides.DATA_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), 'steppe-data-'));
  const env = loadEnv({}, {
    DATABASE_URL: url, STEPPE_DATA_KEY: TEST_KEY, ADMIN_PASSWORD, SEED_DEMO: false, LOG_LEVEL: 'silent', SERVE_UI: false,
    PASSWORD_CHANGE_AT_FIRST_LOGIN: false, ...overrides, DATA_DIR: dataDir,
  });
  const built = await buildApp(env, { ...(today ? { today: () => today } : {}), logStream, plugins });
  return {
    ...built, db,
    close: async () => {
      await built.app.close();
      await drop();
      if (!overrides.DATA_DIR) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Runs a describe block once per database of the suite, with a fresh app for the block. */
export function describeEachDb(name: string, body: (t: () => TestApp) => void, overrides: Partial<Env> = {}, today?: string): void {
  for (const db of TEST_DBS) {
    describe(`${name} [${db}]`, () => {
      let app: TestApp;
      beforeAll(async () => { app = await buildTestApp(db, overrides, today); }, 60_000);
      afterAll(async () => { await app?.close(); });
      body(() => app);
    });
  }
}
