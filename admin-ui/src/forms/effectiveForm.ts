// The region's form document in force (GET /api/regions/:code/effective/form?key=…), cached per region and entity.
import { apiGet } from '../providers/api';
import type { FieldProp } from './extraText';

export type FormEntity = 'worker' | 'intention' | 'program' | 'claim';

export interface EffectiveForm {
  /** The server checked the form against what rjsf renders (core/configs/form-check.ts); the console reads its fields' titles and choices. */
  body: { entity: string; schema: Record<string, unknown> & { properties?: Record<string, FieldProp> }; ui_schema?: Record<string, unknown> };
  chain: Array<{ node: string; node_name: string; version: number }>;
}

const cache = new Map<string, Promise<EffectiveForm | null>>();

/** Null when the region has no form in force (404): the record then has no extra fields. */
export const effectiveForm = (region: string, entity: FormEntity): Promise<EffectiveForm | null> => {
  const key = `${region}|${entity}`;
  if (!cache.has(key)) {
    cache.set(key, apiGet<EffectiveForm>(`/regions/${encodeURIComponent(region)}/effective/form?key=${entity}`).catch((e: { status?: number }) => {
      if (e.status !== 404) cache.delete(key);
      return null;
    }));
  }
  return cache.get(key)!;
};

/** The form's fields have names; the schema gets its title from the region, the submit button is ours. */
export const uiSchemaOf = (form: EffectiveForm, readonly = false) => ({
  ...(form.body.ui_schema ?? {}),
  'ui:submitButtonOptions': { norender: true },
  ...(readonly ? { 'ui:readonly': true } : {}),
});
