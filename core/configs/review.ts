// Review of typical cases before publishing: a region's admin submits, another admin approves (publishes) or sends back.
import type { Services } from '../services.js';
import type { RequestContext } from '../http/context.js';
import { ApiError, badRequest, conflict } from '../http/errors.js';
import { summarise } from './validation.js';
import { STATE_LABELS } from './service.js';
import type { ConfigRecord } from './documents.js';

/**
 * Submits a draft case for review. It must already pass publication's checks (schema, no ID or phone
 * numbers), so the reviewer judges its content, not its form. Audited; the draft is frozen meanwhile.
 */
export async function submitCase(services: Services, ctx: RequestContext, id: unknown): Promise<ConfigRecord> {
  await services.configs.requireWriter(ctx, id, 'submit');
  return services.resources.get('configs').write(async (trx) => {
    const rec = await services.configs.record(ctx, id, trx);
    if (rec.kind !== 'case') throw conflict('只有典型案例需要提交审核；其他配置文档直接发布', 'kind');
    if (rec.state !== 'draft') throw conflict(`该典型案例当前为「${STATE_LABELS[rec.state]}」，只有草稿可以提交审核`, 'state');
    const errors = await services.configs.problems(rec, trx);
    if (errors.length > 0) throw new ApiError(400, `典型案例未通过校验，不能提交审核：${summarise(errors)}`, errors[0].path, errors);
    const now = new Date().toISOString();
    await trx('configs').where({ id: rec.id }).update({
      state: 'in_review', submitted_at: now, submitted_by: ctx.user?.id ?? null, review_note: null, updated_at: now, updated_by: ctx.user?.id ?? null, version: rec.version + 1,
    });
    await services.audit.append(trx, ctx, { action: 'submit', resource: 'configs', recordId: rec.id, changes: { node: rec.node_code, kind: rec.kind, key: rec.key, doc_version: rec.doc_version, title: rec.title } });
    return services.configs.record(ctx, rec.id, trx);
  });
}

/** Approves a case in review: another admin than its submitter publishes it (maker–checker). */
export async function approveCase(services: Services, ctx: RequestContext, id: unknown): Promise<ConfigRecord> {
  const rec = await services.configs.record(ctx, id);
  if (rec.kind !== 'case') throw conflict('只有典型案例需要审核；其他配置文档直接发布', 'kind');
  return services.configs.publish(ctx, id, { submittedBy: rec.submitted_by });
}

/** Sends a case in review back to draft with the reviewer's note (required), so the author can correct it. */
export async function sendBackCase(services: Services, ctx: RequestContext, id: unknown, note: string): Promise<ConfigRecord> {
  const text = note.trim();
  if (!text) throw badRequest('请填写退回原因（note），说明需要如何修改', 'note');
  await services.configs.requireWriter(ctx, id, 'send_back');
  return services.resources.get('configs').write(async (trx) => {
    const rec = await services.configs.record(ctx, id, trx);
    if (rec.kind !== 'case') throw conflict('只有典型案例需要审核', 'kind');
    if (rec.state !== 'in_review') throw conflict(`该典型案例当前为「${STATE_LABELS[rec.state]}」，只有审核中的案例可以退回`, 'state');
    if (ctx.user && rec.submitted_by === ctx.user.id) throw conflict('不能审核自己提交的典型案例：请由另一位管理员审核', 'submitted_by');
    const now = new Date().toISOString();
    await trx('configs').where({ id: rec.id }).update({ state: 'draft', review_note: text, updated_at: now, updated_by: ctx.user?.id ?? null, version: rec.version + 1 });
    await services.audit.append(trx, ctx, { action: 'send_back', resource: 'configs', recordId: rec.id, changes: { note: text } });
    return services.configs.record(ctx, rec.id, trx);
  });
}
