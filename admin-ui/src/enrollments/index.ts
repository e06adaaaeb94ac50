// The enrollments resource (培训报名): a worker in a class, through to completion and assessment.
import Icon from '@mui/icons-material/HowToReg';
import type { RaRecord } from 'react-admin';
import { EnrollmentCreate } from './EnrollmentCreate';
import { EnrollmentEdit } from './EnrollmentEdit';
import { EnrollmentList } from './EnrollmentList';
import { EnrollmentShow } from './EnrollmentShow';

export default {
  list: EnrollmentList,
  show: EnrollmentShow,
  edit: EnrollmentEdit,
  create: EnrollmentCreate,
  icon: Icon,
  recordRepresentation: (record: RaRecord) => `#${record.id} ${record.enrolled_on ?? ''}`.trim(),
};
