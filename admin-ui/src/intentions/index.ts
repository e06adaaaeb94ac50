// The intentions resource (培训意愿台账): a worker's stated wish for training, evaluation or a job (R3).
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
