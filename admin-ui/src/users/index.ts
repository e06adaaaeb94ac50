// The users resource (用户): console accounts, each with a role, a region node and perhaps an institution.
import Icon from '@mui/icons-material/ManageAccounts';
import type { RaRecord } from 'react-admin';
import { UserCreate } from './UserCreate';
import { UserEdit } from './UserEdit';
import { UserList } from './UserList';
import { UserShow } from './UserShow';

export default {
  list: UserList,
  show: UserShow,
  edit: UserEdit,
  create: UserCreate,
  icon: Icon,
  recordRepresentation: (record: RaRecord) => `${record.display_name}（${record.username}）`,
};
