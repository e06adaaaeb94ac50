// The intentions resource (意愿登记; the three 台账 of ledgers/ are views of it): a worker's stated wish for training, evaluation or a job (R3).
import Icon from '@mui/icons-material/RecordVoiceOver';
import type { RaRecord } from 'react-admin';
import { IntentionCreate } from './IntentionCreate';
import { IntentionEdit } from './IntentionEdit';
import { IntentionList } from './IntentionList';
import { IntentionShow } from './IntentionShow';

export default {
  list: IntentionList,
  show: IntentionShow,
  edit: IntentionEdit,
  create: IntentionCreate,
  icon: Icon,
  recordRepresentation: (record: RaRecord) => `#${record.id} ${record.stated_on ?? ''}`.trim(),
};
