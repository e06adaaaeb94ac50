// CORS: off unless CORS_ORIGINS names the origins (a console served elsewhere) that may call the API from a browser.
import cors from '@fastify/cors';
import type { FastifyInstance } from 'fastify';
import type { Env } from '../../env/env.js';

/** The exact origins of CORS_ORIGINS (`https://host[:port]`), normalised; a malformed one stops the start naming it. */
export function corsOrigins(value: string): string[] {
  return value.split(',').map((s) => s.trim()).filter(Boolean).map((origin) => {
    let url: URL;
    try { url = new URL(origin); } catch { throw new Error(`CORS_ORIGINS: "${origin}" is not an origin such as https://console.example.gov.cn`); }
    if (!/^https?:$/.test(url.protocol) || url.pathname !== '/' || url.search || url.hash || url.username) {
      throw new Error(`CORS_ORIGINS: "${origin}" must be scheme://host[:port] with nothing after it`);
    }
    return url.origin;
  });
}

export async function registerCors(app: FastifyInstance, env: Env): Promise<void> {
  const origins = corsOrigins(env.CORS_ORIGINS);
  // Without an allow-list no CORS header is ever sent: browsers keep other sites' pages from reading the API.
  if (origins.length === 0) return;
  await app.register(cors, {
    origin: origins,
    // A console on another origin edits and deletes too: @fastify/cors allows only GET, HEAD and POST unless told.
    methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
    exposedHeaders: ['Content-Range', 'X-Total-Count', 'X-Total-Estimated', 'Content-Disposition', 'Retry-After'],
    // Tokens travel in the Authorization header, never in cookies.
    credentials: false,
    maxAge: 600,
  });
}
