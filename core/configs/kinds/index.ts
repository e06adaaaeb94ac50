// Validation of configuration documents and rule test files: schema, then checks across fields.
import { BODY_SCHEMAS, isBodyOf } from './bodies.js';
import { checkCase } from './case.js';
import { checkCatalog } from './catalog.js';
import { isObject, isRealDate, type ConfigError, type ValidateOptions } from './common.js';
import { ConfigDocument, keyProblem, KIND_KEYS, type ConfigKind } from './envelope.js';
import { checkForm } from './form.js';
import { checkGuide } from './guide.js';
import { checkParams } from './params.js';
import { checkRuleset } from './ruleset.js';
import { checkRuleTests, RuleTests, type TestsOptions } from './tests.js';
import { schemaErrors } from './translate.js';

export * from './bodies.js';
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

  // It passed its kind's schema: the gate types it for the checks across fields.
  const body = doc.body;
  if (kind === 'catalog' && isBodyOf(kind, body)) errors.push(...checkCatalog(body, mode, '/body'));
  else if (kind === 'ruleset' && isBodyOf(kind, body)) errors.push(...checkRuleset(body, mode, '/body', options));
  else if (kind === 'form' && isBodyOf(kind, body)) {
    errors.push(...checkForm(body, mode, '/body'));
    if (typeof doc.key === 'string' && body.entity !== doc.key) {
      errors.push({ path: '/body/entity', message: `表单的业务对象「${body.entity}」必须与文档键 key「${doc.key}」一致` });
    }
  } else if (kind === 'guide' && isBodyOf(kind, body)) errors.push(...checkGuide(body, mode, '/body', options));
  else if (kind === 'param' && isBodyOf(kind, body)) errors.push(...checkParams(body, mode, '/body'));
  else if (kind === 'case' && isBodyOf(kind, body)) errors.push(...checkCase(body, mode, '/body'));
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
