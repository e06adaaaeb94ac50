// Configuration documents: the effective document for a node and date, publish, retire, diff and form checks.
import type { Knex } from 'knex';
import type { Services } from '../services.js';
import type { RequestContext } from '../http/context.js';
import { ApiError, badRequest, conflict } from '../http/errors.js';
import { asCandidate, databaseSource, resolveEffective, unresolvedReason, type Candidate, type EffectiveDocument } from './resolve.js';
import { toDocument, type ConfigRecord } from './documents.js';
import { summarise, validateWithPlugins } from './validation.js';
import { CLAIM_TYPE_LABELS, KIND_KEYS, type ClaimType, type ConfigDocument, type ConfigError, type ConfigKind } from './kinds/index.js';
import { checkParamUses, paramsFactFor } from './params.js';
import { formRenderProblems } from './form-check.js';
import { diffSentences } from './diff-text.js';
import { valueNamer } from './value-names.js';
import { fieldTypes } from './field-types.js';
import { diffBodies, type DiffEntry } from './diff.js';
import { formErrors } from './forms.js';
import { hiddenFieldChanges, hiddenFields } from './form-roles.js';

/** Who writes a record's `extra`: their role, and the values stored before (none on create). */
export interface ExtraWriter { role?: string | null; before?: Record<string, unknown> }

type Db = Knex | Knex.Transaction;
type Checked = Pick<ConfigRecord, 'id' | 'kind' | 'key' | 'node_code' | 'mode' | 'title' | 'effective_from' | 'effective_to' | 'body' | 'doc_version'>;

/** Resolutions of each kind, keyed by generation, node, key and date: a kind's map holds only documents of that kind. */
type EffectiveCache = { [K in ConfigKind]: Map<string, EffectiveDocument<K> | null> };
const emptyCache = (): EffectiveCache => ({ catalog: new Map(), ruleset: new Map(), form: new Map(), guide: new Map(), param: new Map(), case: new Map() });

const WRITERS = new Set(['platform_admin', 'region_admin']);
export const STATE_LABELS: Record<string, string> = { draft: '草稿', in_review: '审核中', published: '已发布', retired: '已废止' };

/** A stored draft as the candidate of its kind; call it once the draft passed validation (400 otherwise). */
export function candidateOf(rec: Checked): Candidate {
  return asCandidate(rec.kind, {
    node: rec.node_code, config_id: rec.id, version: rec.doc_version, mode: rec.mode, title: rec.title, body: rec.body,
    effective_from: rec.effective_from, effective_to: rec.effective_to ?? null,
  });
}

/**
 * What the configuration service uses: the database, the plugins (document checks, labels), the audit trail, the
 * configs resource (scope), the rules runtime (a rule set's tests must pass before it is published) and today.
 */
export type ConfigDeps = Pick<Services, 'db' | 'plugins' | 'audit' | 'resources' | 'rules' | 'today'>;

export class ConfigService {
  // Resolutions are cached per process under a generation read from the database on each call,
  // so a publish on any replica is seen by every replica at once. The generation is part of the
  // key, so a slow resolution that started before a publish can never be served after it.
  private cache = emptyCache();
  private cacheGeneration = '';

  constructor(private readonly services: ConfigDeps) {}

  private get knex(): Knex {
    return this.services.db.knex;
  }

  /**
   * Changes with every publish, retire and import: published rows are never deleted, and each
   * state change bumps the row's `version`, so (count, sum of versions) never repeats — unlike
   * max(updated_at), which two changes in one millisecond share.
   */
  private async generation(db: Db): Promise<string> {
    const row = await db('configs').whereNot('state', 'draft').count({ n: '*' }).sum({ s: 'version' }).first();
    return `${row?.n ?? 0}:${row?.s ?? 0}`;
  }

