// Receipts of committed units (tx_receipts) are needed only while a client or transact() may still retry: a day.
import type { FastifyInstance } from 'fastify';
import type { Knex } from 'knex';
import type { Logger } from 'pino';
import { pruneReceipts } from './transact.js';

const EVERY_MS = 15 * 60_000;

export function scheduleReceiptPruning(app: FastifyInstance, knex: Knex, log: Pick<Logger, 'warn'>): void {
  // Every replica prunes; the deletes are idempotent, so they need no coordination.
  const timer = setInterval(() => {
    pruneReceipts(knex).catch((err: Error) => log.warn({ err }, 'pruning transaction receipts failed'));
  }, EVERY_MS);
  timer.unref();
  app.addHook('onClose', async () => clearInterval(timer));
}
