// The regions resource (行政区划): the GB/T 2260 tree whose nodes own users, workers and configuration.
import Icon from '@mui/icons-material/Map';
import type { RaRecord } from 'react-admin';
import { RegionCreate } from './RegionCreate';
import { RegionEdit } from './RegionEdit';
import { RegionList } from './RegionList';
import { RegionShow } from './RegionShow';

export default {
  list: RegionList,
  show: RegionShow,
  edit: RegionEdit,
  create: RegionCreate,
  icon: Icon,
  recordRepresentation: (record: RaRecord) => `${record.name}（${record.id}）`,
};
