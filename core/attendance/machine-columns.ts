// The attendance machine's export (考勤机导出表): the headers it is read by, and a row's date and 学时 from its cells.
import { normaliseHeader } from '../excel/roster.js';
import { MAX_SESSION_HOURS } from '../entities/attendance.js';

/** Accepted headers of each column (the first is the template's). 工号 is read past: rows are matched by ID number. */
export const MACHINE_COLUMNS = {
  name: ['姓名', '学员姓名'],
  id_number: ['身份证号', '公民身份号码', '身份证号码', '证件号码'],
  staff_no: ['工号', '考勤号码', '人员编号'],
  date: ['日期', '考勤日期', '上课日期'],
  check_in: ['签到时间', '签到', '上班时间'],
  check_out: ['签退时间', '签退', '下班时间'],
  hours: ['学时', '课时'],
} as const;
export type MachineColumn = keyof typeof MACHINE_COLUMNS;

/** The column index of each field found in the header row (first match wins). */
export function machineLayout(headers: string[]): Partial<Record<MachineColumn, number>> {
  const layout: Partial<Record<MachineColumn, number>> = {};
  headers.forEach((h, i) => {
    const text = normaliseHeader(h);
    for (const [field, names] of Object.entries(MACHINE_COLUMNS) as Array<[MachineColumn, readonly string[]]>) {
      if (names.includes(text) && layout[field] === undefined) layout[field] = i;
    }
  });
  return layout;
}

/** Why the header row cannot be read, or null. */
export function layoutProblem(layout: Partial<Record<MachineColumn, number>>): string | null {
  if (layout.id_number === undefined) {
    return layout.staff_no !== undefined
      ? '文件只有「工号」列，缺少「身份证号」列：考勤机导出时请带上身份证号，才能与报名学员对应'
      : '文件缺少「身份证号」列，请按模板整理后再导入';
  }
  if (layout.hours === undefined && (layout.check_in === undefined || layout.check_out === undefined)) return '文件须有「学时」列，或「签到时间」和「签退时间」两列';
  if (layout.date === undefined && layout.check_in === undefined) return '文件缺少「日期」列';
  return null;
}

export class MachineCellError extends Error {
  constructor(readonly field: MachineColumn, message: string) { super(message); }
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const pad = (n: number) => String(n).padStart(2, '0');

/** 2026-03-02, 2026/3/2, 2026年3月2日, 20260302, or an Excel date serial (46083 or 46083.35 with the time). */
export function parseDate(text: string): string | null {
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})/.exec(text) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  let iso: string | null = null;
  if (m) iso = `${m[1]}-${pad(Number(m[2]))}-${pad(Number(m[3]))}`;
  else if (/^\d{5}(\.\d+)?$/.test(text)) iso = new Date(EXCEL_EPOCH + Math.floor(Number(text)) * 86_400_000).toISOString().slice(0, 10);
  if (!iso) return null;
  const d = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso ? null : iso;
}

/** Minutes after midnight of 08:30, 8:30:15, 2026-03-02 08:30, or an Excel time (0.354…) or date-time serial. */
export function parseTime(text: string): number | null {
  const m = /(?:^|\s|T)(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(text);
  if (m) {
    const h = Number(m[1]);
    const min = Number(m[2]);
    return h < 24 && min < 60 ? h * 60 + min : null;
  }
  if (/^\d*\.\d+$|^\d{5}\.\d+$/.test(text)) return Math.round((Number(text) % 1) * 1440);
  return null;
}

/**
 * The date and 学时 of a row. An explicit 学时 wins; else the time from sign-in to sign-out in whole 学时, rounded down
 * (attendance is kept in whole 课时) and capped at the day's maximum.
 */
export function rowDay(cell: (field: MachineColumn) => string): { date: string; hours: number; checkIn: string | null } {
  const dateText = cell('date') || cell('check_in');
  const date = parseDate(dateText);
  if (!date) throw new MachineCellError('date', dateText ? `「日期」的值「${dateText}」无法识别，请写成 2026-03-02` : '「日期」为空');
  const inText = cell('check_in');
  const inMin = inText ? parseTime(inText) : null;
  if (inText && inMin === null) throw new MachineCellError('check_in', `「签到时间」的值「${inText}」无法识别，请写成 08:30`);
  const checkIn = inMin === null ? null : `${date}T${pad(Math.floor(inMin / 60))}:${pad(inMin % 60)}:00+08:00`;
  const hoursText = cell('hours');
  if (hoursText) {
    const h = Number(hoursText);
    if (!Number.isInteger(h) || h < 1) throw new MachineCellError('hours', `「学时」应为 1 到 ${MAX_SESSION_HOURS} 的整数，现为「${hoursText}」`);
    if (h > MAX_SESSION_HOURS) throw new MachineCellError('hours', `「学时」${h} 超过每天最多 ${MAX_SESSION_HOURS} 学时`);
    return { date, hours: h, checkIn };
  }
  const outText = cell('check_out');
  if (!inText || !outText) throw new MachineCellError(inText ? 'check_out' : 'check_in', `缺少${inText ? '签退' : '签到'}时间，无法计算学时`);
  const outMin = parseTime(outText);
  if (outMin === null) throw new MachineCellError('check_out', `「签退时间」的值「${outText}」无法识别，请写成 17:30`);
  const hours = Math.min(MAX_SESSION_HOURS, Math.floor((outMin - inMin!) / 60));
  if (hours < 1) throw new MachineCellError('check_out', `签到 ${inText} 至签退 ${outText} 不足 1 学时`);
  return { date, hours, checkIn };
}
