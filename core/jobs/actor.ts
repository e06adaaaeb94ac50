// The person a job acts for: rebuilt from jobs.created_by on whichever replica runs it, with their current role and scope.
import type { Knex } from 'knex';
import { badRequest } from '../http/errors.js';
import { systemContext, type RequestContext } from '../http/context.js';
import type { JobRow } from './types.js';

export async function jobActor(knex: Knex, job: JobRow): Promise<RequestContext> {
  const requestId = `job-${job.id}`;
  if (job.created_by === null) return systemContext(requestId);
  const row = await knex('users').join('regions', 'regions.id', 'users.region_code').where('users.id', job.created_by)
    .first('users.id', 'users.username', 'users.display_name', 'users.role', 'users.region_code', 'users.institution_id', 'users.active', 'regions.path as region_path');
  // A deactivated user's job stops: nobody may act in their name any more.
  if (!row || !row.active) throw badRequest('发起该任务的用户已停用，任务不能继续', 'created_by');
  return {
    requestId, ip: null,
    user: {
      id: Number(row.id), username: row.username, display_name: row.display_name, role: row.role, region_code: row.region_code,
      region_path: row.region_path, institution_id: row.institution_id === null ? null : Number(row.institution_id),
    },
  };
}
