// Workers keep the masked form of each personal field beside its ciphertext (150203********1234 is shown to every reader
// anyway), so lists and exports of millions of rows read it instead of decrypting three fields per row.
import type { Knex } from 'knex';
import type { MigrationContext } from './index.js';
import { maskAccount, maskIdNumber, maskPhone } from '../core/pii/mask.js';

const FIELDS: Array<[string, (v: string) => string, number]> = [['id_number', maskIdNumber, 24], ['phone', maskPhone, 24], ['payee_account', maskAccount, 40]];

export async function up(knex: Knex, ctx?: MigrationContext): Promise<void> {
  const any = await knex('workers').first('id');
  if (any && !ctx?.pii) throw new Error('Masking workers\' personal data needs the data key: run the migrations through Steppe (npm start or npm run migrate) with STEPPE_DATA_KEY');
  await knex.schema.alterTable('workers', (t) => {
    for (const [field, , len] of FIELDS) t.string(`${field}_mask`, len).nullable();
  });
  // In pages by id: a table of millions of rows is filled without holding it in memory.
  let after = 0;
  for (;;) {
    const rows = await knex('workers').where('id', '>', after).orderBy('id').limit(1000).select('id', ...FIELDS.map(([f]) => `${f}_enc`));
    if (rows.length === 0) break;
    after = Number(rows.at(-1).id);
    await knex.transaction(async (trx) => {
      for (const r of rows) {
        const patch: Record<string, string | null> = {};
        for (const [f, mask] of FIELDS) patch[`${f}_mask`] = r[`${f}_enc`] ? mask(ctx!.pii!.decrypt(r[`${f}_enc`])) : null;
        await trx('workers').where({ id: r.id }).update(patch);
      }
    });
  }
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('workers', (t) => {
    for (const [field] of FIELDS) t.dropColumn(`${field}_mask`);
  });
}
