// The text of a CSV file as a clerk's spreadsheet saved it: UTF-8 (with or without BOM), or GB18030/GBK as Excel on a
// Chinese Windows saves 「CSV（逗号分隔）」.

export const csvText = (bytes: ArrayBuffer | Uint8Array): string => {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
};

/**
 * The file line numbers (1-based) of the lines that carry data, as the API counts them (blank lines and a header
 * skipped): the API's row 3 is the file's line `dataLines(text)[2]`, the number a clerk sees in Excel.
 */
export const dataLines = (text: string): number[] => {
  const lines = text.split(/\r?\n/).map((l, i) => ({ n: i + 1, text: l.trim() })).filter((l) => l.text);
  return (lines.length && !/^\d/.test(lines[0].text) ? lines.slice(1) : lines).map((l) => l.n);
};

/** The instant a batch was loaded, from its name `<check>-<ISO time>`. */
export const batchTime = (batch: string) => batch.match(/-(\d{4}-\d{2}-\d{2}T[\d:.]+Z)$/)?.[1] ?? null;