  /**
   * The document of `kind`/`key` in force for a node on a date (YYYY-MM-DD), or null. Inside a
   * transaction pass it as `trx`: SQLite has one connection, and uncommitted state must not be cached.
   */
  async effective<K extends ConfigKind>(node: string, kind: K, key: string, date: string, trx?: Knex.Transaction): Promise<EffectiveDocument<K> | null> {
    if (trx) return resolveEffective(trx, node, kind, key, date);
    const generation = await this.generation(this.knex);
    if (generation !== this.cacheGeneration || Object.values(this.cache).reduce((n, m) => n + m.size, 0) > 5000) {
      this.cache = emptyCache();
      this.cacheGeneration = generation;
    }
    const cache: Map<string, EffectiveDocument<K> | null> = this.cache[kind];
    const cacheKey = `${generation}|${node}|${key}|${date}`;
    if (!cache.has(cacheKey)) {
      const doc = await resolveEffective(this.knex, node, kind, key, date);
      if (this.cacheGeneration === generation) this.cache[kind].set(cacheKey, doc);
      return doc;
    }
    return cache.get(cacheKey)!;
  }

  /** Why `effective` found nothing: for a 404 a person can act on. */
  async explainMissing(node: string, kind: ConfigKind, key: string, date: string): Promise<ApiError> {
    return new ApiError(404, await unresolvedReason(databaseSource(this.knex), node, kind, key, date), 'code');
  }

  /** Loads a stored document visible to the context (404 outside one's scope). */
  async record(ctx: RequestContext, id: unknown, trx?: Knex.Transaction): Promise<ConfigRecord> {
    const service = this.services.resources.get('configs');
    return service.toRecord(await service.findRow(ctx, id, trx));
  }

  /** Every problem that would stop a document from being published, without changing anything. */
  async problems(rec: Checked, trx?: Knex.Transaction): Promise<ConfigError[]> {
    const errors = validateWithPlugins(toDocument(rec), this.services.plugins);
    if (errors.length > 0) return errors;
    const db = trx ?? this.knex;
    const candidate = candidateOf(rec);
    const merged = await resolveEffective(db, rec.node_code, rec.kind, rec.key, rec.effective_from, candidate);
    if (!merged) return [{ path: '/mode', message: await unresolvedReason(databaseSource(db), rec.node_code, rec.kind, rec.key, rec.effective_from, candidate) }];
    const own = merged.warnings.filter((w) => w.node === rec.node_code).map(({ node: _n, ...e }) => e);
    return [...own, ...(await this.paramProblems(db, rec, candidate)), ...(await this.formProblems(db, rec, candidate, merged))];
  }

  /**
   * The merged form the node's users will get must render and validate; so must the merged form of
   * every node below that extends it (a parent's change must not break a child's pages).
   */
  private async formProblems(db: Db, rec: Checked, candidate: Candidate, merged: EffectiveDocument): Promise<ConfigError[]> {
    if (candidate.kind !== 'form' || merged.kind !== 'form') return [];
    const errors = formRenderProblems(merged.body).map((e) => ({ ...e, message: `合并后的表单：${e.message}` }));
    for (const node of await this.descendantsWithDocuments(rec, db)) {
      const below = await resolveEffective(db, node, 'form', rec.key, rec.effective_from, candidate);
      const name = below?.chain.at(-1)?.node_name ?? node;
      for (const e of below ? formRenderProblems(below.body) : []) errors.push({ path: e.path, message: `下级${name}（${node}）合并后的表单：${e.message}` });
    }
    return errors;
  }

  /**
   * A rule set reads only parameters in force at its node on its first day; a parameters document
   * may not take away one the node's rule sets read.
   */
  private async paramProblems(db: Db, rec: Checked, candidate: Candidate): Promise<ConfigError[]> {
    const date = rec.effective_from;
    if (candidate.kind === 'ruleset') {
      const merged = await resolveEffective(db, rec.node_code, 'ruleset', rec.key, date, candidate);
      return merged ? checkParamUses(merged.body, await paramsFactFor(db, rec.node_code, date), date) : [];
    }
    if (candidate.kind !== 'param') return [];
    const params = await paramsFactFor(db, rec.node_code, date, candidate);
    const errors: ConfigError[] = [];
    for (const key of KIND_KEYS.ruleset) {
      const rules = await resolveEffective(db, rec.node_code, 'ruleset', key, date);
      for (const e of rules ? checkParamUses(rules.body, params, date) : []) {
        errors.push({ path: '/body/params', message: `${CLAIM_TYPE_LABELS[key as ClaimType]}规则集仍在使用：${e.message}` });
      }
    }
    return errors;
  }

