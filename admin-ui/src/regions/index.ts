// The regions resource (行政区划): the GB/T 2260 tree whose nodes own users, workers and configuration.
import Icon from '@mui/icons-material/Map';
import type { RaRecord } from 'react-admin';
import { lazyView } from '../common/lazyView';

export default {
  list: lazyView(() => import('./RegionList'), 'RegionList'),
  show: lazyView(() => import('./RegionShow'), 'RegionShow'),
  edit: lazyView(() => import('./RegionEdit'), 'RegionEdit'),
  create: lazyView(() => import('./RegionCreate'), 'RegionCreate'),
  icon: Icon,
  recordRepresentation: (record: RaRecord) => `${record.name}（${record.id}）`,
};
