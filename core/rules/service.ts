// The rules service (`services.rules`): evaluate a claim, read and replay its decision, test and dry-run rule-set documents.
import type { Knex } from 'knex';
import type { Services } from '../services.js';
import type { RequestContext } from '../http/context.js';
import { ApiError, badRequest, forbidden } from '../http/errors.js';
import { can } from '../resources/definition.js';
import { applyScope } from '../resources/scope.js';
import { candidateOf } from '../configs/service.js';
import { databaseSource, regionChain, resolveEffective, unresolvedReason } from '../configs/resolve.js';
import { validateWithPlugins, summarise } from '../configs/validation.js';
import { toDocument, type ConfigRecord } from '../configs/documents.js';
import type { RuleTests } from '../configs/kinds/tests.js';
import type { ClaimType } from '../configs/kinds/common.js';
import { evaluateClaimIn } from './runtime/evaluate-claim.js';
import { labelsOf, type Labels } from './runtime/labels.js';
import { prepareRuleSet, RuleSetCache } from './runtime/prepare.js';
import { replayDecision, replayReport, type ReplayReport } from './runtime/replay.js';
import { chainEntries } from './runtime/resolve.js';
import type { ChainEntry, Decision } from './runtime/types.js';
import { runSuite, type SuiteResult } from './rule-tests/run.js';
import { PARAMS_FACT, paramsFactFor } from '../configs/params.js';
import { dryRun, type DryRunOptions, type DryRunResult } from './dry-run.js';

export interface ConfigTestReport {
  config_id: number;
  node: string;
  key: string;
  date: string;
  chain: ChainEntry[];
  /** True when every case of the node's own tests passed (inherited suites are for information). */
  ok: boolean;
  passed: number;
  failed: number;
  suites: Array<SuiteResult & { node: string; inherited: boolean }>;
}

/**
 * What the rules runtime uses: the database, the plugins' facts, operators and verifiers, the claims and
 * configs resources (scope and access), the audit trail, the cipher (a worker's ID for facts) and the log.
 */
export type RulesDeps = Pick<Services, 'db' | 'log' | 'pii' | 'plugins' | 'audit' | 'resources' | 'today'>;

export class RulesService {
  private readonly cache: RuleSetCache;
  private labelCache: Labels | null = null;

  constructor(private readonly services: RulesDeps) {
    this.cache = new RuleSetCache(() => this.operators());
  }

  private operators() {
    return [...this.services.plugins.operators.values()];
  }

  private get knex(): Knex {
    return this.services.db.knex;
  }

  /** Labels of the loaded plugins (fixed for the life of the process). */
  labels(): Labels {
    return (this.labelCache ??= labelsOf(this.services.plugins));
  }

  /**
   * Decides a claim and stores the decision (`claims.decision`, `claims.outcome`), audited as
   * `evaluate`. Pass the caller's `trx` to decide inside it (claim submission); otherwise it
   * runs in a transaction of its own. The claim must be visible to `ctx` and in draft, submitted
   * or under_review; the caller's role must be able to write or review claims. Bumps `claims.version`.
   *
   * @example
   * const decision = await services.rules.evaluateClaim(ctx, claimId, { trx });
   * if (decision.outcome === 'ineligible') ... decision.reasons
   */
  async evaluateClaim(ctx: RequestContext, claimId: unknown, opts: { trx?: Knex.Transaction } = {}): Promise<Decision> {
    await this.requireEvaluator(ctx, claimId);
    if (opts.trx) return evaluateClaimIn(this.services, this.cache, ctx, claimId, opts.trx);
    return this.services.resources.get('claims').write((trx) => evaluateClaimIn(this.services, this.cache, ctx, claimId, trx));
  }

  private async requireEvaluator(ctx: RequestContext, claimId: unknown): Promise<void> {
    const role = ctx.user?.role;
    if (!role || role === 'reviewer' || can(this.services.resources.get('claims').def, role, 'u')) return;
    await this.services.audit.appendNow(this.knex, ctx, { action: 'denied', resource: 'claims', recordId: typeof claimId === 'number' || typeof claimId === 'string' ? claimId : String(claimId), changes: { verb: 'evaluate' } });
    throw forbidden('当前角色无权评估补贴申请');
  }

  /** The stored decision of a claim visible to ctx; 404 when it was never evaluated. */
  async decision(ctx: RequestContext, claimId: unknown): Promise<Decision> {
    const claims = this.services.resources.get('claims');
    await claims.authorize(ctx, 'r', claimId);
    const row = await claims.findRow(ctx, claimId);
    if (!row.decision) throw new ApiError(404, `补贴申请 ${row.id} 尚未评估，没有评估结果；请先提交或评估该申请`);
    return typeof row.decision === 'string' ? JSON.parse(row.decision) : (row.decision as Decision);
  }

  /** The stored decision recomputed from its own documents and snapshot, compared field by field. */
  async replay(ctx: RequestContext, claimId: unknown): Promise<ReplayReport> {
    return replayReport(this.knex, this.cache, this.labels(), await this.decision(ctx, claimId));
  }

