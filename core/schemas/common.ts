// Schema pieces every entity is built from: ids, dates, money, region codes, enums, bookkeeping.
import { ENUMS } from './enums.js';
import { Type, type Static, type TSchema, type TLiteral, type TUnion } from '@sinclair/typebox';

/** Ids are INT columns on MySQL: a larger number is refused by validation, not by the database with a 500. */
export const MAX_ID = 2_147_483_647;
export const Id = Type.Integer({ minimum: 1, maximum: MAX_ID, description: 'Numeric id' });
export const DateString = Type.String({ format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$', maxLength: 10, description: 'YYYY-MM-DD' });
export const Timestamp = Type.String({ maxLength: 30, description: 'ISO 8601 timestamp (UTC)' });
/** Fen in BIGINT columns, and exact in JavaScript: at most Number.MAX_SAFE_INTEGER. */
export const Fen = Type.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER, description: 'Amount in fen (分), an integer' });
export const RegionCode = Type.String({ pattern: '^\\d{6}(\\d{3}(\\d{3})?)?$', maxLength: 12, description: 'GB/T 2260 region code' });
export const Text = (maxLength: number, opts: object = {}) => Type.String({ maxLength, ...opts });
export const Name = (maxLength = 64) => Type.String({ minLength: 1, maxLength });
/** A region's own form fields; each is checked against the form document in force (core/configs/forms.ts). */
export const Extra = Type.Record(Type.String({ maxLength: 64 }), Type.Unknown(), { maxProperties: 100, description: "Fields of the region's form document" });
/** A record id in a URL (`/api/workers/:id`): digits, or a region code; the service says 404 for anything else. */
export const IdParams = Type.Object({ id: Type.String({ maxLength: 32, description: 'Record id' }) });
/** Occupation codes (职业分类大典 or local): a list of them is bounded like the national catalog. */
export const OccupationCodes = (opts: object = {}) => Type.Array(Type.String({ maxLength: 32 }), { maxItems: 2000, ...opts });

/** Null first: with coerceTypes, ajv would otherwise turn a null into 0 or "" by trying the type first. */
export function Nullable<T extends TSchema>(schema: T) {
  return Type.Union([Type.Null(), schema]);
}

/**
 * A field with a default value that its type knows too: a create body may leave it out (core/schemas/derive.ts), in
 * the static type as in the validation. Write `WithDefault(Type.Boolean(), true)`, not `Type.Boolean({ default: true })`.
 */
export function WithDefault<T extends TSchema>(schema: T, value: Static<T>): T & { default: Static<T> } {
  return { ...schema, default: value };
}

/** A string enum with a stable list of codes (labels live in the console's i18n file). */
export function StringEnum<const T extends readonly string[]>(values: T, opts: object = {}): TUnion<TLiteral<T[number]>[]> {
  return Type.Union(values.map((v) => Type.Literal(v)), opts) as TUnion<TLiteral<T[number]>[]>;
}

/** Columns every table carries. */
export const Bookkeeping = {
  created_at: Timestamp,
  updated_at: Timestamp,
  created_by: Nullable(Id),
  updated_by: Nullable(Id),
  version: Type.Integer({ minimum: 1, description: 'Optimistic lock: send the version you read with a PUT' }),
};
export const BOOKKEEPING_FIELDS = Object.keys(Bookkeeping);

export const LEVELS = ENUMS.skill_level;
export const Level = StringEnum(LEVELS, { description: '五级/初级工 5 … 一级/高级技师 1; 专项职业能力 special' });
export const TRAINING_KINDS = ENUMS.training_kind;
export const TrainingKind = StringEnum(TRAINING_KINDS);
export const WORKER_CATEGORIES = ENUMS.worker_category;
export const ORIENTATIONS = ENUMS.orientation;
export const ROLES = ENUMS.role;
export const Role = StringEnum(ROLES);
export type RoleName = (typeof ROLES)[number];
export const CLAIM_TYPES = ENUMS.claim_type;
export const CLAIM_STATES = ENUMS.claim_state;
