// Typed views of a config body per kind, where the console's editors and readers take it apart: narrowed from the JSON
// as stored (the server checked it against core/configs/kinds/*), a missing part read as empty.
import { isRecord, listOf, recordOf, textOf } from '../common/json';
import type { Entry, Removal } from '../configs/catalog/catalogModel';
import type { Amount } from './amountModel';
import type { RuleJson } from './RuleCard';

/** A rule as a draft writes it: a whole rule, or an extension's `{ id, remove: true }` taking an inherited one off. */
export type OwnRule = RuleJson & { remove?: boolean };

export interface RulesetView {
  name?: string;
  description?: string;
  basis?: string;
  rules: OwnRule[];
  /** null: no amount (a base without one); undefined: not written (an extension keeps its parents'). */
  amount: Amount | null | undefined;
}

export const rulesetOf = (body: unknown): RulesetView => {
  const b = recordOf(body);
  return {
    name: textOf(b.name), description: textOf(b.description), basis: textOf(b.basis),
    rules: listOf<OwnRule>(b.rules),
    amount: b.amount === null ? null : isRecord(b.amount) ? (b.amount as unknown as Amount) : undefined,
  };
};

/** A policy parameter as the parameter document writes it (core/configs/kinds/params.ts). */
export interface ParamDoc {
  name: string;
  label?: string;
  type?: string;
  unit?: string;
  basis?: string;
  values: Array<{ from: string; value: unknown; note?: string }>;
  remove?: true;
}

export const paramsOf = (body: unknown): ParamDoc[] => listOf<ParamDoc>(recordOf(body).params);

/** A form document's JSON Schema and uiSchema, each an object (empty when missing). */
export interface FormView {
  schema: Record<string, unknown>;
  properties: Record<string, unknown>;
  required: string[];
  ui: Record<string, unknown>;
}

export const formOf = (body: unknown): FormView => {
  const b = recordOf(body);
  const schema = recordOf(b.schema);
  return { schema, properties: recordOf(schema.properties), required: listOf<string>(schema.required), ui: recordOf(b.ui_schema) };
};

/** A catalog entry as a document writes it: a whole entry, or an extension's `{ code, remove: true }`. */
export type CatalogItem = (Entry & { remove?: undefined }) | (Removal & Partial<Entry>);

/** A catalog's entries; an extension's removals are among them. */
export const catalogEntriesOf = (body: unknown): CatalogItem[] => listOf<CatalogItem>(recordOf(body).entries);
