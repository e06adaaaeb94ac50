// The job_postings resource (岗位信息): vacancies to recommend to trained workers by certificate level (R5).
import Icon from '@mui/icons-material/Work';
import { JobPostingCreate } from './JobPostingCreate';
import { JobPostingEdit } from './JobPostingEdit';
import { JobPostingList } from './JobPostingList';
import { JobPostingShow } from './JobPostingShow';

export default {
  list: JobPostingList,
  show: JobPostingShow,
  edit: JobPostingEdit,
  create: JobPostingCreate,
  icon: Icon,
  recordRepresentation: 'title',
};
