// Well-formed Unicode only: request bodies are checked as bytes (UTF-8) before JSON parsing and as text (no lone surrogates) after it.
import { isUtf8 } from 'node:buffer';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { badRequest } from '../errors.js';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The offset of the first byte that breaks UTF-8 (overlong forms, surrogates and code points past U+10FFFF included), or -1. */
export function invalidUtf8Offset(buf: Uint8Array): number {
  for (let i = 0; i < buf.length;) {
    const b = buf[i];
    if (b < 0x80) { i++; continue; }
    let need: number, min: number, cp: number;
    if (b >= 0xc2 && b <= 0xdf) { need = 1; min = 0x80; cp = b & 0x1f; }
    else if (b >= 0xe0 && b <= 0xef) { need = 2; min = 0x800; cp = b & 0x0f; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; min = 0x10000; cp = b & 0x07; }
    else return i;
    for (let k = 1; k <= need; k++) {
      const c = buf[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

interface Frame { kind: 'object' | 'array'; key: string | null; index: number; expectingKey: boolean }

/** The field (`traits.0`, `name`) a position of a JSON text falls in, read from the text before it. */
export function jsonPathAt(prefix: string): string {
  const stack: Frame[] = [];
  let inString = false;
  let text = '';
  for (let i = 0; i < prefix.length; i++) {
    const ch = prefix[i];
    if (inString) {
      if (ch === '\\') { text += prefix[i + 1] ?? ''; i++; continue; }
      if (ch === '"') {
        inString = false;
        const top = stack[stack.length - 1];
        if (top?.kind === 'object' && top.expectingKey) { top.key = text; top.expectingKey = false; }
        continue;
      }
      text += ch;
      continue;
    }
    const top = stack[stack.length - 1];
    if (ch === '"') { inString = true; text = ''; }
    else if (ch === '{') stack.push({ kind: 'object', key: null, index: 0, expectingKey: true });
    else if (ch === '[') stack.push({ kind: 'array', key: null, index: 0, expectingKey: false });
    else if (ch === '}' || ch === ']') stack.pop();
    else if (ch === ',' && top) { if (top.kind === 'object') top.expectingKey = true; else top.index++; }
  }
  const parts = stack.map((f) => (f.kind === 'array' ? String(f.index) : f.expectingKey ? (inString ? text : null) : f.key)).filter((p): p is string => p !== null);
  return parts.join('.') || 'body';
}

/** The path of the first string (key or value) in a parsed value that holds a lone UTF-16 surrogate, or null. */
export function illFormedPath(value: unknown, path: string[] = []): string | null {
  if (typeof value === 'string') return LONE_SURROGATE.test(value) ? (path.join('.') || 'body') : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) { const p = illFormedPath(value[i], [...path, String(i)]); if (p) return p; }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (LONE_SURROGATE.test(k)) return [...path, k.replace(LONE_SURROGATE, '?')].join('.');
      const p = illFormedPath(v, [...path, k]);
      if (p) return p;
    }
  }
  return null;
}

const badBytes = (field: string) => badRequest(`字段「${field}」含有无效的 UTF-8 字节：请以 UTF-8 编码提交文本`, field, undefined, 'invalid_utf8');
const loneSurrogate = (field: string) => badRequest(`字段「${field}」含有无效的 Unicode 字符（孤立的代理项），请删除后重新输入`, field, undefined, 'invalid_unicode');

/** Checks the bytes of a body and returns its text. */
function bodyText(buf: Buffer, json: boolean): string {
  if (!isUtf8(buf)) {
    const at = invalidUtf8Offset(buf);
    throw badBytes(json ? jsonPathAt(buf.subarray(0, Math.max(0, at)).toString('utf8')) : 'body');
  }
  return buf.toString('utf8');
}

/** The bytes of a percent-encoded query value (`+` is a space), or null when it is not well-formed UTF-8. */
function decodeQueryValue(raw: string): string | null {
  const bytes = Buffer.from(raw.replace(/\+/g, ' ').replace(/%([0-9a-fA-F]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1');
  // Characters already outside Latin-1 came in unencoded: take them as they are.
  // eslint-disable-next-line no-control-regex -- "outside Latin-1", the range starts at NUL
  if (/[^\x00-\xff]/.test(raw)) return LONE_SURROGATE.test(raw) ? null : raw;
  return isUtf8(bytes) ? bytes.toString('utf8') : null;
}

/** The name of the first query parameter whose value is not well-formed Unicode (filters are JSON: looked into too). */
export function badQueryParameter(url: string): string | null {
  const q = url.indexOf('?');
  if (q < 0) return null;
  for (const pair of url.slice(q + 1).split('&')) {
    if (!pair) continue;
    const eq = pair.indexOf('=');
    const rawKey = eq < 0 ? pair : pair.slice(0, eq);
    const key = decodeQueryValue(rawKey) ?? '?';
    const value = decodeQueryValue(eq < 0 ? '' : pair.slice(eq + 1));
    if (value === null || key === '?') return key;
    if (LONE_SURROGATE.test(value)) return key;
    if (/^\s*[[{]/.test(value)) {
      try {
        const inner = illFormedPath(JSON.parse(value));
        if (inner) return `${key}.${inner === 'body' ? '' : inner}`.replace(/\.$/, '');
      } catch { /* not JSON: the route says so */ }
    }
  }
  return null;
}

/**
 * Replaces Fastify's JSON and text parsers with ones that refuse malformed Unicode with a 400
 * naming the field, and checks query strings the same way. An empty body labelled JSON (curl
 * -X DELETE -H 'content-type: application/json', clients that always set it) is no body.
 */
export function registerUnicodeChecks(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser(['application/json', 'text/plain']);
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (req: FastifyRequest, body: Buffer, done) => {
    if (body.length === 0) return done(null, undefined);
    let text: string;
    try { text = bodyText(body, true); } catch (err) { return done(err as Error, undefined); }
    // fastify's parser reports through the callback: its returned promise carries nothing
    void parseJson(req, text, (err: Error | null, value?: unknown) => {
      if (err) return done(err, undefined);
      const field = illFormedPath(value);
      return field ? done(loneSurrogate(field), undefined) : done(null, value);
    });
  });
  app.addContentTypeParser('text/plain', { parseAs: 'buffer' }, (_req: FastifyRequest, body: Buffer, done) => {
    try {
      const text = bodyText(body, false);
      return LONE_SURROGATE.test(text) ? done(loneSurrogate('body'), undefined) : done(null, text);
    } catch (err) { return done(err as Error, undefined); }
  });
  app.addHook('onRequest', async (req) => {
    const bad = badQueryParameter(req.url);
    if (bad !== null) throw badRequest(`查询参数「${bad}」含有无效的字符编码：请以 UTF-8 编码提交`, bad, undefined, 'invalid_utf8');
  });
}
