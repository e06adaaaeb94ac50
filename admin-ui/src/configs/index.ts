// The configs resource (配置文档): catalogs, rule sets, forms and guides per region node; read-only for now.
import Icon from '@mui/icons-material/Tune';
import type { RaRecord } from 'react-admin';
import { ConfigList } from './ConfigList';
import { ConfigShow } from './ConfigShow';

export default {
  list: ConfigList,
  show: ConfigShow,
  icon: Icon,
  recordRepresentation: (record: RaRecord) => `${record.title ?? record.key} v${record.version}`,
};
