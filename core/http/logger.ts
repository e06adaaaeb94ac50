// Logger options: personal data never appears in clear (URLs masked, secrets redacted).
import type { FastifyServerOptions } from 'fastify';
import { maskText } from '../pii/mask.js';

export function loggerOptions(level: string, stream?: NodeJS.WritableStream): FastifyServerOptions['logger'] {
  return {
    level,
    ...(stream ? { stream } : {}),
    redact: { paths: ['req.headers.authorization', 'req.headers.cookie', '*.password', '*.new_password', '*.current_password', '*.token'], censor: '[redacted]' },
    serializers: {
      req(req: { method: string; url: string; ip?: string; id?: string }) {
        let url = req.url;
        try { url = decodeURIComponent(url); } catch { /* keep raw */ }
        return { method: req.method, url: maskText(url), ip: req.ip, id: req.id };
      },
    },
  };
}
