// Masks of personal data as shown in the console, API responses and logs.

/** 150102199001011234 → 150102********1234 */
export function maskIdNumber(id: string): string {
  if (id.length < 10) return '*'.repeat(id.length);
  return id.slice(0, 6) + '*'.repeat(id.length - 10) + id.slice(-4);
}

/** 13812345678 → 138****5678 */
export function maskPhone(phone: string): string {
  if (phone.length < 7) return '*'.repeat(phone.length);
  return phone.slice(0, 3) + '*'.repeat(phone.length - 7) + phone.slice(-4);
}

/** 6222021234567890123 → ****0123 */
export function maskAccount(account: string): string {
  return '****' + account.slice(-4);
}

const ID_PATTERN = /\b(\d{6})\d{8}(\d{3}[\dXx])\b/g;
const PHONE_PATTERN = /\b(1[3-9]\d)\d{4}(\d{4})\b/g;

/** Masks anything in free text that looks like an ID number or a mobile number (for logs). */
export function maskText(text: string): string {
  return text.replace(ID_PATTERN, '$1********$2').replace(PHONE_PATTERN, '$1****$2');
}
