// Institutions' contact phones are personal data (usually a person's mobile): encrypted at rest with a blind index, like workers' phones.
import type { Knex } from 'knex';
import type { MigrationContext } from './index.js';

function cipherOf(ctx: MigrationContext | undefined, rows: number) {
  if (!ctx?.pii && rows > 0) throw new Error('Encrypting institutions.contact_phone needs the data key: run the migrations through Steppe (npm start or npm run migrate) with STEPPE_DATA_KEY');
  return ctx?.pii;
}

// MySQL does not roll DDL back: the key is asked for before the table is touched.
export async function up(knex: Knex, ctx?: MigrationContext): Promise<void> {
  const rows = await knex('institutions').whereNotNull('contact_phone').select('id', 'contact_phone');
  const pii = cipherOf(ctx, rows.length);
  await knex.schema.alterTable('institutions', (t) => {
    t.text('contact_phone_enc').nullable();
    t.string('contact_phone_idx', 64).nullable().index();
  });
  for (const row of rows) {
    const clear = String(row.contact_phone).trim();
    await knex('institutions').where({ id: row.id }).update(clear === '' || !pii
      ? { contact_phone_enc: null, contact_phone_idx: null }
      : { contact_phone_enc: pii.encrypt(clear), contact_phone_idx: pii.blindIndex(clear) });
  }
  await knex.schema.alterTable('institutions', (t) => { t.dropColumn('contact_phone'); });
}

export async function down(knex: Knex, ctx?: MigrationContext): Promise<void> {
  const rows = await knex('institutions').whereNotNull('contact_phone_enc').select('id', 'contact_phone_enc');
  const pii = cipherOf(ctx, rows.length);
  await knex.schema.alterTable('institutions', (t) => { t.string('contact_phone', 32).nullable(); });
  for (const row of rows) await knex('institutions').where({ id: row.id }).update({ contact_phone: pii!.decrypt(row.contact_phone_enc) });
  await knex.schema.alterTable('institutions', (t) => { t.dropIndex(['contact_phone_idx']); });
  await knex.schema.alterTable('institutions', (t) => {
    t.dropColumn('contact_phone_enc');
    t.dropColumn('contact_phone_idx');
  });
}
