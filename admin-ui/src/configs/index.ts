// The configs resource (配置文档): catalogs, rule sets, forms and guides per region node, edited as drafts and published.
import Icon from '@mui/icons-material/Tune';
import type { RaRecord } from 'react-admin';
import { lazyView } from '../common/lazyView';

export default {
  list: lazyView(() => import('./ConfigList'), 'ConfigList'),
  show: lazyView(() => import('./ConfigShow'), 'ConfigShow'),
  edit: lazyView(() => import('./ConfigEdit'), 'ConfigEdit'),
  create: lazyView(() => import('./ConfigCreate'), 'ConfigCreate'),
  icon: Icon,
  recordRepresentation: (record: RaRecord) => `${record.title ?? record.key} v${record.doc_version}`,
};
