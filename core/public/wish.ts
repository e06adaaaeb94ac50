// 我要培训: a worker's training or job wish from the public site becomes an intention (channel 人社APP/线上) in the ledgers.
import type { Knex } from 'knex';
import { Type, type Static } from '@sinclair/typebox';
import type { Services } from '../services.js';
import type { RequestContext } from '../http/context.js';
import { badRequest } from '../http/errors.js';
import { RegionCode, StringEnum, TrainingKind, WORKER_CATEGORIES } from '../schemas/common.js';
import { validateWorkerId } from '../validation/resident-id.js';
import { DAY, countAttempt, guardAddress, subjectKey } from './abuse.js';
import { pathCodes, regionByCode } from './regions.js';
import { isDuplicateKey } from '../db/transact.js';
import { maskIdNumber, maskPhone } from '../pii/mask.js';
import { withLeague } from '../scale/league.js';

/** The version of the personal-data notice (个人信息处理告知) a wish consents to; bump it when the text changes. */
export const CONSENT_VERSION = '2026-12-01';

export const ChallengeAnswer = Type.Object({
  token: Type.String({ maxLength: 200 }),
  nonce: Type.String({ maxLength: 32 }),
}, { additionalProperties: false, description: 'A solved proof-of-work challenge (GET /api/public/challenge), required after repeated attempts' });

export const WishBody = Type.Object({
  id_number: Type.String({ minLength: 1, maxLength: 18, description: '公民身份号码 (checked: check character, birth date, age)' }),
  name: Type.String({ minLength: 1, maxLength: 64 }),
  phone: Type.String({ minLength: 1, maxLength: 20, description: 'Mobile number: where 查进度 sends its one-time code' }),
  region_code: RegionCode,
  category: StringEnum(WORKER_CATEGORIES),
  wants_training: Type.Boolean({ default: true }),
  wants_job: Type.Boolean({ default: false }),
  occupation_code: Type.Optional(Type.String({ maxLength: 32, pattern: '^[0-9A-Za-z-]{1,32}$' })),
  training_kind: Type.Optional(TrainingKind),
  job_wish: Type.Optional(Type.String({ maxLength: 255 })),
  consent: Type.Boolean({ description: 'Consent to the processing of personal data for this wish (PIPL art. 14)' }),
  consent_version: Type.Optional(Type.String({ maxLength: 16 })),
  challenge: Type.Optional(ChallengeAnswer),
}, { additionalProperties: false });
export type WishBody = Static<typeof WishBody>;

export interface WishReceipt {
  /** The 受理编号 a worker quotes at a service station. */
  reference: string;
  stated_on: string;
  region_name: string;
  channel: 'app';
  /** True when the same wish of the same day was already registered: nothing new was stored. */
  repeated: boolean;
}

/**
 * Registers a wish: consent first, then the address's and the ID's attempt counters (and a challenge
 * after repeated attempts), then the ID's checksum; a new person is registered with the 旗县 they chose,
 * a known one keeps their record (name must match; the phone on record is never changed from here).
 * Worker and wish are written in one transaction, audited as the public channel.
 */
