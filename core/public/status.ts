// 查进度: a worker proves control of the phone on record with a one-time code, then sees their wishes, enrolments and claims.
import crypto from 'node:crypto';
import { Type } from '@sinclair/typebox';
import type { Services } from '../services.js';
import type { RequestContext } from '../http/context.js';
import { ApiError, badRequest } from '../http/errors.js';
import { parseResidentId } from '../validation/resident-id.js';
import { HOUR, countAttempt, guardAddress, subjectKey } from './abuse.js';
import { ChallengeAnswer } from './wish.js';
import { smsSender } from './sms.js';

export const CodeRequest = Type.Object({
  id_number: Type.String({ minLength: 1, maxLength: 18 }),
  challenge: Type.Optional(ChallengeAnswer),
}, { additionalProperties: false });

export const StatusRequest = Type.Object({
  id_number: Type.String({ minLength: 1, maxLength: 18 }),
  code: Type.String({ minLength: 1, maxLength: 8 }),
}, { additionalProperties: false });

/** Wrong codes a code survives; then a new one must be requested. */
const MAX_CHECKS = 5;

/** The same answer whether or not the number is registered with a phone: the page never tells who is registered. */
export const CODE_SENT = '如该公民身份号码已登记手机号码，验证码已发送至登记的手机，请在有效期内输入';

const codeHash = (services: Services, workerId: number, code: string) => services.pii.blindIndex(`otp:${workerId}:${code}`);

function parsedId(raw: string): string {
  const id = parseResidentId(raw);
  if ('error' in id) throw badRequest(id.error, 'id_number');
  return id.number;
}

/**
 * Sends a six-digit code to the phone on record of the worker with this ID number, through the SMS adapter.
 * Counted per address (with a challenge after repeated attempts) and per ID number; a new code replaces the old.
 */
export async function requestCode(services: Services, ctx: RequestContext, body: { id_number: string; challenge?: { token?: string; nonce?: string } }): Promise<{ message: string; ttl_minutes: number }> {
  const env = services.env;
  await guardAddress(services, 'code', ctx.ip ?? 'unknown', env.PUBLIC_CODES_PER_HOUR, body.challenge);
  const number = parsedId(body.id_number);
  await countAttempt(services, 'code', subjectKey(services, 'id', number), env.PUBLIC_CODES_PER_HOUR, HOUR, `该公民身份号码验证码发送过于频繁（每小时最多 ${env.PUBLIC_CODES_PER_HOUR} 次），请稍后再试`);
  const knex = services.db.knex;
  const worker = await knex('workers').where({ id_number_idx: services.pii.blindIndex(number) }).first('id', 'phone_enc', 'region_code');
  if (worker?.phone_enc) {
    const code = String(crypto.randomInt(0, 1_000_000)).padStart(6, '0');
    const now = new Date();
    await knex.transaction(async (trx) => {
      await trx('public_otps').where({ worker_id: worker.id }).whereNull('used_at').update({ used_at: now.toISOString() });
      await trx('public_otps').insert({
        worker_id: worker.id, code_hash: codeHash(services, worker.id, code), attempts: 0, used_at: null, created_at: now.toISOString(),
        expires_at: new Date(now.getTime() + env.OTP_TTL_MINUTES * 60_000).toISOString(),
      });
    });
    // After the commit: a gateway's network call holds no transaction, and a failed send leaves a code the worker can re-request.
    await smsSender(services).send(knex, {
      phone: services.pii.decrypt(worker.phone_enc), purpose: 'otp', regionCode: worker.region_code,
      body: `【农牧民工培训服务】您的查询验证码为 ${code}，${env.OTP_TTL_MINUTES} 分钟内有效。如非本人操作，请忽略。`,
    });
  }
  return { message: CODE_SENT, ttl_minutes: env.OTP_TTL_MINUTES };
}

export interface WorkerStatus {
  wishes: Array<{ reference: string; stated_on: string; channel: string; occupation_code: string | null; wants_training: boolean; wants_job: boolean; status: string; region_name: string }>;
  enrollments: Array<{ class_name: string; institution_name: string; start_date: string; end_date: string; status: string; completed_on: string | null }>;
  claims: Array<{ reference: string; type: string; claim_date: string; state: string; amount_fen: number | null; paid_on: string | null; class_name: string | null }>;
}

/**
 * The worker's own records after a valid code (used once). A wrong code counts against the code (at most
 * five) and the address; an expired, used or exhausted code is refused the same way as a wrong one.
 */
