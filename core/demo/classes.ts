// Demo classes: what each demo institution teaches, from the catalog in force in its 盟市.
import type { Program } from '../entities/programs.js';

export interface DemoClass {
  institution: number; // index into DEMO_INSTITUTIONS
  occupation: string;
  level: Program['level'];
  kind: Program['training_kind'];
  mode: Program['mode'];
  delivery: Program['delivery'];
  target?: Program['target_group'];
}

export const DEMO_CLASSES: DemoClass[] = [
  { institution: 0, occupation: 'NM-150100-01', level: '5', kind: 'employment_skills', mode: 'order', delivery: 'offline' },
  { institution: 0, occupation: '4-10-01-06', level: '5', kind: 'employment_skills', mode: 'open', delivery: 'offline', target: 'older' },
  { institution: 1, occupation: '6-31-01-03', level: '4', kind: 'upgrade', mode: 'post', delivery: 'blended' },
  { institution: 1, occupation: '4-03-02-01', level: '5', kind: 'employment_skills', mode: 'open', delivery: 'offline' },
  { institution: 2, occupation: '6-18-02-04', level: '5', kind: 'employment_skills', mode: 'order', delivery: 'offline' },
  { institution: 2, occupation: 'NM-150200-01', level: '5', kind: 'pre_job', mode: 'directed', delivery: 'offline' },
  { institution: 3, occupation: '4-10-01-05', level: '5', kind: 'employment_skills', mode: 'open', delivery: 'offline', target: 'older' },
  { institution: 3, occupation: '4-10-01-02', level: '5', kind: 'employment_skills', mode: 'open', delivery: 'offline' },
  { institution: 4, occupation: '6-31-01-03', level: '5', kind: 'employment_skills', mode: 'directed', delivery: 'offline' },
  { institution: 4, occupation: 'NM-150000-04', level: 'special', kind: 'employment_skills', mode: 'project', delivery: 'offline' },
  { institution: 5, occupation: 'NM-150000-03', level: '5', kind: 'employment_skills', mode: 'open', delivery: 'offline' },
  { institution: 5, occupation: '4-01-02-02', level: '5', kind: 'new_forms', mode: 'open', delivery: 'online', target: 'youth' },
  { institution: 6, occupation: 'NM-150000-07', level: 'special', kind: 'employment_skills', mode: 'open', delivery: 'offline' },
  { institution: 6, occupation: 'NM-150000-09', level: 'special', kind: 'entrepreneurship', mode: 'project', delivery: 'blended' },
  { institution: 7, occupation: '4-02-07-02', level: '5', kind: 'employment_skills', mode: 'order', delivery: 'offline' },
  { institution: 8, occupation: '5-05-01-02', level: '5', kind: 'employment_skills', mode: 'open', delivery: 'offline' },
];

export const DEMO_CHANNELS = ['public_platform', 'gig_market', 'service_station', 'app', 'outreach'] as const;

export const DEMO_EMPLOYERS = ['示例乳业有限公司', '示例钢铁集团', '示例建筑工程公司', '示例家政服务公司', '示例物流有限公司', '示例能源化工公司', '示例电商产业园'];
