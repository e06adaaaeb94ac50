// The attendance machine's file imported as a durable job: rows matched to the class's enrolments by ID number, each
// good row written through the same attendance write as a session (one savepoint per row), the others reported by row.
import type { Knex } from 'knex';
import { badRequest, ApiError } from '../http/errors.js';
import { maskIdNumber, maskText } from '../pii/mask.js';
import type { BatchOutcome, JobDefinition, RowError } from '../jobs/types.js';
import { sheetRows, type SheetRow } from '../excel/read-stream.js';
import { layoutProblem, machineLayout, MachineCellError, rowDay, type MachineColumn } from './machine-columns.js';
import { putAttendance } from './record.js';
import { sessionProgram } from './session.js';

export interface MachineImportParams {
  filename: string;
  program_id: number;
}

const BATCH_ROWS = 200;

interface Enrolment { id: number; name: string }
interface Planned { enrolment: Enrolment; day: ReturnType<typeof rowDay> }

export const attendanceImportJob: JobDefinition<MachineImportParams> = {
  kind: 'attendance_import',
  label: '导入考勤机记录',
  async run(job) {
    const { services, ctx, params } = job;
    const program = await sessionProgram(services, ctx, params.program_id, 'c');
    const rows: SheetRow[] = [];
    for await (const r of sheetRows(params.filename, job.readFile('input'))) {
      if (rows.length > services.env.IMPORT_MAX_ROWS) throw badRequest(`一次最多导入 ${services.env.IMPORT_MAX_ROWS} 行，请分批导入`, 'file');
      rows.push(r);
    }
    const [head, ...data] = rows;
    if (!head) throw badRequest('文件中没有内容', 'file');
    if (data.length === 0) throw badRequest('文件只有表头，没有数据行', 'file');
    const headers = head.cells.map((h) => h.trim());
    const layout = machineLayout(headers);
    const problem = layoutProblem(layout);
    if (problem) throw badRequest(problem, 'file');
    if (job.job.total !== data.length) await job.setTotal(data.length);
    await job.note({ headers, program_id: program.id });

    // The class's enrolments by the blind index of their ID number: a file's numbers are never decrypted against the table.
    const enrolments = new Map<string, Enrolment>();
    const listed = await services.db.knex('enrollments').join('workers', 'workers.id', 'enrollments.worker_id').where('enrollments.program_id', program.id)
      .select('enrollments.id', 'workers.name', 'workers.id_number_idx');
    for (const e of listed) enrolments.set(e.id_number_idx, { id: Number(e.id), name: e.name });

    const cellOf = (r: SheetRow) => (field: MachineColumn) => (layout[field] === undefined ? '' : (r.cells[layout[field]!] ?? '').trim());
    const error = (r: SheetRow, field: string | null, message: string): RowError => ({
      row: r.row, field, message: maskText(message),
      cells: Object.fromEntries(headers.map((h, i) => [h, i === layout.id_number ? maskIdNumber(r.cells[i] ?? '') : r.cells[i] ?? ''])),
    });
    // Read and matched before any write (and so the same on every attempt of a batch): the day to write, or why not.
    const firstRowOf = new Map<string, number>();
    const check = (r: SheetRow): RowError | Planned => {
      const cell = cellOf(r);
      const id = cell('id_number').toUpperCase();
      if (!id) return error(r, 'id_number', '「身份证号」为空');
      const enrolment = enrolments.get(services.pii.blindIndex(id));
      if (!enrolment) return error(r, 'id_number', `身份证号 ${maskIdNumber(id)} 不是培训班「${program.name}」的报名学员，未导入`);
      const name = cell('name');
      if (name && name !== enrolment.name) return error(r, 'name', `姓名「${name}」与该身份证号的报名学员「${enrolment.name}」不符，未导入`);
      let day;
      try {
        day = rowDay(cell);
      } catch (err) {
        if (err instanceof MachineCellError) return error(r, err.field, err.message);
        throw err;
      }
      const key = `${enrolment.id}:${day.date}`;
      const earlier = firstRowOf.get(key);
      if (earlier !== undefined) return error(r, 'date', `${enrolment.name} ${day.date} 的考勤在本文件第 ${earlier} 行已有，未重复导入`);
      firstRowOf.set(key, r.row);
      return { enrolment, day };
    };
    const planned = data.map(check);

    const writeRow = async (trx: Knex.Transaction, r: SheetRow, plan: RowError | Planned): Promise<RowError | number> => {
      if (!('enrolment' in plan)) return plan;
      const { enrolment, day } = plan;
      try {
        // A savepoint per row: a row the attendance rules refuse (a date outside the class, a withdrawn person) leaves the others.
        await trx.transaction((sp) => putAttendance(sp, services, ctx, { enrollment_id: enrolment.id, session_date: day.date, hours: day.hours, check_in_at: day.checkIn }));
      } catch (err) {
        if (err instanceof ApiError) return error(r, err.field === 'session_date' ? 'date' : err.field ?? null, `${enrolment.name}：${err.message}`);
        throw err;
      }
      return enrolment.id;
    };

    const committed = await job.committedBatches();
    for (let no = 0; no * BATCH_ROWS < data.length; no++) {
      const batch = data.slice(no * BATCH_ROWS, (no + 1) * BATCH_ROWS);
      if (committed.has(no)) continue;
      await job.batch(no, async (trx): Promise<BatchOutcome> => {
        const errors: RowError[] = [];
        const written: Array<[number, number]> = [];
        for (const [k, r] of batch.entries()) {
          const outcome = await writeRow(trx, r, planned[no * BATCH_ROWS + k]);
          if (typeof outcome === 'number') written.push([r.row, outcome]);
          else errors.push(outcome);
        }
        return { processed: batch.length, succeeded: written.length, failed: errors.length, firstRow: batch[0].row, lastRow: batch.at(-1)!.row, written, errors };
      });
    }
    const { succeeded, failed } = job.job;
    await services.audit.appendNow(services.db.knex, ctx, { action: 'import', resource: 'attendance', recordId: job.job.id, changes: { job_id: job.job.id, program_id: program.id, filename: params.filename, processed: data.length, succeeded, failed } });
    return { message: `共 ${data.length} 行：成功导入 ${succeeded} 行，失败 ${failed} 行` };
  },
};
