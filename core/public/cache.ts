// Cacheable public answers: a strong ETag of the body, Cache-Control for browsers and shared caches, 304 when unchanged.
import crypto from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** How long a public answer may be reused without asking (seconds); figures and guides change rarely. */
export const PUBLIC_MAX_AGE = 300;

export function etagOf(text: string): string {
  return `"${crypto.createHash('sha256').update(text).digest('base64url').slice(0, 27)}"`;
}

/**
 * Sends `body` (an object, or HTML text) with an ETag and `Cache-Control: public`; answers 304 with no
 * body when the client's If-None-Match names the same ETag.
 */
export function sendCached(req: FastifyRequest, reply: FastifyReply, body: unknown, maxAge = PUBLIC_MAX_AGE): unknown {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const etag = etagOf(text);
  reply.header('etag', etag);
  reply.header('cache-control', `public, max-age=${maxAge}, stale-while-revalidate=${maxAge}`);
  reply.header('vary', 'Accept-Encoding, Accept-Language, Cookie');
  const match = String(req.headers['if-none-match'] ?? '').split(',').map((s) => s.trim());
  if (match.includes(etag) || match.includes(`W/${etag}`)) return reply.code(304).send();
  return body;
}

/** Answers of the worker actions carry their own status: never stored anywhere. */
export function noStore(reply: FastifyReply): void {
  reply.header('cache-control', 'no-store');
}
