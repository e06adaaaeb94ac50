// The plugin testing kit: boots the default plugins plus the plugin under test on SQLite and MySQL, with scenario builders.
import { afterAll, beforeAll, describe } from 'vitest';
import type { TSchema } from '@sinclair/typebox';
import type { Knex } from 'knex';
import { isBodyOf } from '../configs/kinds/bodies.js';
import type { Decision } from '../rules/runtime/types.js';
import { buildTestApp, TEST_DBS, type TestApp, type TestDb } from '../test/build-test-app.js';
import { systemContext } from '../http/context.js';
import { TestClient } from '../test/client.js';
import { insertTrainingClaim, insertWorker, type ClaimOptions, type WorkerOptions } from '../rules/testing/scenario.js';
import { resolveFacts } from '../rules/testing/facts.js';
import { labelsOf } from '../rules/runtime/labels.js';
import { prepareRuleSet } from '../rules/runtime/prepare.js';
import { judge, type Verdict } from '../rules/runtime/judge.js';
import { partialValueProblems } from './fact-schema.js';
import { validateWithPlugins } from '../configs/validation.js';
import type { SteppePlugin } from './contract.js';

export type { ClaimOptions, WorkerOptions };

/** What a plugin's test works with: the running app (defaults + the plugin) and builders of the records a claim needs. */
export interface PluginKit {
  db: TestDb;
  app: TestApp;
  knex: Knex;
  /** A worker (ID number encrypted, as stored); `region` is also the birth region of the generated ID number. */
  worker(o?: WorkerOptions): Promise<{ id: number; idNumber: string }>;
  /** An institution, a class, an enrolment with attendance (and a certificate) and a training claim for them. */
  trainingClaim(
    workerId: number,
    o?: ClaimOptions,
  ): Promise<{ claimId: number; programId: number; enrollmentId: number; institutionId: number; certificateId: number | null }>;
  /** The snapshot the runtime would gather for these facts of a claim (values checked against their schemas). */
  facts(claimId: number, ids: string[], date?: string): Promise<Record<string, unknown>>;
  /** A client of the API signed in as the platform administrator (publish a guide, submit a claim). */
  admin(): Promise<TestClient>;
  /** Decides the claim as submission does, with the rule set and guide in force. */
  evaluate(claimId: number): Promise<Decision>;
  /**
   * Runs rules (not stored) on hand-written facts, as a rule test does. The rules are checked
   * as publishing checks them (facts, paths, operators of the loaded plugins), and the facts
   * against the loaded facts' schemas (every key a declared field): each problem is thrown.
   */
  judge(rules: unknown[], facts: Record<string, unknown>): Verdict;
}

/**
 * One describe block per database of the suite (SQLite, and MySQL with TEST_MYSQL_URL), each on
 * a fresh database with the default plugins and `plugin` loaded, as `PLUGINS=+<id>` would.
 *
 * @example
 * describePlugin(hukouPlugin, (t) => {
 *   it('is local when born in the league', async () => {
 *     const w = await t().worker({ region: '150203' });
 *     const c = await t().trainingClaim(w.id, { region: '150203' });
 *     expect((await t().facts(c.claimId, ['hukou'])).hukou).toEqual({ local: true, birthRegionCode: '150203' });
 *   });
 * });
 */
export function describePlugin(plugin: SteppePlugin, body: (kit: () => PluginKit) => void, opts: { today?: string } = {}): void {
  for (const db of TEST_DBS) {
    describe(`plugin ${plugin.id} [${db}]`, () => {
      let kit: PluginKit;
      let app: TestApp | undefined;
      beforeAll(async () => {
        app = await buildTestApp(db, {}, opts.today, undefined, [plugin]);
        kit = pluginKit(app);
      }, 60_000);
      afterAll(async () => {
        await app?.close();
      });
      body(() => kit);
    });
  }
}

function pluginKit(app: TestApp): PluginKit {
  const { services } = app;
  const labels = labelsOf(services.plugins);
  return {
    db: app.db,
    app,
    knex: services.db.knex,
    worker: (o) => insertWorker(services, o),
    trainingClaim: (workerId, o) => insertTrainingClaim(services, workerId, o),
    facts: (claimId, ids, date) => resolveFacts(services, claimId, ids, date),
    admin: () => TestClient.login(app.app),
    evaluate: (claimId) => services.rules.evaluateClaim(systemContext(), claimId),
    judge(rules, facts) {
      const body = { name: '插件测试', description: '插件测试', basis: '插件测试', rules };
      const doc = {
        kind: 'ruleset',
        key: 'training',
        node: '150000',
        mode: 'extend',
        title: '插件测试',
        effective_from: '2024-01-01',
        effective_to: null,
        body,
      };
      const errors = validateWithPlugins(doc, services.plugins);
      if (errors.length || !isBodyOf('ruleset', body))
        throw new Error(`the rules would not publish:\n${errors.map((e) => `${e.path}：${e.message}`).join('\n')}`);
      const problems = factProblems(services.plugins.facts, facts);
      if (problems.length) throw new Error(`the test's facts do not fit the declared schemas:\n${problems.join('\n')}`);
      return judge(prepareRuleSet(body, {}, [...services.plugins.operators.values()]), facts, labels);
    },
  };
}

/** Problems of hand-written facts against the schemas of the facts that declare one (`fact.path：…`). */
export function factProblems(facts: ReadonlyMap<string, { value?: TSchema }>, snapshot: Record<string, unknown>): string[] {
  const out: string[] = [];
  for (const [id, value] of Object.entries(snapshot)) {
    const def = facts.get(id);
    if (!def) out.push(`${id}：没有插件提供这个事实`);
    else if (def.value) out.push(...partialValueProblems(def.value, value).map((p) => `${id}${p.slice(1)}`));
  }
  return out;
}