  /** `problems` of a document that is not stored (the validate endpoint, the CLI). */
  async check(doc: unknown, trx?: Knex.Transaction): Promise<ConfigError[]> {
    const errors = validateWithPlugins(doc, this.services.plugins);
    if (errors.length > 0) return errors;
    const d = doc as ConfigDocument;
    const region = await (trx ?? this.knex)('regions').where({ id: d.node }).first('name', 'owns_config');
    if (!region) return [{ path: '/node', message: `行政区划 ${d.node} 不存在` }];
    if (!region.owns_config) return [{ path: '/node', message: `${region.name}（${d.node}）不单独发布配置，沿用上级的配置文档` }];
    return this.problems({ id: 0, doc_version: 0, kind: d.kind, key: d.key, node_code: d.node, mode: d.mode, title: d.title, effective_from: d.effective_from, effective_to: d.effective_to, body: d.body }, trx);
  }

  /** The effective document of an unsaved document's node with it in place of the node's own (the form builder's merged preview). */
  async mergedWith(ctx: RequestContext, doc: ConfigDocument): Promise<EffectiveDocument | null> {
    const region = await this.knex('regions').where({ id: doc.node }).first('path');
    if (!region || (ctx.user && !String(region.path).startsWith(ctx.user.region_path))) throw new ApiError(404, `行政区划 ${doc.node} 不存在或不在您的管辖范围内`);
    if (validateWithPlugins(doc, this.services.plugins).length > 0) return null;
    return resolveEffective(this.knex, doc.node, doc.kind, doc.key, doc.effective_from,
      candidateOf({ id: 0, doc_version: 0, kind: doc.kind, key: doc.key, node_code: doc.node, mode: doc.mode, title: doc.title, effective_from: doc.effective_from, effective_to: doc.effective_to, body: doc.body }));
  }

  /**
   * Publishes a draft. A typical case (kind `case`) is published only by `approve` in core/configs/review.ts,
   * after review: pass `reviewed` from there.
   */
  async publish(ctx: RequestContext, id: unknown, reviewed?: { submittedBy: number | null }): Promise<ConfigRecord> {
    await this.requireWriter(ctx, id, 'publish');
    return this.services.resources.get('configs').write(async (trx) => {
      const rec = await this.record(ctx, id, trx);
      const from = reviewed ? 'in_review' : 'draft';
      if (!reviewed && rec.kind === 'case') throw conflict('典型案例须先提交审核，由另一位管理员审核通过后发布', 'state');
      if (rec.state !== from) throw conflict(`该文档当前为「${STATE_LABELS[rec.state]}」，只有${reviewed ? '审核中的典型案例' : '草稿'}可以发布`, 'state');
      if (reviewed && ctx.user && rec.submitted_by === ctx.user.id) throw conflict('不能审核自己提交的典型案例：请由另一位管理员审核', 'submitted_by');
      // In force, the highest version wins: publishing an older draft after a newer version would change nothing.
      const later = await trx('configs').where({ node_code: rec.node_code, kind: rec.kind, key: rec.key }).whereNot('state', 'draft')
        .where('doc_version', '>', rec.doc_version).max({ v: 'doc_version' }).first();
      if (later?.v) throw conflict(`第 ${later.v} 版已经发布过，不能再发布更早的第 ${rec.doc_version} 版草稿；请在最新版本的基础上新建草稿`, 'doc_version');
      const errors = await this.problems(rec, trx);
      if (errors.length > 0) throw new ApiError(400, `文档未通过校验，不能发布：${summarise(errors)}`, errors[0].path, errors);
      if (rec.kind === 'ruleset' || rec.kind === 'param') await this.requirePassingTests(trx, rec);
      const now = new Date().toISOString();
      await trx('configs').where({ id: rec.id }).update({ state: 'published', published_at: now, published_by: ctx.user?.id ?? null, updated_at: now, updated_by: ctx.user?.id ?? null, version: rec.version + 1 });
      await this.services.audit.append(trx, ctx, {
        action: 'publish', resource: 'configs', recordId: rec.id,
        changes: { node: rec.node_code, kind: rec.kind, key: rec.key, doc_version: rec.doc_version, title: rec.title, effective_from: rec.effective_from, effective_to: rec.effective_to },
      });
      return this.record(ctx, rec.id, trx);
    });
  }

