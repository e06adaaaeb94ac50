// The enumerations the console offers and labels: the data model's, from core (core/schemas/enums.ts), and the names
// the API writes to the audit trail and the job queue.
import { ENUMS as MODEL } from '../../../core/schemas/enums';

/** Every enum the console shows; labels live at `steppe.enums.<enum>.<value>` in i18n/zh.ts. */
export const ENUMS = {
  ...MODEL,
  // Not column enums: the kinds of background job, and the action names the API writes to the audit trail (unknown
  // ones show as written).
  job_kind: ['roster_import', 'attendance_import', 'export', 'risk_scan', 'rule_dry_run', 'demo_seed'],
  audit_action: ['create', 'update', 'delete', 'login', 'login_failed', 'logout', 'password_change', 'reveal', 'denied', 'publish', 'retire', 'transition', 'import', 'export', 'evaluate', 'risk', 'password_change_failed', 'audit_checkpoint', 'cancel', 'retry', 'risk_scan', 'risk_assign', 'risk_note', 'risk_investigate', 'risk_clear', 'risk_confirm', 'risk_reopen', 'record_session'],
} as const;

export type EnumName = keyof typeof ENUMS;
export type EnumValue<E extends EnumName> = (typeof ENUMS)[E][number];

/** Choices for a SelectInput; react-admin translates each `name` key. */
export const choicesOf = (name: EnumName, only?: readonly (string | number)[]) =>
  ENUMS[name]
    .filter((value: string | number) => !only || only.includes(value))
    .map((value: string | number) => ({ id: value, name: `steppe.enums.${name}.${value}` }));
