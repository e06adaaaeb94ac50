// The sms_outbox resource (短信发件箱): read-only list of the messages the built-in SMS adapter keeps.
import Icon from '@mui/icons-material/Sms';
import { lazyView } from '../common/lazyView';

export default { list: lazyView(() => import('./SmsOutboxList'), 'SmsOutboxList'), icon: Icon };
