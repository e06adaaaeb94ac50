// The intentions resource (意愿登记; the three 台账 of ledgers/ are views of it): a worker's stated wish for training, evaluation or a job (R3).
import Icon from '@mui/icons-material/RecordVoiceOver';
import type { RaRecord } from 'react-admin';
import { lazyView } from '../common/lazyView';

export default {
  list: lazyView(() => import('./IntentionList'), 'IntentionList'),
  show: lazyView(() => import('./IntentionShow'), 'IntentionShow'),
  edit: lazyView(() => import('./IntentionEdit'), 'IntentionEdit'),
  create: lazyView(() => import('./IntentionCreate'), 'IntentionCreate'),
  icon: Icon,
  recordRepresentation: (record: RaRecord) => `#${record.id} ${record.stated_on ?? ''}`.trim(),
};
