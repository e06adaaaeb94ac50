// Serves the built console (admin-ui/dist): pre-compressed brotli/gzip copies, hashed assets cached for good, index.html revalidated.
import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';

/** Hashed file names (`App-CSxIYVH7.js`) never change content: a browser keeps them a year without asking again. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** index.html names the current hashes: always revalidated, so a release is seen at the next load. */
export const REVALIDATE = 'no-cache';

/** Registers the console at `/` when `dir` holds a build; returns whether it did. */
export async function serveConsole(app: FastifyInstance, dir: string): Promise<boolean> {
  if (!fs.existsSync(path.join(dir, 'index.html'))) return false;
  await app.register(fastifyStatic, {
    root: dir,
    prefix: '/',
    wildcard: false,
    // The build writes name.br and name.gz beside each asset (vite-plugin-compression2); the best one the browser accepts is sent.
    preCompressed: true,
    cacheControl: false,
    setHeaders(res, file) {
      res.setHeader('Cache-Control', file.includes(`${path.sep}assets${path.sep}`) ? IMMUTABLE : REVALIDATE);
    },
  });
  // An asset of another release is a 404, not the HTML shell (which a browser would refuse as a script).
  app.get('/assets/*', (_req, reply) => reply.callNotFound());
  // Any other path is a console route (hash routing), answered with the shell.
  app.get('/*', (req, reply) => {
    if (req.url.startsWith('/api/')) return reply.callNotFound();
    return reply.sendFile('index.html');
  });
  return true;
}
