// npm run migrate [-- up|down|status]: runs the migrations against DATABASE_URL.
import { loadEnv } from '../env/env.js';
import { openDatabase } from '../db/connection.js';
import { migrateDownAll, migrateLatest, migrationStatus } from '../db/migrate.js';
import { createPiiCipher } from '../pii/cipher.js';
import { loadDataKey } from '../pii/key.js';

const command = process.argv[2] ?? 'up';
const env = loadEnv();
const db = openDatabase(env.DATABASE_URL);
// Migrations that encrypt or decrypt a column of personal data need the data key.
const pii = createPiiCipher(loadDataKey(env.STEPPE_DATA_KEY, env.DATA_DIR, { warn: (o: object, msg?: string) => console.warn(msg ?? o) }));
try {
  if (command === 'up') {
    const applied = await migrateLatest(db.knex, { pii });
    console.log(applied.length ? `Applied ${applied.length}: ${applied.join(', ')}` : 'Already up to date.');
  } else if (command === 'down') {
    await migrateDownAll(db.knex, { pii });
    console.log('Rolled back every migration.');
  } else if (command === 'status') {
    const { applied, pending } = await migrationStatus(db.knex);
    console.log(`${db.description}\napplied: ${applied.length}\npending: ${pending.join(', ') || 'none'}`);
  } else {
    console.error('Usage: npm run migrate -- up|down|status');
    process.exitCode = 2;
  }
} finally {
  await db.knex.destroy();
}
