// The sms_outbox resource (短信发件箱): read-only list of the messages the built-in SMS adapter keeps.
import Icon from '@mui/icons-material/Sms';
import { SmsOutboxList } from './SmsOutboxList';

export default { list: SmsOutboxList, icon: Icon };
