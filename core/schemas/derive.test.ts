// createSchema and updateSchema: what the derived bodies accept at run time, and that their static types say the same
// (the expectTypeOf and @ts-expect-error lines are checked by `npm run typecheck`).
import { describe, expect, expectTypeOf, it } from 'vitest';
import { Type, type Static, type TObject } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { Bookkeeping, Id, Name, Nullable, RegionCode, StringEnum, Text, WithDefault } from './common.js';
import { createSchema, updateSchema } from './derive.js';
import { Worker } from '../entities/workers.js';

const Thing = Type.Object({
  id: Id,
  name: Name(),
  note: Nullable(Text(10)),
  state: WithDefault(StringEnum(['new', 'old'] as const), 'new'),
  region_code: RegionCode,
  derived: Type.String({ maxLength: 10 }),
  ...Bookkeeping,
});
const ThingCreate = createSchema(Thing, ['derived'], ['region_code'], { password: Type.String({ maxLength: 9 }) });
const ThingUpdate = updateSchema(Thing, { password: Type.Optional(Type.String({ maxLength: 9 })) });

const required = (schema: TObject) => [...(schema.required ?? [])].sort();

describe('createSchema', () => {
  it('leaves out id, bookkeeping and server-set fields; nullable, defaulted and named-optional fields may be left out', () => {
    expect(Object.keys(ThingCreate.properties).sort()).toEqual(['name', 'note', 'password', 'region_code', 'state']);
    expect(required(ThingCreate)).toEqual(['name', 'password']);
    expect(Value.Check(ThingCreate, { name: 'x', password: 'p' })).toBe(true);
    expect(Value.Check(ThingCreate, { password: 'p' })).toBe(false);
    expect(Value.Check(ThingCreate, { id: 1, name: 'x', password: 'p' })).toBe(false);
    expect(Value.Check(ThingCreate, { name: 'x', password: 'p', derived: 'd' })).toBe(false);

    expectTypeOf<Static<typeof ThingCreate>>().toEqualTypeOf<{ name: string; note?: string | null; state?: 'new' | 'old'; region_code?: string; password: string }>();
    // @ts-expect-error name is required
    const noName: Static<typeof ThingCreate> = { password: 'p' };
    // @ts-expect-error id is set by the server
    const withId: Static<typeof ThingCreate> = { id: 1, name: 'x', password: 'p' };
    // @ts-expect-error a server-set field is not part of the body
    const withDerived: Static<typeof ThingCreate> = { name: 'x', password: 'p', derived: 'd' };
    expect([noName, withId, withDerived]).toHaveLength(3);
  });

  it("types a worker's body as the workers resource derives it", () => {
    const WorkerCreate = createSchema(Worker, ['gender', 'birth_date', 'home_region_code', 'form_version'], ['region_code']);
    expect(required(WorkerCreate)).toEqual(['category', 'id_number', 'name']);
    expectTypeOf<Static<typeof WorkerCreate>>().toHaveProperty('traits').toEqualTypeOf<Worker['traits'] | undefined>();
    const body: Static<typeof WorkerCreate> = { id_number: '150203199001011234', name: '示例·甲', category: 'returnee' };
    // @ts-expect-error a worker needs a name
    const noName: Static<typeof WorkerCreate> = { id_number: '150203199001011234', category: 'returnee' };
    expect(Value.Check(WorkerCreate, body)).toBe(true);
    expect(Value.Check(WorkerCreate, noName)).toBe(false);
    // @ts-expect-error the names listed must be fields of the record
    expect(() => createSchema(Worker, ['gendre'])).not.toThrow();
  });
});

describe('updateSchema', () => {
  it('makes every field optional without its default and requires the version read', () => {
    expect(required(ThingUpdate)).toEqual(['version']);
    expect(ThingUpdate.properties.state.default).toBeUndefined();
    expect(Thing.properties.state.default).toBe('new');
    expect(Value.Check(ThingUpdate, { version: 3, name: 'y' })).toBe(true);
    expect(Value.Check(ThingUpdate, { name: 'y' })).toBe(false);

    expectTypeOf<Static<typeof ThingUpdate>>().toEqualTypeOf<{
      id?: number; name?: string; note?: string | null; state?: 'new' | 'old'; region_code?: string; derived?: string; password?: string;
      created_at?: string; updated_at?: string; created_by?: number | null; updated_by?: number | null; version: number;
    }>();
    // @ts-expect-error an update needs the version read
    const noVersion: Static<typeof ThingUpdate> = { name: 'y' };
    expect(noVersion).toBeDefined();
  });
});
