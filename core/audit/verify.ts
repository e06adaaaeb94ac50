// Verification of the audit trail: the hash chain entry by entry, then its end against the head row and the latest signed checkpoint.
import type { Knex } from 'knex';
import { entryHash, type ChainedFields } from './chain.js';
import type { Checkpoint, LatestCheckpoint } from './checkpoint.js';

const GENESIS = '0'.repeat(64);

export interface VerifyReport {
  ok: boolean;
  entries: number;
  /** The first entry that does not fit the chain, and why; for a cut tail, the missing range. */
  problem?: {
    seq: number; id: number | null; kind: 'edited' | 'deleted' | 'inserted' | 'truncated' | 'rewritten'; message: string;
    missing?: { from: number; to: number };
  };
  /** The latest signed checkpoint the chain was compared with (null: none yet, so a cut tail cannot be seen). */
  checkpoint: Pick<Checkpoint, 'seq' | 'hash' | 'at'> | null;
  /** Things an auditor should know that do not break the chain (no checkpoint yet, unsigned lines in the checkpoint file). */
  warnings: string[];
}

const beijing = (iso: string) => new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString().slice(0, 19).replace('T', ' ');

/**
 * Walks the whole chain and reports the first edited, inserted or deleted entry; then checks the
 * chain reaches the head row and the latest checkpoint, whose entry must still carry the hash it
 * was signed with. Deleting the newest entries and rewinding the head row is caught by the
 * checkpoint, and reported with the range of entries that are gone.
 */
export async function verifyAudit(key: Buffer, knex: Knex, anchor?: LatestCheckpoint, batchSize = 5000): Promise<VerifyReport> {
  const cp = anchor?.checkpoint ?? null;
  const warnings = [...(anchor?.warnings ?? [])];
  if (anchor && !cp) warnings.push('尚无签名检查点：无法发现最新审计记录被删除；检查点会定期自动写入，也可由管理员立即写入');
  const base = { checkpoint: cp ? { seq: cp.seq, hash: cp.hash, at: cp.at } : null, warnings };
  let expectedSeq = 1;
  let prevHash = GENESIS;
  let count = 0;
  let lastId = 0;
  let hashAtCheckpoint: string | null = null;
  for (;;) {
    const rows = await knex('audit_log').where('id', '>', lastId).orderBy('id').limit(batchSize);
    for (const row of rows) {
      count++;
      lastId = row.id;
      const seq = Number(row.seq);
      const fields = { ...row, seq, user_id: row.user_id === null ? null : Number(row.user_id) } as ChainedFields;
      if (seq > expectedSeq) {
        return { ok: false, entries: count, ...base, problem: { seq: expectedSeq, id: null, kind: 'deleted', message: `第 ${expectedSeq} 条审计记录缺失（被删除）` } };
      }
      if (seq < expectedSeq || row.prev_hash !== prevHash) {
        return { ok: false, entries: count, ...base, problem: { seq, id: row.id, kind: 'inserted', message: `第 ${seq} 条审计记录与前一条的链接不符（被插入或改动了顺序）` } };
      }
      if (entryHash(key, fields) !== row.hash) {
        return { ok: false, entries: count, ...base, problem: { seq, id: row.id, kind: 'edited', message: `第 ${seq} 条审计记录的内容被修改` } };
      }
      if (cp && seq === cp.seq) hashAtCheckpoint = row.hash;
      prevHash = row.hash;
      expectedSeq = seq + 1;
    }
    if (rows.length < batchSize) break;
  }
  const last = expectedSeq - 1;
  const head = await knex('audit_head').where({ id: 1 }).first();
  if (head && (Number(head.seq) !== last || head.hash !== prevHash)) {
    const to = Number(head.seq);
    return { ok: false, entries: count, ...base, problem: { seq: expectedSeq, id: null, kind: 'truncated', missing: { from: expectedSeq, to }, message: `最新的审计记录（第 ${expectedSeq} 至 ${to} 条）被删除` } };
  }
  if (cp && last < cp.seq) {
    return {
      ok: false, entries: count, ...base,
      problem: {
        seq: last + 1, id: null, kind: 'truncated', missing: { from: last + 1, to: cp.seq },
        message: `最新的审计记录（第 ${last + 1} 至 ${cp.seq} 条）被删除：北京时间 ${beijing(cp.at)} 的签名检查点记录已有 ${cp.seq} 条，数据库中的审计链只到第 ${last} 条（链头也被回退）`,
      },
    };
  }
  if (cp && hashAtCheckpoint !== cp.hash) {
    return {
      ok: false, entries: count, ...base,
      problem: { seq: cp.seq, id: null, kind: 'rewritten', message: `第 ${cp.seq} 条审计记录与北京时间 ${beijing(cp.at)} 的签名检查点不符：该条及之前的记录被整体替换` },
    };
  }
  return { ok: true, entries: count, ...base };
}
