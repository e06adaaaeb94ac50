// The institutions resource (培训机构): training providers chosen (遴选) for subsidised training.
import Icon from '@mui/icons-material/School';
import { InstitutionCreate } from './InstitutionCreate';
import { InstitutionEdit } from './InstitutionEdit';
import { InstitutionList } from './InstitutionList';
import { InstitutionShow } from './InstitutionShow';

export default {
  list: InstitutionList,
  show: InstitutionShow,
  edit: InstitutionEdit,
  create: InstitutionCreate,
  icon: Icon,
  recordRepresentation: 'name',
};
