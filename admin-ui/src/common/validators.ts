// Field validators shared by the forms; each returns an i18n key under steppe.validation.
import type { Validator } from 'react-admin';

const pattern = (re: RegExp, message: string): Validator => (value) =>
  value == null || value === '' || re.test(String(value)) ? undefined : message;

/** A mobile number; a masked value (`138****1234`) read from the API passes unchanged. */
export const phone = pattern(/^(1\d{10}|[\d*]*\*[\d*]*)$/, 'steppe.validation.phone');

/** An institution's contact: a mobile, or a landline with its area code (0471-1234567); a masked value passes unchanged. */
export const contactPhone = pattern(/^(1\d{10}|0\d{2,3}-?\d{7,8}(-\d{1,6})?|[\d*-]*\*[\d*-]*)$/, 'steppe.security.contact_phone');

/** 统一社会信用代码 (GB 32100): 18 digits or capital letters, excluding I, O, S, V, Z. */
export const creditCode = pattern(/^[0-9A-HJ-NPQRTUWXY]{18}$/, 'steppe.validation.credit_code');

/** A GB/T 2260 code, extended to township (9 digits) and village (12 digits). */
export const regionCode = pattern(/^\d{6}(\d{3}(\d{3})?)?$/, 'steppe.validation.region_code');
