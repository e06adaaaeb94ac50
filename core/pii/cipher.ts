// Personal-data protection: AES-256-GCM encryption at rest and a keyed HMAC blind index.
import crypto from 'node:crypto';

export interface PiiCipher {
  encrypt(clear: string): string;
  decrypt(stored: string): string;
  /** Deterministic keyed index for exact lookup and de-duplication; reveals nothing without the key. */
  blindIndex(clear: string): string;
}

const PREFIX = 'v1:';
/** IVs drawn from the CSPRNG at once: one small randomBytes call costs as much as the encryption itself. */
const IV_POOL = 12 * 1024;

export function createPiiCipher(masterKey: Buffer): PiiCipher {
  if (masterKey.length !== 32) throw new Error('STEPPE_DATA_KEY must be 32 bytes (base64-encoded)');
  // Separate keys for encryption and indexing, so one use never weakens the other.
  const encKey = crypto.createSecretKey(Buffer.from(crypto.hkdfSync('sha256', masterKey, Buffer.alloc(0), 'steppe pii encryption', 32)));
  const idxKey = crypto.createSecretKey(Buffer.from(crypto.hkdfSync('sha256', masterKey, Buffer.alloc(0), 'steppe pii blind index', 32)));
  let pool = Buffer.alloc(0);
  let used = 0;
  /** A fresh random 96-bit IV; each byte of the pool is handed out once. */
  const nextIv = () => {
    if (used + 12 > pool.length) {
      pool = crypto.randomBytes(IV_POOL);
      used = 0;
    }
    used += 12;
    return pool.subarray(used - 12, used);
  };
  return {
    encrypt(clear) {
      const iv = nextIv();
      const cipher = crypto.createCipheriv('aes-256-gcm', encKey, iv);
      const body = Buffer.concat([cipher.update(clear, 'utf8'), cipher.final()]);
      return PREFIX + Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
    },
    decrypt(stored) {
      if (!stored.startsWith(PREFIX)) throw new Error('Unknown encrypted value format');
      const raw = Buffer.from(stored.slice(PREFIX.length), 'base64');
      const decipher = crypto.createDecipheriv('aes-256-gcm', encKey, raw.subarray(0, 12));
      decipher.setAuthTag(raw.subarray(12, 28));
      return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
    },
    blindIndex(clear) {
      return crypto.createHmac('sha256', idxKey).update(clear.trim().toUpperCase()).digest('hex');
    },
  };
}
