// Turns every error into {statusCode, error, message[, field]}: schema errors in words a clerk understands, never a stack.
import { Type } from '@sinclair/typebox';
import type { FastifyError, FastifyInstance } from 'fastify';
import { ApiError, statusName } from './errors.js';
import { retryKind } from '../db/retryable.js';
import { fieldLabel, resourceOfRoute } from './field-labels.js';

export const ErrorBody = Type.Object({
  statusCode: Type.Integer(),
  error: Type.String(),
  message: Type.String(),
  field: Type.Optional(Type.String()),
  details: Type.Optional(Type.Unknown()),
  code: Type.Optional(Type.String({ description: 'A stable reason a client can act on, e.g. password_change_required' })),
});

interface AjvError { instancePath: string; keyword: string; params: Record<string, unknown>; message?: string }

/** One schema error in Chinese, naming the field by its Chinese label when `labelOf` knows it. */
export function describeSchemaError(e: AjvError, context = 'body', labelOf: (field: string) => string | undefined = () => undefined): { field: string; message: string } {
  const path = e.instancePath.replace(/^\//, '').replace(/\//g, '.');
  const field = e.keyword === 'required' ? [path, e.params.missingProperty].filter(Boolean).join('.')
    : e.keyword === 'additionalProperties' ? [path, e.params.additionalProperty].filter(Boolean).join('.')
    : path || context;
  const p = e.params;
  const text: Record<string, () => string> = {
    required: () => '为必填项',
    additionalProperties: () => '不是可接受的字段',
    type: () => `类型应为${({ integer: '整数', number: '数字', string: '文本', boolean: '是/否', object: '对象', array: '列表', null: '空' } as Record<string, string>)[String(p.type).split(',')[0]] ?? p.type}`,
    minLength: () => (p.limit === 1 ? '不能为空' : `至少需要 ${p.limit} 个字符`),
    maxLength: () => `最多 ${p.limit} 个字符`,
    minimum: () => `不能小于 ${p.limit}`,
    maximum: () => `不能大于 ${p.limit}`,
    exclusiveMinimum: () => `必须大于 ${p.limit}`,
    pattern: () => '格式不正确',
    format: () => (p.format === 'date' ? '应为日期，格式 YYYY-MM-DD' : `格式应为 ${p.format}`),
    const: () => `应为 ${JSON.stringify(p.allowedValue)}`,
    enum: () => `应为以下之一：${((p.allowedValues ?? []) as unknown[]).join('、')}`,
    minItems: () => `至少需要 ${p.limit} 项`,
    maxItems: () => `最多 ${p.limit} 项`,
    uniqueItems: () => '不能有重复项',
  };
  const label = labelOf(field);
  return { field, message: `${label ? `「${label}」` : `字段「${field}」`}${(text[e.keyword] ?? (() => e.message ?? '无效'))()}` };
}

/** anyOf of literals fails with one error per literal: summarise as one enum error. */
function collapse(errors: AjvError[]): AjvError[] {
  const anyOf = errors.find((e) => e.keyword === 'anyOf');
  if (!anyOf) return errors;
  const consts = errors.filter((e) => e.keyword === 'const' && e.instancePath === anyOf.instancePath);
  if (consts.length > 0) {
    return [{ instancePath: anyOf.instancePath, keyword: 'enum', params: { allowedValues: consts.map((c) => c.params.allowedValue) } }];
  }
  const nullish = errors.filter((e) => e.instancePath === anyOf.instancePath && e.keyword !== 'anyOf' && !(e.keyword === 'type' && e.params.type === 'null'));
  return nullish.length > 0 ? [nullish[0]] : [anyOf];
}

/** Fastify's own request errors, in words a clerk understands. */
const FASTIFY_MESSAGES: Record<string, (err: FastifyError) => string> = {
  FST_ERR_CTP_INVALID_JSON_BODY: () => '请求内容不是有效的 JSON',
  FST_ERR_CTP_BODY_TOO_LARGE: () => '请求内容过大',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: () => '不支持的请求内容类型，请以 application/json 提交',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: () => '请求的 Content-Length 与内容不符',
  FST_ERR_BAD_URL: () => '请求地址无效',
};

export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError & { validation?: AjvError[]; validationContext?: string }, req, reply) => {
    if (err.validation) {
      const list = collapse(err.validation);
      const resource = resourceOfRoute(req.routeOptions?.url);
      // A route whose body is not one resource's record names its fields itself (config.fieldLabels; list items by `list.field`).
      const own = (req.routeOptions?.config as { fieldLabels?: Record<string, string> } | undefined)?.fieldLabels;
      const labelOf = (field: string) => own?.[field.replace(/\.\d+(?=\.|$)/g, '')] ?? fieldLabel(resource, field);
      const described = list.map((e) => describeSchemaError(e, err.validationContext, labelOf));
      return reply.code(400).send({
        statusCode: 400, error: 'Bad Request',
        message: described.map((d) => d.message).join('；'),
        field: described[0]?.field,
      });
    }
    if (err instanceof ApiError) {
      if (err.statusCode === 403) req.log.info({ msg: err.message }, 'refused');
      return reply.code(err.statusCode).send({ statusCode: err.statusCode, error: err.error, message: err.message, field: err.field, details: err.details, code: err.code });
    }
    // A database node lost under a read or a single statement (writes that matter retry in transact()).
    if (retryKind(err) === 'node') {
      req.log.warn({ err }, 'database node unavailable');
      return reply.code(503).header('retry-after', '1').send({ statusCode: 503, error: 'Service Unavailable', message: '数据库节点暂时不可用，请稍后重试', code: 'database_unavailable' });
    }
    const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 500;
    if (status === 500) {
      req.log.error({ err }, 'unexpected error');
      return reply.code(500).send({ statusCode: 500, error: 'Internal Server Error', message: '服务器内部错误，已记录，请稍后重试或联系管理员' });
    }
    return reply.code(status).send({ statusCode: status, error: statusName(status), message: FASTIFY_MESSAGES[err.code ?? '']?.(err) ?? err.message });
  });
  app.setNotFoundHandler((req, reply) => {
    reply.code(404).send({ statusCode: 404, error: 'Not Found', message: `没有这个地址：${req.method} ${req.url.split('?')[0]}` });
  });
}
