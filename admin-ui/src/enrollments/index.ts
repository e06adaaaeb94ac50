// The enrollments resource (培训报名): a worker in a class, through to completion and assessment.
import Icon from '@mui/icons-material/HowToReg';
import type { RaRecord } from 'react-admin';
import { lazyView } from '../common/lazyView';

export default {
  list: lazyView(() => import('./EnrollmentList'), 'EnrollmentList'),
  show: lazyView(() => import('./EnrollmentShow'), 'EnrollmentShow'),
  edit: lazyView(() => import('./EnrollmentEdit'), 'EnrollmentEdit'),
  create: lazyView(() => import('./EnrollmentCreate'), 'EnrollmentCreate'),
  icon: Icon,
  recordRepresentation: (record: RaRecord) => `#${record.id} ${record.enrolled_on ?? ''}`.trim(),
};
