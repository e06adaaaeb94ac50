// The institutions resource (培训机构): training providers chosen (遴选) for subsidised training.
import Icon from '@mui/icons-material/School';
import { lazyView } from '../common/lazyView';

export default {
  list: lazyView(() => import('./InstitutionList'), 'InstitutionList'),
  show: lazyView(() => import('./InstitutionShow'), 'InstitutionShow'),
  edit: lazyView(() => import('./InstitutionEdit'), 'InstitutionEdit'),
  create: lazyView(() => import('./InstitutionCreate'), 'InstitutionCreate'),
  icon: Icon,
  recordRepresentation: 'name',
};
