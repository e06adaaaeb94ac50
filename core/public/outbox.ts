// The sms_outbox resource: messages the built-in SMS adapter "sent", read-only in the console (短信发件箱).
import { Type, type Static } from '@sinclair/typebox';
import { Bookkeeping, Id, RegionCode, StringEnum } from '../schemas/common.js';
import { defineResource } from '../resources/definition.js';
import { regionColumn } from '../resources/scope.js';

export const SmsOutboxRecord = Type.Object({
  id: Id,
  phone: Type.String({ maxLength: 20, description: 'Mobile number; returned masked unless revealed' }),
  region_code: RegionCode,
  purpose: StringEnum(['otp'] as const),
  body: Type.String({ maxLength: 500 }),
  status: StringEnum(['queued', 'sent'] as const),
  ...Bookkeeping,
});
export type SmsOutboxRecord = Static<typeof SmsOutboxRecord>;

export const smsOutbox = defineResource({
  name: 'sms_outbox',
  table: 'sms_outbox',
  label: '短信',
  schema: SmsOutboxRecord,
  pii: { phone: 'phone' },
  virtualFilters: {
    phone: (qb, value, services) => { qb.where('sms_outbox.phone_idx', services.pii.blindIndex(String(value))); },
  },
  defaultSort: ['id', 'DESC'],
  // Written only by the adapter; administrators read it (the demo's one-time codes), in their subtree.
  access: { platform_admin: 'r', region_admin: 'r', auditor: 'r' },
  scopeRegion: regionColumn('sms_outbox.region_code'),
});