  /** Recomputes a stored decision (no access check: the caller has the decision already). */
  replayDecision(decision: Decision): Promise<Decision> {
    return replayDecision(this.knex, this.cache, this.labels(), decision);
  }

  /** A rule-set or parameters document visible to ctx, sound enough to run. */
  private async rulesetRecord(ctx: RequestContext, configId: unknown): Promise<ConfigRecord> {
    const configs = this.services.resources.get('configs');
    await configs.authorize(ctx, 'r', configId);
    const rec = configs.toRecord(await configs.findRow(ctx, configId));
    if (rec.kind !== 'ruleset' && rec.kind !== 'param') throw badRequest(`配置文档 ${rec.id} 是${rec.kind}，只有规则集（ruleset）和政策参数表（param）可以测试或试算`, 'kind');
    const problems = validateWithPlugins(toDocument(rec), this.services.plugins);
    if (problems.length > 0) throw new ApiError(400, `文档未通过校验，无法运行：${summarise(problems)}`, problems[0].path, problems);
    return rec;
  }

  /**
   * Runs the rule tests of the document's node (`config_tests` for its key) against the document
   * as if published: merged in place of the node's own version, on `date` (default: its first
   * day, or today once that has passed). `include_ancestors` also runs the ancestors' cases,
   * reported apart: a child that changes a threshold is expected to fail some of them. A
   * parameters document runs the node's tests of every rule set with its values.
   */
  async testConfig(ctx: RequestContext, configId: unknown, opts: { date?: string; include_ancestors?: boolean } = {}): Promise<ConfigTestReport> {
    const rec = await this.rulesetRecord(ctx, configId);
    const report = await this.runNodeTests(this.knex, rec, opts);
    if (report.suites.length === 0) {
      throw new ApiError(404, `${rec.node_code} 还没有「${rec.key}」规则集的测试案例；请在「规则测试」中添加案例并保存`);
    }
    return report;
  }

  /**
   * The node's rule tests against a draft (rule set or parameters) as if published, through `db`
   * (the publishing transaction when there is one). No cases: an empty, passing report.
   */
  async runNodeTests(db: Knex | Knex.Transaction, rec: ConfigRecord, opts: { date?: string; include_ancestors?: boolean } = {}): Promise<ConfigTestReport> {
    const today = this.services.today();
    const date = opts.date ?? (rec.effective_from > today ? rec.effective_from : today);
    const candidate = candidateOf(rec);
    const nodes = opts.include_ancestors ? (await regionChain(db, rec.node_code)).map((a) => a.id) : [rec.node_code];
    const rows: Array<{ node_code: string; ruleset_key: string; body: string }> = await db('config_tests').whereIn('node_code', nodes)
      .modify((q) => { if (rec.kind === 'ruleset') q.where({ ruleset_key: rec.key }); }).select('node_code', 'ruleset_key', 'body');
    rows.sort((a, b) => nodes.indexOf(a.node_code) - nodes.indexOf(b.node_code) || String(a.ruleset_key).localeCompare(String(b.ruleset_key)));
    const params = await paramsFactFor(db, rec.node_code, date, candidate.kind === 'param' ? candidate : undefined);
    const ownRuleset = candidate.kind === 'ruleset' ? candidate : undefined;
    const suites: ConfigTestReport['suites'] = [];
    let chain: ChainEntry[] = [];
    for (const key of [...new Set(rows.map((r) => r.ruleset_key))] as ClaimType[]) {
      const doc = await resolveEffective(db, rec.node_code, 'ruleset', key, date, ownRuleset);
      if (!doc) throw new ApiError(409, await unresolvedReason(databaseSource(db), rec.node_code, 'ruleset', key, date, ownRuleset));
      if (rec.kind === 'ruleset') chain = chainEntries(doc.chain);
      const prepared = prepareRuleSet(doc.body, doc.sources, this.operators());
      for (const r of rows.filter((x) => x.ruleset_key === key)) {
        suites.push({ node: r.node_code as string, inherited: r.node_code !== rec.node_code, ...runSuite(prepared, this.labels(), JSON.parse(r.body) as RuleTests, { [PARAMS_FACT]: params }) });
      }
    }
    const own = suites.filter((s) => !s.inherited);
    const passed = own.reduce((n, s) => n + s.passed, 0);
    const failed = own.reduce((n, s) => n + s.failed, 0);
    return { config_id: rec.id, node: rec.node_code, key: rec.key, date, chain, ok: failed === 0, passed, failed, suites };
  }

  /** What the document would change over the stored decisions of its subtree's claims in [from, to]; writes nothing. */
  async dryRun(ctx: RequestContext, configId: unknown, opts: DryRunOptions): Promise<DryRunResult> {
    if (opts.from > opts.to) throw badRequest(`起始日期 ${opts.from} 晚于截止日期 ${opts.to}`, 'from');
    const rec = await this.rulesetRecord(ctx, configId);
    const claims = this.services.resources.get('claims');
    await claims.authorize(ctx, 'r');
    const user = ctx.user;
    return dryRun(this.knex, this.operators(), { ...candidateOf(rec), key: rec.key }, opts, user ? (qb) => applyScope(claims.def, qb, user, this.knex) : undefined);
  }
}
