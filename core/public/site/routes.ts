// The public site at /public/: server-rendered pages in Chinese or Mongolian (?lang=mn), its stylesheet, script and Mongolian font.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { Type } from '@sinclair/typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Services } from '../../services.js';
import { ROOT } from '../../paths.js';
import { ApiError } from '../../http/errors.js';
import { isPlainObject } from '../../rules/compiler/shape.js';
import { etagOf, sendCached } from '../cache.js';
import { registerPublicRateLimit } from '../rate-limit.js';
import { publicRegions } from '../regions.js';
import { publicGuide } from '../guide.js';
import { publicCase, publicCases } from '../cases.js';
import { publicFigures } from '../figures.js';
import { findClasses } from '../classes.js';
import { publicOccupations } from '../occupations.js';
import { html } from './html.js';
import { langOf, t, type Lang } from './i18n.js';
import { page } from './layout.js';
import { homePage } from './pages/home.js';
import { guidePage } from './pages/guide.js';
import { casePage, casesPage } from './pages/cases.js';
import { figuresPage } from './pages/figures.js';
import { classesPage } from './pages/classes.js';
import { wishPage } from './pages/wish.js';
import { statusPage } from './pages/status.js';

/** The files the pages load; read once at start (the site is served by whichever replica answers). */
function loadAssets(): Record<string, { body: Buffer; type: string; etag: string }> {
  const dir = path.join(ROOT, 'core', 'public', 'site', 'assets');
  const font = createRequire(import.meta.url).resolve('@fontsource/noto-sans-mongolian/files/noto-sans-mongolian-mongolian-400-normal.woff2');
  const asset = (body: Buffer, type: string) => ({ body, type, etag: etagOf(body.toString('base64')) });
  return {
    'site.css': asset(fs.readFileSync(path.join(dir, 'site.css')), 'text/css; charset=utf-8'),
    'site.js': asset(fs.readFileSync(path.join(dir, 'site.js')), 'text/javascript; charset=utf-8'),
    'mongolian.woff2': asset(fs.readFileSync(font), 'font/woff2'),
  };
}

/** A page's query as parsed, unchecked: each page reads what it knows (`str`) and ignores the rest. */
type Query = Record<string, unknown>;
const str = (v: unknown, max = 16): string | undefined => (typeof v === 'string' && v !== '' && v.length <= max ? v : undefined);

export function publicSite(app: FastifyInstance, services: Services): void {
  const assets = loadAssets();
  app.register(async (scope) => {
    // Typed through the route schemas: params need no casts.
    const site = scope.withTypeProvider<TypeBoxTypeProvider>();
    registerPublicRateLimit(site, services.env);
    // Pages, not API: kept out of the OpenAPI document (the API under /api/public/ serves the same data).
    site.addHook('onRoute', (route) => { route.schema = { ...(route.schema ?? {}), hide: true }; });
    const knex = services.db.knex;

    /** Renders a page; a refusal of the service (unknown region, bad month) becomes a page saying so, in the page's language. */
    const render = (nav: string, build: (lang: Lang, q: Query) => Promise<string>) => async (req: FastifyRequest, reply: FastifyReply) => {
      const q: Query = isPlainObject(req.query) ? req.query : {};
      const lang = langOf(q.lang);
      reply.type('text/html; charset=utf-8');
      try {
        return sendCached(req, reply, await build(lang, q), 60);
      } catch (err) {
        if (!(err instanceof ApiError) || err.statusCode >= 500) throw err;
        reply.code(err.statusCode);
        return page({ lang, path: nav, title: t(lang, 'error.page'), body: html`<p class="error">${err.message}</p>` });
      }
    };

    site.get('/assets/:file', { schema: { params: Type.Object({ file: Type.String({ maxLength: 32 }) }) } }, async (req, reply) => {
      const asset = assets[req.params.file];
      if (!asset) return reply.callNotFound();
      reply.type(asset.type).header('etag', asset.etag).header('cache-control', 'public, max-age=86400');
      if (String(req.headers['if-none-match'] ?? '').split(',').map((x) => x.trim()).includes(asset.etag)) return reply.code(304).send();
      return reply.send(asset.body);
    });

    site.get('/', render('', async (lang) => homePage(lang)));
    site.get('/guide', render('guide', async (lang, q) => {
      const region = str(q.region, 12) ?? '150000';
      return guidePage(lang, await publicRegions(knex), region, await publicGuide(services, region));
    }));
    site.get('/cases', render('cases', async (lang, q) => {
      const region = str(q.region, 12);
      return casesPage(lang, await publicRegions(knex), region, await publicCases(services, region));
    }));
    site.get('/cases/:node/:key', { schema: { params: Type.Object({ node: Type.String({ maxLength: 12 }), key: Type.String({ maxLength: 32 }) }) } }, (req, reply) => {
      const { node, key } = req.params;
      return render('cases', async (lang) => casePage(lang, await publicCase(services, node.slice(0, 12), key.slice(0, 32))))(req, reply);
    });
    site.get('/figures', render('figures', async (lang, q) => {
      // Without a period, the last six months: a phone shows one table per month.
      const today = services.today();
      const back = new Date(Date.UTC(Number(today.slice(0, 4)), Number(today.slice(5, 7)) - 6, 1)).toISOString().slice(0, 7);
      const f = { league: str(q.league, 12), from: str(q.from, 7) ?? (q.to ? undefined : back), to: str(q.to, 7) };
      return figuresPage(lang, await publicRegions(knex), f, await publicFigures(services, f));
    }));
    site.get('/classes', render('classes', async (lang, q) => {
      const f = { near: str(q.near, 12), occupation: str(q.occupation, 32), level: str(q.level, 8) };
      const occupations = await publicOccupations(services, f.near ?? '150000');
      return classesPage(lang, await publicRegions(knex), occupations, f, f.near ? await findClasses(services, { near: f.near, occupation: f.occupation, level: f.level }) : null);
    }));
    site.get('/wish', render('wish', async (lang) => wishPage(lang, await publicRegions(knex), await publicOccupations(services, '150000'))));
    site.get('/status', render('status', async (lang) => statusPage(lang)));
  }, { prefix: '/public' });
}
