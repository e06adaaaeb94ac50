// The environment: defaults, clear errors, and every variable documented in README.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Env, loadEnv } from './env.js';
import { ROOT } from '../paths.js';

describe('environment', () => {
  it('applies defaults: embedded SQLite on port 3000', () => {
    const env = loadEnv({});
    expect(env).toMatchObject({ PORT: 3000, DATABASE_URL: 'sqlite:data/steppe.sqlite', SEED_DEMO: true });
  });
  it('converts and validates, naming the variable', () => {
    expect(loadEnv({ PORT: '8080', SEED_DEMO: 'false' })).toMatchObject({ PORT: 8080, SEED_DEMO: false });
    expect(() => loadEnv({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadEnv({ ADMIN_PASSWORD: 'short' })).toThrow(/ADMIN_PASSWORD/);
  });
  it('documents every variable in README', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    for (const key of Object.keys(Env.properties)) expect(readme, key).toContain(`\`${key}\``);
  });
});
