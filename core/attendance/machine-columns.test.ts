// The attendance machine's cells read as dates and 学时: formats machines export, rounding down, the day's cap.
import { describe, expect, it } from 'vitest';
import { layoutProblem, machineLayout, parseDate, parseTime, rowDay, type MachineColumn } from './machine-columns.js';

const cells = (o: Partial<Record<MachineColumn, string>>) => (f: MachineColumn) => o[f] ?? '';

describe('attendance machine columns', () => {
  it('reads the dates and times machines write', () => {
    expect(['2026-03-02', '2026/3/2', '2026年3月2日', '20260302', '46083', '46083.375', '2026-03-02 08:30:00'].map(parseDate)).toEqual(Array(7).fill('2026-03-02'));
    expect(parseDate('2026-02-30')).toBeNull();
    expect(['08:30', '8:30:15', '2026-03-02 08:30', '0.3541666667', '46083.3541666667'].map(parseTime)).toEqual([510, 510, 510, 510, 510]);
    expect(parseTime('25:00')).toBeNull();
  });

  it('takes 学时 when given, else whole hours from sign-in to sign-out, rounded down and capped at 12', () => {
    expect(rowDay(cells({ date: '2026-03-02', hours: '6', check_in: '08:00', check_out: '17:00' }))).toEqual({ date: '2026-03-02', hours: 6, checkIn: '2026-03-02T08:00:00+08:00' });
    expect(rowDay(cells({ date: '2026-03-02', check_in: '08:10', check_out: '15:55' })).hours).toBe(7);
    expect(rowDay(cells({ check_in: '2026-03-02 06:00', check_out: '2026-03-02 21:00' }))).toMatchObject({ date: '2026-03-02', hours: 12 });
    expect(() => rowDay(cells({ date: '2026-03-02', check_in: '08:00', check_out: '08:40' }))).toThrow('不足 1 学时');
    expect(() => rowDay(cells({ date: '2026-03-02', hours: '13' }))).toThrow('超过每天最多 12 学时');
    expect(() => rowDay(cells({ date: '3月2日', hours: '6' }))).toThrow('「日期」的值「3月2日」无法识别');
    expect(() => rowDay(cells({ date: '2026-03-02', check_in: '08:00' }))).toThrow('缺少签退时间');
  });

  it('maps the headers and says what is missing', () => {
    const layout = machineLayout(['序号', '姓名', '身份证号码', '考勤日期', '签到时间', '签退时间']);
    expect(layout).toEqual({ name: 1, id_number: 2, date: 3, check_in: 4, check_out: 5 });
    expect(layoutProblem(layout)).toBeNull();
    expect(layoutProblem(machineLayout(['姓名', '工号', '日期', '学时']))).toContain('只有「工号」列');
    expect(layoutProblem(machineLayout(['身份证号', '日期', '签到时间']))).toContain('「学时」列');
  });
});
