// The jobs migrations on data: import_jobs rows become roster_import jobs with their failed rows, and existing workers
// get their stored masks. On both databases.
import { expect, it } from 'vitest';
import { openDatabase } from '../core/db/connection.js';
import { migrateLatest, migrateStep, migrationStatus } from '../core/db/migrate.js';
import { freshDatabaseUrl, TEST_DBS, TEST_KEY } from '../core/test/build-test-app.js';
import { createPiiCipher } from '../core/pii/cipher.js';

for (const dialect of TEST_DBS) {
  it(`moves import jobs into jobs and masks existing workers on ${dialect}`, async () => {
    const { url, drop } = await freshDatabaseUrl(dialect);
    const db = openDatabase(url);
    const pii = createPiiCipher(Buffer.from(TEST_KEY, 'base64'));
    try {
      while ((await migrationStatus(db.knex)).pending[0] !== '20261201006100_jobs') await migrateStep(db.knex, 'up', { pii });
      const now = new Date().toISOString();
      const book = { created_at: now, updated_at: now, version: 1 };
      await db.knex('regions').insert({ id: '150000', name: '内蒙古自治区', level: 'region', parent_id: null, path: '/150000/', ...book });
      await db.knex('import_jobs').insert({
        resource: 'workers', filename: '花名册.xlsx', status: 'running', total: 3, processed: 2, succeeded: 1, failed: 1, headers: JSON.stringify(['姓名']),
        errors: JSON.stringify([{ row: 3, field: 'name', message: '「姓名」为必填项', values: { 姓名: '' } }]), warnings: '[]', created_at: now, updated_at: now,
      });
      const id = '150102199001011234';
      await db.knex('workers').insert({
        id_number_enc: pii.encrypt(id), id_number_idx: pii.blindIndex(id), name: '示例·迁移', gender: 'male', birth_date: '1990-01-01', home_region_code: '150102',
        region_code: '150000', phone_enc: pii.encrypt('13912345678'), phone_idx: pii.blindIndex('13912345678'), category: 'returnee', traits: '[]', ...book,
      });
      await migrateStep(db.knex, 'up', { pii });
      const job = await db.knex('jobs').first();
      // An import the upgrade interrupted ends failed (it cannot be resumed: its file was never kept).
      expect(job).toMatchObject({ kind: 'roster_import', title: '花名册.xlsx', status: 'failed', total: 3, processed: 2, succeeded: 1, failed: 1 });
      expect(await db.knex('job_errors').where({ job_id: job.id }).select('row', 'field', 'message')).toEqual([{ row: 3, field: 'name', message: '「姓名」为必填项' }]);
      await expect(migrateStep(db.knex, 'up')).rejects.toThrow(/needs the data key/);
      await migrateStep(db.knex, 'up', { pii });
      expect(await db.knex('workers').first('id_number_mask', 'phone_mask', 'payee_account_mask')).toEqual({ id_number_mask: '150102********1234', phone_mask: '139****5678', payee_account_mask: null });
      await migrateStep(db.knex, 'down', { pii });
      await migrateStep(db.knex, 'down', { pii });
      expect(await db.knex.schema.hasTable('import_jobs')).toBe(true);
      expect(await db.knex.schema.hasTable('jobs')).toBe(false);
      await migrateLatest(db.knex, { pii });
      expect((await migrationStatus(db.knex)).pending).toEqual([]);
    } finally {
      await db.knex.destroy();
      await drop();
    }
  }, 120_000);
}
