// The job_postings resource (岗位信息): vacancies to recommend to trained workers by certificate level (R5).
import Icon from '@mui/icons-material/Work';
import { lazyView } from '../common/lazyView';

export default {
  list: lazyView(() => import('./JobPostingList'), 'JobPostingList'),
  show: lazyView(() => import('./JobPostingShow'), 'JobPostingShow'),
  edit: lazyView(() => import('./JobPostingEdit'), 'JobPostingEdit'),
  create: lazyView(() => import('./JobPostingCreate'), 'JobPostingCreate'),
  icon: Icon,
  recordRepresentation: 'title',
};
