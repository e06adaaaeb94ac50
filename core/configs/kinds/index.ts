// Validation of configuration documents and rule test files: schema, then checks across fields.
import type { TSchema } from '@sinclair/typebox';
import { CaseBody, checkCase } from './case.js';
import { CatalogBody, checkCatalog } from './catalog.js';
import { isObject, isRealDate, type ConfigError, type ValidateOptions } from './common.js';
import { ConfigDocument, keyProblem, KIND_KEYS, type ConfigKind } from './envelope.js';
import { checkForm, FormBody } from './form.js';
import { checkGuide, GuideBody } from './guide.js';
import { checkParams, ParamsBody } from './params.js';
import { checkRuleset, RulesetBody } from './ruleset.js';
import { checkRuleTests, RuleTests, type TestsOptions } from './tests.js';
import { schemaErrors } from './translate.js';

export * from './common.js';
export * from './case.js';
export * from './catalog.js';
export * from './conditions.js';
export * from './envelope.js';
export * from './form.js';
export * from './guide.js';
export * from './params.js';
export * from './ruleset.js';
export * from './tests.js';

type Typed<K extends ConfigKind, B> = Omit<ConfigDocument, 'kind' | 'body'> & { kind: K; body: B };
/** A document that passed `validateDocument`, its body typed by its kind. */
export type ValidConfigDocument =
  | Typed<'catalog', CatalogBody>
  | Typed<'ruleset', RulesetBody>
  | Typed<'form', FormBody>
  | Typed<'guide', GuideBody>
  | Typed<'param', ParamsBody>
  | Typed<'case', CaseBody>;

/** The body schema of each kind. */
export const BODY_SCHEMAS: Record<ConfigKind, TSchema> = {
  catalog: CatalogBody,
  ruleset: RulesetBody,
  form: FormBody,
  guide: GuideBody,
  param: ParamsBody,
  case: CaseBody,
};

/**
 * Every problem of a configuration document, as JSON pointers with Chinese messages; `[]`
 * when it may be published. Pass the registered facts and operators to also check the names
 * a rule set uses.
 *
 * @example
 * validateDocument({ kind: 'catalog', key: 'default', node: '150200', mode: 'extend', ... })
 * // [{ path: '/body/entries/3/levels/4/standard_fen', message: '「补贴标准」必须是非负整数（单位：分）' }]
 */
export function validateDocument(doc: unknown, options: ValidateOptions = {}): ConfigError[] {
  const errors = schemaErrors(ConfigDocument, doc);
  if (!isObject(doc)) return errors;
  errors.push(...checkEnvelope(doc));

  const kind = doc.kind as ConfigKind;
  const schema = Object.hasOwn(BODY_SCHEMAS, String(kind)) ? BODY_SCHEMAS[kind] : undefined;
  if (!schema || !('body' in doc)) return errors;
  const bodyErrors = schemaErrors(schema, doc.body, '/body');
  errors.push(...bodyErrors);
  const mode = doc.mode === 'extend' ? 'extend' : 'base';
  if (bodyErrors.length > 0) return errors;

  const body = doc.body as never;
  switch (kind) {
    case 'catalog':
      errors.push(...checkCatalog(body, mode, '/body'));
      break;
    case 'ruleset':
      errors.push(...checkRuleset(body, mode, '/body', options));
      break;
    case 'form': {
      errors.push(...checkForm(body, mode, '/body'));
      const entity = (doc.body as FormBody).entity;
      if (typeof doc.key === 'string' && entity !== doc.key) {
        errors.push({ path: '/body/entity', message: `表单的业务对象「${entity}」必须与文档键 key「${doc.key}」一致` });
      }
      break;
    }
    case 'guide':
      errors.push(...checkGuide(body, mode, '/body', options));
      break;
    case 'param':
      errors.push(...checkParams(body, mode, '/body'));
      break;
    case 'case':
      errors.push(...checkCase(body, doc.mode === 'extend' ? 'extend' : 'base', '/body'));
      break;
  }
  return errors;
}

function checkEnvelope(doc: Record<string, unknown>): ConfigError[] {
  const errors: ConfigError[] = [];
  const kind = doc.kind as ConfigKind;
  const keyError = Object.hasOwn(KIND_KEYS, String(kind)) && typeof doc.key === 'string' ? keyProblem(kind, doc.key) : null;
  if (keyError) errors.push({ path: '/key', message: keyError });
  const from = doc.effective_from;
  const to = doc.effective_to;
  if (typeof from === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(from) && !isRealDate(from)) {
    errors.push({ path: '/effective_from', message: `生效日期 ${from} 不是有效的日历日期` });
  }
  if (typeof to === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(to) && !isRealDate(to)) {
    errors.push({ path: '/effective_to', message: `失效日期 ${to} 不是有效的日历日期` });
  }
  if (isRealDate(from) && isRealDate(to) && to < from) {
    errors.push({ path: '/effective_to', message: `失效日期 ${to} 早于生效日期 ${from}` });
  }
  return errors;
}

/**
 * Every problem of a rule test file (`configs/<node>/tests/<claim type>.json`), in the same
 * form as `validateDocument`. Pass `ruleIds` of the effective rule set to catch stale ids.
 *
 * @example
 * validateRuleTests({ ruleset: 'training', cases: [] })
 * // [{ path: '/cases', message: '「测试案例」至少需要 1 项' }]
 */
export function validateRuleTests(doc: unknown, options: TestsOptions = {}): ConfigError[] {
  const errors = schemaErrors(RuleTests, doc);
  if (errors.length > 0) return errors;
  return checkRuleTests(doc as RuleTests, options);
}