export async function registerWish(services: Services, ctx: RequestContext, body: WishBody): Promise<WishReceipt> {
  const env = services.env;
  if (body.consent !== true) throw badRequest('请阅读并同意《个人信息处理告知》后再提交；不同意则无法登记培训意愿', 'consent');
  if (!body.wants_training && !body.wants_job) throw badRequest('请至少选择一项：培训意愿或求职意愿', 'wants_training');
  await guardAddress(services, 'wish', ctx.ip ?? 'unknown', env.PUBLIC_WISHES_PER_HOUR, body.challenge);
  const today = services.today();
  const id = validateWorkerId(body.id_number, today);
  if ('error' in id) throw badRequest(id.error, 'id_number');
  await countAttempt(services, 'wish', subjectKey(services, 'id', id.number), env.PUBLIC_WISHES_PER_ID_PER_DAY, DAY,
    `该公民身份号码今天已提交 ${env.PUBLIC_WISHES_PER_ID_PER_DAY} 次，请明天再试或到人社服务站办理`);
  const name = body.name.trim();
  if (!/^[\p{Script=Han}\p{Script=Mongolian}A-Za-z·• ]{1,64}$/u.test(name)) throw badRequest('姓名只能包含汉字、蒙古文、字母和间隔号「·」', 'name');
  const phone = body.phone.replace(/[\s-]/g, '');
  if (!/^1[3-9]\d{9}$/.test(phone)) throw badRequest('手机号码应为11位数字，以1开头', 'phone');
  const region = await regionByCode(services.db.knex, body.region_code);
  if (!region || pathCodes(region.path).length < 3) throw badRequest('请选择所在的旗县（市、区）或苏木乡镇', 'region_code');
  const jobWish = body.job_wish?.trim() || null;
  if (jobWish && /1[3-9]\d{9}|\d{17}[\dXx]/.test(jobWish)) throw badRequest('求职意愿中请不要填写手机号码或身份证号码', 'job_wish');

  // Two first registrations of one ID number at once: the later meets the unique key, and its second try finds the worker.
  const register = () => services.db.knex.transaction(async (trx): Promise<WishReceipt> => {
    const worker = await findOrRegister(services, trx, ctx, { id, name, phone, region: region.id, category: body.category });
    // Kept in the worker's 盟市: the chosen node when it lies there, else where the worker is registered.
    const league = (code: string) => code.slice(0, 4);
    const wishRegion = league(region.id) === league(worker.region_code) ? region.id : worker.region_code;
    const same = await trx('intentions').where({ worker_id: worker.id, channel: 'app', stated_on: today, status: 'open' })
      .where((w) => (body.occupation_code ? w.where('occupation_code', body.occupation_code) : w.whereNull('occupation_code'))).first('id');
    const names = await trx('regions').where({ id: wishRegion }).first('name');
    if (same) return { reference: `W${same.id}`, stated_on: today, region_name: names?.name ?? wishRegion, channel: 'app', repeated: true };
    const now = new Date().toISOString();
    const row = {
      worker_id: worker.id, region_code: wishRegion, channel: 'app', stated_on: today, occupation_code: body.occupation_code ?? null,
      training_kind: body.training_kind ?? null, orientation: null, wants_training: body.wants_training, wants_evaluation: false, wants_job: body.wants_job,
      job_wish: jobWish, status: 'open', enrollment_id: null, extra: null, form_version: null,
      created_at: now, updated_at: now, created_by: null, updated_by: null, version: 1,
    };
    const [inserted] = await trx('intentions').insert(await withLeague(trx, 'intentions', row));
    const wishId = typeof inserted === 'object' ? (inserted as { id: number }).id : inserted;
    await services.audit.append(trx, ctx, {
      action: 'create', resource: 'intentions', recordId: wishId, username: 'public',
      changes: { channel: 'app', region_code: wishRegion, occupation_code: row.occupation_code, wants_training: row.wants_training, wants_job: row.wants_job, consent_version: body.consent_version ?? CONSENT_VERSION },
    });
    return { reference: `W${wishId}`, stated_on: today, region_name: names?.name ?? wishRegion, channel: 'app', repeated: false };
  });
  try {
    return await register();
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
    return register();
  }
}

interface Person { id: { number: string; birthDate: string; gender: string; regionCode: string }; name: string; phone: string; region: string; category: string }

async function findOrRegister(services: Services, trx: Knex.Transaction, ctx: RequestContext, p: Person): Promise<{ id: number; region_code: string }> {
  const idx = services.pii.blindIndex(p.id.number);
  const known = await trx('workers').where({ id_number_idx: idx }).first('id', 'name', 'region_code');
  if (known) {
    if (known.name !== p.name) throw badRequest('姓名与该公民身份号码登记的姓名不一致；请填写登记时的姓名，或到人社服务站核实', 'name');
    return known;
  }
  const now = new Date().toISOString();
  // The same columns the resource service writes: stored masks for lists, the 盟市 code for scoped indexes.
  const [inserted] = await trx('workers').insert(await withLeague(trx, 'workers', {
    id_number_enc: services.pii.encrypt(p.id.number), id_number_idx: idx, id_number_mask: maskIdNumber(p.id.number), name: p.name, gender: p.id.gender, birth_date: p.id.birthDate,
    home_region_code: p.id.regionCode, region_code: p.region, phone_enc: services.pii.encrypt(p.phone), phone_idx: services.pii.blindIndex(p.phone), phone_mask: maskPhone(p.phone),
    category: p.category, traits: '[]', registered_by_institution_id: null, created_at: now, updated_at: now, created_by: null, updated_by: null, version: 1,
  }));
  const id = typeof inserted === 'object' ? (inserted as { id: number }).id : inserted;
  // The audit trail masks ID and phone numbers in what it stores.
  await services.audit.append(trx, ctx, { action: 'create', resource: 'workers', recordId: id, username: 'public', changes: { channel: 'app', region_code: p.region, category: p.category } });
  return { id, region_code: p.region };
}
