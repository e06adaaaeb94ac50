// The configs resource (配置文档): catalogs, rule sets, forms and guides per region node, edited as drafts and published.
import Icon from '@mui/icons-material/Tune';
import type { RaRecord } from 'react-admin';
import { ConfigCreate } from './ConfigCreate';
import { ConfigEdit } from './ConfigEdit';
import { ConfigList } from './ConfigList';
import { ConfigShow } from './ConfigShow';

export default {
  list: ConfigList,
  show: ConfigShow,
  edit: ConfigEdit,
  create: ConfigCreate,
  icon: Icon,
  recordRepresentation: (record: RaRecord) => `${record.title ?? record.key} v${record.doc_version}`,
};
