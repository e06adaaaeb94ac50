// SMS delivery: the first plugin's adapter, else the built-in outbox (a table the console shows), so tests and the demo work without a gateway.
import type { Knex } from 'knex';
import type { Services } from '../services.js';
import type { SmsMessage, SmsSenderDefinition } from '../plugins/contract.js';

/** The built-in adapter: the message waits in `sms_outbox`, its phone encrypted, for the console (短信发件箱). */
export function outboxSender(services: Services): SmsSenderDefinition {
  return {
    id: 'outbox',
    label: '短信发件箱（内置，未接短信网关）',
    async send(db: Knex, message: SmsMessage) {
      const now = new Date().toISOString();
      const [id] = await db('sms_outbox').insert({
        phone_enc: services.pii.encrypt(message.phone), phone_idx: services.pii.blindIndex(message.phone),
        region_code: message.regionCode, purpose: message.purpose, body: message.body, status: 'queued',
        created_at: now, updated_at: now, created_by: null, updated_by: null, version: 1,
      });
      return { accepted: true, reference: `outbox:${typeof id === 'object' ? (id as { id: number }).id : id}` };
    },
  };
}

/** The adapter that sends: the first one a loaded plugin provides, else the outbox. */
export function smsSender(services: Services): SmsSenderDefinition {
  const first = services.plugins.smsSenders.values().next();
  return first.done ? outboxSender(services) : first.value;
}