  /** The node's own rule tests must pass against the draft before it is published (inherited cases are for information). */
  private async requirePassingTests(trx: Knex.Transaction, rec: ConfigRecord): Promise<void> {
    const report = await this.services.rules.runNodeTests(trx, rec, { date: rec.effective_from > this.services.today() ? rec.effective_from : this.services.today() });
    if (report.ok) return;
    const failing = report.suites.filter((s) => !s.inherited).flatMap((s) => s.cases.filter((c) => !c.passed).map((c) => `「${c.name}」：${c.differences.map((d) => d.message).join('；')}`));
    const head = failing.slice(0, 3).join('；');
    throw new ApiError(400, `规则测试未通过（${report.failed} 个案例失败），不能发布：${head}${failing.length > 3 ? `；另有 ${failing.length - 3} 个` : ''}`, 'tests',
      failing.map((message) => ({ path: '/tests', message })));
  }

  async retire(ctx: RequestContext, id: unknown): Promise<ConfigRecord> {
    await this.requireWriter(ctx, id, 'retire');
    return this.services.resources.get('configs').write(async (trx) => {
      const rec = await this.record(ctx, id, trx);
      if (rec.state !== 'published') throw conflict(`该文档当前为「${STATE_LABELS[rec.state]}」，只有已发布的文档可以废止`, 'state');
      const now = new Date().toISOString();
      await trx('configs').where({ id: rec.id }).update({ state: 'retired', updated_at: now, updated_by: ctx.user?.id ?? null, version: rec.version + 1 });
      await this.services.audit.append(trx, ctx, { action: 'retire', resource: 'configs', recordId: rec.id, changes: { node: rec.node_code, kind: rec.kind, key: rec.key, doc_version: rec.doc_version } });
      return this.record(ctx, rec.id, trx);
    });
  }

  /**
   * What publishing this document would change in the node's effective document, on `date`
   * (default: its first day, or today when that has passed). `changes` is empty while it has
   * problems; `affected` lists the parts of descendants' documents it would set aside (e.g. their
   * overrides of a rule it makes mandatory).
   */
  async diff(ctx: RequestContext, id: unknown, date?: string): Promise<{ date: string; in_force: EffectiveDocument | null; proposed: EffectiveDocument | null; changes: DiffEntry[]; sentences: string[]; problems: ConfigError[]; affected: Array<ConfigError & { node?: string }> }> {
    const rec = await this.record(ctx, id);
    const day = date ?? (rec.effective_from > this.services.today() ? rec.effective_from : this.services.today());
    const inForce = await this.effective(rec.node_code, rec.kind, rec.key, day);
    const problems = await this.problems(rec);
    const valid = validateWithPlugins(toDocument(rec), this.services.plugins).length === 0;
    // Only a draft that passed validation is a candidate of its kind.
    const candidate = valid ? candidateOf(rec) : null;
    const proposed = candidate ? await resolveEffective(this.knex, rec.node_code, rec.kind, rec.key, day, candidate) : null;
    const changes = proposed ? diffBodies(rec.kind, inForce?.body ?? null, proposed.body) : [];
    const affected: Array<ConfigError & { node?: string }> = [];
    for (const node of candidate ? await this.descendantsWithDocuments(rec) : []) {
      const below = await resolveEffective(this.knex, node, rec.kind, rec.key, day, candidate ?? undefined);
      affected.push(...(below?.warnings ?? []).filter((w) => w.node === node));
    }
    const params = rec.kind === 'ruleset' ? await resolveEffective(this.knex, rec.node_code, 'param', 'default', day) : null;
    const names = rec.kind === 'ruleset' ? await valueNamer(this.knex, fieldTypes(this.services.plugins), [inForce?.body, proposed?.body]) : undefined;
    const sentences = diffSentences(rec.kind, changes, {
      labels: this.services.rules.labels(), date: day, before: inForce?.body ?? null, after: proposed?.body ?? null, key: rec.key, names,
      params: params ? Object.fromEntries(params.body.params.map((p) => [p.name, p])) : undefined,
    });
    return { date: day, in_force: inForce, proposed, changes, sentences, problems, affected };
  }