export async function checkStatus(services: Services, ctx: RequestContext, body: { id_number: string; code: string }): Promise<WorkerStatus> {
  await countAttempt(services, 'verify', subjectKey(services, 'ip', ctx.ip ?? 'unknown'), 30, HOUR, '验证次数过多，请一小时后再试');
  const number = parsedId(body.id_number);
  const wrong = new ApiError(400, '验证码不正确或已失效，请重新获取验证码', 'code');
  if (!/^\d{6}$/.test(body.code.trim())) throw wrong;
  const knex = services.db.knex;
  const worker = await knex('workers').where({ id_number_idx: services.pii.blindIndex(number) }).first('id');
  if (!worker) throw wrong;
  const now = new Date().toISOString();
  const otp = await knex('public_otps').where({ worker_id: worker.id }).whereNull('used_at').where('expires_at', '>', now)
    .where('attempts', '<', MAX_CHECKS).orderBy('id', 'desc').first();
  if (!otp) throw wrong;
  const expected = Buffer.from(otp.code_hash);
  const given = Buffer.from(codeHash(services, worker.id, body.code.trim()));
  if (expected.length !== given.length || !crypto.timingSafeEqual(expected, given)) {
    await knex('public_otps').where({ id: otp.id }).increment('attempts', 1);
    throw wrong;
  }
  // Spent by one conditional update: two requests with one code cannot both pass.
  const spent = await knex('public_otps').where({ id: otp.id }).whereNull('used_at').update({ used_at: now });
  if (spent !== 1) throw wrong;
  await services.audit.appendNow(knex, ctx, { action: 'status_view', resource: 'workers', recordId: worker.id, username: 'public' });
  return workerStatus(services, worker.id);
}

/** The rows the status page reads (ids and amounts as the driver returns them, flags as 0/1 or booleans). */
interface StatusWish { id: number | string; stated_on: string; channel: string; occupation_code: string | null; wants_training: unknown; wants_job: unknown; status: string; region_name: string }
interface StatusEnrolment { class_name: string; institution_name: string; start_date: string; end_date: string; status: string; completed_on: string | null }
interface StatusClaim { id: number | string; type: string; claim_date: string; state: string; decided_fen: number | string | null; paid_at: string | null; class_name: string | null }

async function workerStatus(services: Services, workerId: number): Promise<WorkerStatus> {
  const knex = services.db.knex;
  const wishes = await knex('intentions').join('regions', 'regions.id', 'intentions.region_code').where('intentions.worker_id', workerId)
    .orderBy('intentions.stated_on', 'desc').orderBy('intentions.id', 'desc').limit(100)
    .select('intentions.id', 'intentions.stated_on', 'intentions.channel', 'intentions.occupation_code', 'intentions.wants_training', 'intentions.wants_job', 'intentions.status', { region_name: 'regions.name' });
  const enrollments = await knex('enrollments').join('programs', 'programs.id', 'enrollments.program_id').join('institutions', 'institutions.id', 'programs.institution_id')
    .where('enrollments.worker_id', workerId).orderBy('enrollments.id', 'desc').limit(100)
    .select({ class_name: 'programs.name', institution_name: 'institutions.name' }, 'programs.start_date', 'programs.end_date', 'enrollments.status', 'enrollments.completed_on');
  const claims = await knex('claims').leftJoin('programs', 'programs.id', 'claims.program_id').where('claims.worker_id', workerId).orderBy('claims.id', 'desc').limit(100)
    .select('claims.id', 'claims.type', 'claims.claim_date', 'claims.state', 'claims.decided_fen', 'claims.paid_at', { class_name: 'programs.name' });
  return {
    wishes: (wishes as StatusWish[]).map((w) => ({ reference: `W${w.id}`, stated_on: w.stated_on, channel: w.channel, occupation_code: w.occupation_code ?? null, wants_training: Boolean(w.wants_training), wants_job: Boolean(w.wants_job), status: w.status, region_name: w.region_name })),
    enrollments: (enrollments as StatusEnrolment[]).map((e) => ({ class_name: e.class_name, institution_name: e.institution_name, start_date: e.start_date, end_date: e.end_date, status: e.status, completed_on: e.completed_on ?? null })),
    claims: (claims as StatusClaim[]).map((c) => ({
      reference: `C${c.id}`, type: c.type, claim_date: c.claim_date, state: c.state,
      amount_fen: ['approved', 'paid'].includes(c.state) && c.decided_fen !== null ? Number(c.decided_fen) : null,
      paid_on: c.paid_at ? String(c.paid_at).slice(0, 10) : null, class_name: c.class_name ?? null,
    })),
  };
}
