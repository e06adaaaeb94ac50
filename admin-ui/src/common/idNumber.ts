// Validation of the 18-digit resident ID number (GB 11643, ISO 7064 MOD 11-2 check character).
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/** True when `id` is 17 digits plus the right check character (`X` allowed, case-insensitive). */
export const isValidIdNumber = (id: string): boolean => {
  const value = id.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(value)) return false;
  const month = Number(value.slice(10, 12));
  const day = Number(value.slice(12, 14));
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  const sum = WEIGHTS.reduce((acc, w, i) => acc + w * Number(value[i]), 0);
  return CHECK[sum % 11] === value[17];
};

/** A react-admin validator: `validate={idNumber}`. */
export const idNumber = (value: unknown) =>
  value == null || value === '' || (typeof value === 'string' && isValidIdNumber(value))
    ? undefined
    : 'steppe.validation.id_number';
