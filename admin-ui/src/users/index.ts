// The users resource (用户): console accounts, each with a role, a region node and perhaps an institution.
import Icon from '@mui/icons-material/ManageAccounts';
import type { RaRecord } from 'react-admin';
import { lazyView } from '../common/lazyView';

export default {
  list: lazyView(() => import('./UserList'), 'UserList'),
  show: lazyView(() => import('./UserShow'), 'UserShow'),
  edit: lazyView(() => import('./UserEdit'), 'UserEdit'),
  create: lazyView(() => import('./UserCreate'), 'UserCreate'),
  icon: Icon,
  recordRepresentation: (record: RaRecord) => `${record.display_name}（${record.username}）`,
};
