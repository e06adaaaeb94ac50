// The environment configuration: one TypeBox schema, validated at start with a clear message.
import { Type, type Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';

export const Env = Type.Object({
  PORT: Type.Integer({ minimum: 1, maximum: 65535, default: 3000, description: 'HTTP port of the API and console.' }),
  HOST: Type.String({ default: '0.0.0.0', description: 'Interface to listen on.' }),
  DATABASE_URL: Type.String({
    default: 'sqlite:data/steppe.sqlite',
    description: '`sqlite:<path>` (embedded default) or `mysql://user:pass@host:port/db` (production); a Galera cluster lists its nodes, tried in order with failover: `mysql://user:pass@db1:3306,db2:3306,db3:3306/db`.',
  }),
  DATA_DIR: Type.String({ default: 'data', description: 'Where the embedded demo keeps its database and generated key.' }),
  STEPPE_DATA_KEY: Type.Optional(Type.String({
    description: '32 random bytes, base64: encrypts resident IDs and phone numbers (AES-256-GCM) and keys their blind index. Required in production; the demo generates one into DATA_DIR.',
  })),
  ADMIN_PASSWORD: Type.Optional(Type.String({ minLength: 12, maxLength: 256, description: 'Password of the first `admin` user (must satisfy the password policy); generated, printed once and changed at first login when unset.' })),
  DEMO_PASSWORD: Type.Optional(Type.String({ minLength: 12, maxLength: 256, description: 'Password of the demo users (must satisfy the password policy); generated, printed once and changed at first login when unset.' })),
  SEED_DEMO: Type.Boolean({ default: true, description: 'Seed demo workers, institutions and claims into an empty database.' }),
  DEMO_WORKERS: Type.Integer({ minimum: 0, default: 300, description: 'How many demo workers to seed.' }),
  TOKEN_TTL_HOURS: Type.Integer({ minimum: 1, default: 12, description: 'Lifetime of a login token.' }),
  LOGIN_MAX_FAILURES: Type.Integer({ minimum: 1, default: 5, description: 'Failed logins before a user is locked.' }),
  LOGIN_LOCK_MINUTES: Type.Integer({ minimum: 1, default: 15, description: 'How long a locked user stays locked.' }),
  PASSWORD_MAX_AGE_DAYS: Type.Integer({ minimum: 0, default: 90, description: 'Days after which a password must be changed at the next sign-in; 0 never.' }),
  PASSWORD_CHANGE_AT_FIRST_LOGIN: Type.Boolean({ default: true, description: 'A password set by an administrator or generated must be changed by its user before anything else.' }),
  RATE_LIMIT_LOGIN_PER_MINUTE: Type.Integer({ minimum: 0, default: 30, description: 'Login and password-change attempts per client address per minute; 0 turns the limit off.' }),
  RATE_LIMIT_API_PER_MINUTE: Type.Integer({ minimum: 0, default: 3000, description: 'API requests per client address per minute; 0 turns the limit off.' }),
  RATE_LIMIT_ALLOWLIST: Type.String({ default: '127.0.0.1,::1', maxLength: 2000, pattern: '^([0-9a-fA-F.:]+(/\\d+)?(,[0-9a-fA-F.:]+(/\\d+)?)*)?$', description: 'Client addresses or CIDRs never rate-limited (comma-separated): this host, monitoring, a local proxy TRUST_PROXY does not name.' }),
  REDIS_URL: Type.Optional(Type.String({ pattern: '^rediss?://', description: 'Shared Redis (redis://host:6379/0) for state several replicas must agree on: rate limits, and the BullMQ queue of background jobs; in-process stand-ins when unset.' })),
  JOBS_CONCURRENCY: Type.Integer({ minimum: 0, maximum: 64, default: 2, description: 'Background jobs this replica runs at once; 0 only queues them (another replica runs them; needs REDIS_URL).' }),
  JOBS_LEASE_SECONDS: Type.Integer({ minimum: 2, maximum: 3600, default: 30, description: 'A running job renews its lease every third of this; a job whose replica died is taken over after it lapses.' }),
  JOBS_MAX_ATTEMPTS: Type.Integer({ minimum: 1, maximum: 20, default: 3, description: 'Attempts of a job (a crash counts as one) before it ends failed with an account of what it wrote.' }),
  IMPORT_BATCH_ROWS: Type.Integer({ minimum: 1, maximum: 5000, default: 2000, description: 'Roster rows written per transaction (and per audit entry) by an import.' }),
  IMPORT_MAX_ROWS: Type.Integer({ minimum: 1, default: 1000000, description: 'Most data rows one roster file may hold.' }),
  IMPORT_MAX_MB: Type.Integer({ minimum: 1, maximum: 4096, default: 200, description: 'Largest roster file accepted by POST /api/workers/import/upload (streamed, never held in memory).' }),
  TRUST_PROXY: Type.String({ default: 'false', pattern: '^(true|false|\\d+|[0-9a-fA-F.:/]+(,[0-9a-fA-F.:/]+)*)$', description: 'Whether to believe X-Forwarded-For/-Proto: false, true, a hop count, or proxy addresses/CIDRs (comma-separated).' }),
  CORS_ORIGINS: Type.String({ default: '', maxLength: 2000, description: 'Origins (comma-separated, e.g. https://console.example.gov.cn) allowed to call the API from a browser; none by default.' }),
  HSTS_MAX_AGE: Type.Integer({ minimum: 0, default: 15552000, description: 'Strict-Transport-Security max-age (seconds) sent on HTTPS requests; 0 sends none.' }),
  AUDIT_CHECKPOINT_SECONDS: Type.Integer({ minimum: 0, default: 60, description: 'How often a signed checkpoint of the audit chain head is appended to DATA_DIR (when the head moved); 0 only on demand.' }),
  AGGREGATES_REFRESH_SECONDS: Type.Integer({ minimum: 0, default: 60, description: 'Most age (seconds) of the per-region counts behind the dashboard of large scopes and the estimated totals of large lists; 0 never refreshes them on a timer (npm run seed refreshes them).' }),
  AUDIT_SYSLOG: Type.Optional(Type.String({ pattern: '^(udp|tcp)://[^/:]+:\\d+$', description: 'Also send each audit checkpoint to this syslog server (udp://host:514 or tcp://host:514).' })),
  PLUGINS: Type.String({
    default: '',
    maxLength: 2000,
    description: 'Plugin folders under plugins/ to load: empty for the defaults (core/plugins/names.ts), "+hukou,+other" to add to them, or the full list in load order.',
  }),
  FOLLOW_UP_MONTHS: Type.String({ default: '1,3,6', pattern: '^\\d+(,\\d+)*$', description: 'Months after completion when follow-up visits (跟踪回访) fall due.' }),
  CONFIGS_DIR: Type.String({ default: 'configs', description: 'Seed configuration documents imported into an empty database.' }),
  LOG_LEVEL: Type.Union([Type.Literal('fatal'), Type.Literal('error'), Type.Literal('warn'), Type.Literal('info'), Type.Literal('debug'), Type.Literal('silent')], { default: 'info' }),
  SERVE_UI: Type.Boolean({ default: true, description: 'Serve the built console from admin-ui/dist at /.' }),
  PUBLIC_RATE_LIMIT_PER_MINUTE: Type.Integer({ minimum: 0, default: 120, description: 'Requests to /api/public/ per client address per minute (the public site and API); 0 turns the limit off.' }),
  PUBLIC_WISHES_PER_HOUR: Type.Integer({ minimum: 1, default: 10, description: 'Training wishes (我要培训) one client address may send per hour.' }),
  PUBLIC_WISHES_PER_ID_PER_DAY: Type.Integer({ minimum: 1, default: 3, description: 'Training wishes one resident ID number may be given in per day.' }),
  PUBLIC_CODES_PER_HOUR: Type.Integer({ minimum: 1, default: 5, description: 'One-time codes (查进度) one client address, or one ID number, may request per hour.' }),
  PUBLIC_CHALLENGE_AFTER: Type.Integer({ minimum: 0, default: 2, description: 'Public attempts (wishes, code requests) per address per hour after which each further one must solve a proof-of-work challenge; 0 always.' }),
  PUBLIC_CHALLENGE_BITS: Type.Integer({ minimum: 1, maximum: 28, default: 16, description: 'Difficulty of the proof-of-work challenge: leading zero bits of SHA-256 (16 ≈ 65,000 hashes, about a second on a cheap phone).' }),
  OTP_TTL_MINUTES: Type.Integer({ minimum: 1, maximum: 60, default: 10, description: 'How long a one-time code sent to the phone on record stays valid.' }),
});
export type Env = Static<typeof Env>;

/** Reads the environment (or overrides, for tests), applies defaults and validates. */
export function loadEnv(source: Record<string, string | undefined> = process.env, overrides: Partial<Env> = {}): Env {
  const raw: Record<string, unknown> = {};
  for (const key of Object.keys(Env.properties)) {
    const value = source[key];
    if (value !== undefined && value !== '') raw[key] = value;
  }
  const candidate = Value.Default(Env, Value.Convert(Env, { ...raw, ...overrides }));
  const errors = [...Value.Errors(Env, candidate)];
  if (errors.length > 0) {
    const lines = errors.map((e) => `  ${e.path.slice(1) || '(root)'}: ${e.message}`);
    throw new Error(`Invalid environment configuration:\n${lines.join('\n')}`);
  }
  return candidate as Env;
}
