// The plugin SDK: fields from a fact's schema, typed dependencies, values checked against schemas, PLUGINS parsing and clashes.
import { describe, expect, it } from 'vitest';
import { Type, defineCheck, defineFact, definePlugin, defineVerifier, factRef } from './sdk.js';
import { DEFAULT_PLUGINS, pluginNames } from './names.js';
import { loadConfiguredPlugins, registerPlugins } from './loader.js';
import { gatherFacts } from '../rules/runtime/gather.js';
import { factProblems } from './sdk-testing.js';
import { ROOT } from '../paths.js';
import path from 'node:path';

const base = defineFact({
  id: 'base',
  label: '基础',
  value: Type.Object({ n: Type.Integer({ title: '数量' }), inner: Type.Object({ city: Type.String({ title: '城市' }) }, { title: '地址' }) }),
  resolve: async () => ({ n: 2, inner: { city: '包头' } }),
});

const ctx = { db: null as never, claim: {} as never, date: '2024-06-20', regionChain: ['150203'], services: null as never };

describe('defineFact', () => {
  it('derives the fields rules may read, with their titles, from the schema', () => {
    expect(base.fields).toEqual({ '$.n': '数量', '$.inner': '地址', '$.inner.city': '城市' });
  });

  it('refuses a field without a Chinese title', () => {
    expect(() => defineFact({ id: 'x', label: 'x', value: Type.Object({ a: Type.String() }), resolve: async () => ({ a: '' }) })).toThrow(
      'field $.a needs a Chinese title',
    );
  });

  it('types ctx.facts from dependsOn and stops a value that does not fit its schema, naming the path', async () => {
    const twice = defineFact({
      id: 'twice',
      label: '两倍',
      value: Type.Object({ n: Type.Integer({ title: '两倍数量' }) }),
      dependsOn: [factRef('base', Type.Object({ n: Type.Integer() }))],
      resolve: async (c) => ({ n: c.facts.base.n * 2 }),
    });
    const wrong = defineFact({
      id: 'wrong',
      label: '错',
      value: Type.Object({ n: Type.Integer({ title: '数' }) }),
      resolve: async () => ({ n: 'x' }) as never,
    });
    const reg = registerPlugins([definePlugin({ id: 'p', version: '1', facts: [base, twice, wrong] })]);
    expect(await gatherFacts(reg, ['twice'], ctx)).toEqual({ base: { n: 2, inner: { city: '包头' } }, twice: { n: 4 } });
    await expect(gatherFacts(reg, ['wrong'], ctx)).rejects.toThrow(/fact "wrong" of plugin "p" resolved a value that does not fit its schema: \$\.n/);
  });

  it('checks hand-written facts: unknown fields and wrong types are named', () => {
    const reg = registerPlugins([definePlugin({ id: 'p', version: '1', facts: [base] })]);
    expect(factProblems(reg.facts, { base: { n: 1 } })).toEqual([]);
    expect(factProblems(reg.facts, { base: { m: 1 } })[0]).toMatch(/^base\.m：不是该事实的字段/);
    expect(factProblems(reg.facts, { base: { inner: { city: 5 } } })[0]).toMatch(/^base\.inner\.city：/);
    expect(factProblems(reg.facts, { nope: {} })).toEqual(['nope：没有插件提供这个事实']);
  });
});

describe('checks and verifiers', () => {
  const verifier = defineVerifier({
    check: 'housing_fund',
    label: '公积金',
    source: 't',
    verify: async () => ({ check: 'housing_fund', confirmed: true, source: 't', checkedAt: '' }),
  });

  it('registers a check a plugin declares, and refuses a verifier for an undeclared one', () => {
    const check = defineCheck({ id: 'housing_fund', label: '住房公积金缴存信息比对', source: '住房公积金管理中心' });
    expect(registerPlugins([definePlugin({ id: 'p', version: '1', checks: [check], verifiers: [verifier] })]).checks.get('housing_fund')).toMatchObject({
      plugin: 'p',
    });
    expect(() => registerPlugins([definePlugin({ id: 'p', version: '1', verifiers: [verifier] })])).toThrow('which no loaded plugin declares');
  });
});

describe('PLUGINS', () => {
  it('is the defaults when empty, adds with +name, or is the full list', () => {
    expect(pluginNames('')).toEqual([...DEFAULT_PLUGINS]);
    expect(pluginNames(' +hukou ')).toEqual([...DEFAULT_PLUGINS, 'hukou']);
    expect(pluginNames('core-operators,hukou')).toEqual(['core-operators', 'hukou']);
  });

  it('refuses a mix, a name twice and a malformed name', () => {
    expect(() => pluginNames('+hukou,id-card')).toThrow('not both');
    expect(() => pluginNames('+id-card')).toThrow('names "id-card" twice');
    expect(() => pluginNames('+Hukou')).toThrow('not a plugin folder name');
  });

  it('stops on an unknown plugin listing the available ones, and on a clash naming both plugins', async () => {
    const dir = path.join(ROOT, 'plugins');
    await expect(loadConfiguredPlugins('+hukuo', dir)).rejects.toThrow(/no plugin folder .*hukuo.*available: attendance, case-facts/);
    const clash = definePlugin({
      id: 'other',
      version: '1',
      facts: [defineFact({ id: 'hukou', label: '户籍', value: Type.Object({}), resolve: async () => ({}) })],
    });
    await expect(loadConfiguredPlugins('+hukou', dir, [clash])).rejects.toThrow('Plugin "other" provides fact "hukou", already provided by plugin "hukou"');
  });
});
