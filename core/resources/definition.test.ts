// Resource definitions are typed per resource: field names checked against their own schema, bodies and records read
// off the definitions by the registry (the expectTypeOf and @ts-expect-error lines are checked by `npm run typecheck`).
import { describe, expect, expectTypeOf, it } from 'vitest';
import { Value } from '@sinclair/typebox/value';
import { defineResource, type HookServices, type ResourceDefinition } from './definition.js';
import type { ResourceDeps } from './service.js';
import { definitions } from './definitions/index.js';
import { workers } from './definitions/workers.js';
import { Worker } from '../entities/workers.js';
import type { Claim } from '../entities/claims.js';
import type { ConfigRecord } from '../configs/documents.js';
import type { Issuer } from '../risk/issuers.js';
import type { CreateBody, ResourceName, ResourceRecords, ResourceServices, UpdateBody } from './records.js';

/** The field names a definition lists, by what it lists them for. */
function namedFields(def: ResourceDefinition): Array<[string, string]> {
  const pii = Object.keys(def.pii ?? {});
  return [
    ...(def.readOnly ?? []).map((f): [string, string] => ['readOnly', f]),
    ...(def.volatile ?? []).map((f): [string, string] => ['volatile', f]),
    ...pii.map((f): [string, string] => ['pii', f]),
    ...Object.keys(def.references ?? {}).map((f): [string, string] => ['references', f]),
    ...Object.keys(def.unique ?? {}).map((f): [string, string] => ['unique', pii.includes(f.replace(/_idx$/, '')) ? f.replace(/_idx$/, '') : f]),
    ...(def.listOmit ?? []).map((f): [string, string] => ['listOmit', f]),
    ...(def.search ?? []).map((f): [string, string] => ['search', f]),
    ...(def.defaultSort ? [['defaultSort', def.defaultSort[0]] as [string, string]] : []),
  ];
}

describe('resource definitions', () => {
  it('name only fields of their own schema (what the types check, also at run time)', () => {
    const strays = definitions.flatMap((def) => namedFields(def).filter(([, f]) => !(f in def.schema.properties)).map(([what, f]) => `${def.name}.${what}: ${f}`));
    expect(strays).toEqual([]);
    expect(namedFields(workers)).toContainEqual(['pii', 'id_number']);
  });

  it('refuses a misspelt field name at compile time', () => {
    const base = { name: 'probe', table: 'workers', label: '人员', schema: Worker, access: {} };
    // @ts-expect-error 'nmae' is no field of Worker
    const search = defineResource({ ...base, search: ['nmae'] });
    // @ts-expect-error 'id_numbr' is no field of Worker
    const pii = defineResource({ ...base, pii: { id_numbr: 'id' } });
    // @ts-expect-error 'gendr' is no field of Worker
    const readOnly = defineResource({ ...base, readOnly: ['gender', 'gendr'] });
    // @ts-expect-error 'region' is no field of Worker
    const sort = defineResource({ ...base, defaultSort: ['region', 'ASC'] });
    // @ts-expect-error 'id_number_index' is neither a field nor a field's blind index
    const unique = defineResource({ ...base, unique: { id_number_index: '重复' } });
    const fine = defineResource({ ...base, search: ['name'], pii: { id_number: 'id' }, readOnly: ['gender'], defaultSort: ['region_code', 'ASC'], unique: { id_number_idx: '重复' } });
    expect([search, pii, readOnly, sort, unique, fine].map((d) => d.name)).toEqual(Array(6).fill('probe'));
    expect(fine.search).toEqual(['name']);
  });

  it("gives the registry each resource's record and body types", () => {
    expectTypeOf<ResourceRecords['workers']>().toEqualTypeOf<Worker>();
    expectTypeOf<ResourceRecords['claims']>().toEqualTypeOf<Claim>();
    expectTypeOf<ResourceRecords['configs']>().toEqualTypeOf<ConfigRecord>();
    expectTypeOf<ResourceRecords['issuers']>().toEqualTypeOf<Issuer>();
    expectTypeOf<Parameters<ResourceServices['workers']['create']>[1]>().toEqualTypeOf<CreateBody<'workers'>>();
    expectTypeOf<Parameters<ResourceServices['workers']['update']>[2]>().toEqualTypeOf<UpdateBody<'workers'>>();
    // The audit trail has no POST: its service takes no body.
    expectTypeOf<Parameters<ResourceServices['audit']['create']>[1]>().toBeNever();
    const names: ResourceName[] = definitions.map((d) => d.name as ResourceName);
    expect(names).toContain('workers');
  });

  it('types a worker body as POST and PUT validate it', () => {
    const create = workers.create!;
    const update = workers.update!;
    const body: CreateBody<'workers'> = { id_number: '150203199001011234', name: '示例·甲', category: 'returnee' };
    // @ts-expect-error a worker needs a name
    const noName: CreateBody<'workers'> = { id_number: '150203199001011234', category: 'returnee' };
    // @ts-expect-error the id is the server's
    const withId: CreateBody<'workers'> = { ...body, id: 7 };
    const change: UpdateBody<'workers'> = { version: 2, name: '示例·乙' };
    // @ts-expect-error an update names the version it read
    const noVersion: UpdateBody<'workers'> = { name: '示例·乙' };
    expect(Value.Check(create, body)).toBe(true);
    expect(Value.Check(create, noName)).toBe(false);
    expect(Value.Check(create, withId)).toBe(false);
    expect(Value.Check(update, change)).toBe(true);
    expect(Value.Check(update, noVersion)).toBe(false);
  });

  it('gives the resource services and their hooks only what they use', () => {
    // Checked by typecheck: a hook that wanted the rules runtime or the job queue would have to be named here first.
    expectTypeOf<keyof ResourceDeps>().toEqualTypeOf<'env' | 'db' | 'audit' | 'pii' | 'configs' | 'resources' | 'today'>();
    expectTypeOf<keyof HookServices>().toEqualTypeOf<'env' | 'pii' | 'configs' | 'resources' | 'today'>();
  });
});