  /** Nodes below the record's that publish their own document of its kind and key. */
  private async descendantsWithDocuments(rec: Checked, db: Db = this.knex): Promise<string[]> {
    const region = await db('regions').where({ id: rec.node_code }).first('path');
    if (!region) return [];
    const rows = await db('configs').join('regions', 'regions.id', 'configs.node_code')
      .where({ 'configs.kind': rec.kind, 'configs.key': rec.key, 'configs.state': 'published' })
      .where('regions.path', 'like', `${region.path}%`).whereNot('configs.node_code', rec.node_code)
      .distinct('configs.node_code').orderBy('configs.node_code');
    return rows.map((r) => r.node_code);
  }

  /**
   * 404 outside one's scope, 403 (audited) for roles that may not publish. Before the write's
   * transaction: the refusal must be recorded although nothing else is, and SQLite's single
   * connection is not free inside it.
   */
  async requireWriter(ctx: RequestContext, id: unknown, verb: 'publish' | 'retire' | 'submit' | 'send_back'): Promise<void> {
    const rec = await this.record(ctx, id);
    if (!ctx.user || WRITERS.has(ctx.user.role)) return;
    await this.services.audit.appendNow(this.knex, ctx, { action: 'denied', resource: 'configs', recordId: rec.id, changes: { verb } });
    const verbs = { publish: '发布', retire: '废止', submit: '提交审核', send_back: '退回' };
    throw new ApiError(403, `只有管理员可以${verbs[verb]}配置文档`);
  }

  /**
   * Validates a record's `extra` against the form in force for its region on `date`; returns the
   * id of the most specific form document applied (stored as the record's `form_version`).
   */
  async checkExtra(entity: string, regionCode: string, extra: unknown, date: string, trx?: Knex.Transaction, writer: ExtraWriter = {}): Promise<number | null> {
    return this.checkExtraAgainst(await this.effective(regionCode, 'form', entity, date, trx), regionCode, extra, date, writer);
  }

  /**
   * checkExtra against a form already resolved (bulk writers resolve each region's form once per batch). A field the
   * form shows only to some roles may not be changed by a writer of another role (`writer.before`: the stored values).
   */
  checkExtraAgainst(form: EffectiveDocument<'form'> | null, regionCode: string, extra: unknown, date: string, writer: ExtraWriter = {}): number | null {
    const given = extra && typeof extra === 'object' ? Object.keys(extra) : [];
    if (!form) {
      if (given.length > 0) throw badRequest(`${regionCode} 在 ${date} 没有生效的表单，不能填写扩展字段：${given.join('、')}`, 'extra');
      return null;
    }
    const values = (extra && typeof extra === 'object' ? extra : {}) as Record<string, unknown>;
    const refused = hiddenFieldChanges(form.body, writer.role, values, writer.before ?? {});
    if (refused.length > 0) throw new ApiError(400, refused.map((e) => e.message).join('；'), refused[0].field, refused);
    const errors = formErrors(form, extra ?? {}, hiddenFields(form.body, writer.role));
    if (errors.length > 0) throw new ApiError(400, errors.map((e) => e.message).join('；'), errors[0].field, errors);
    return form.chain.at(-1)!.config_id;
  }
}
