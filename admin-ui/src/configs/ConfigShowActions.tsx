// ConfigShowActions: edit a draft, publish or retire, or start a new draft from this version.
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import { EditButton, TopToolbar, useNotify, usePermissions, useRecordContext, useRedirect } from 'react-admin';
import { Button } from '../common/Button';
import { today } from '../common/dates';
import { isAdmin } from '../permissions';
import { apiPost } from '../providers/api';
import { PublishButtons } from './publish/PublishButtons';

export const ConfigShowActions = () => {
  const record = useRecordContext();
  const { permissions } = usePermissions();
  const notify = useNotify();
  const redirect = useRedirect();
  if (!record) return null;
  const copy = () =>
    apiPost<{ id: number }>('/configs', {
      node_code: record.node_code, kind: record.kind, key: record.key, mode: record.mode, title: record.title,
      effective_from: today(), effective_to: null, body: record.body,
    })
      .then((r) => redirect('edit', 'configs', r.id))
      .catch((e: Error) => notify(e.message, { type: 'error', multiLine: true }));
  return (
    <TopToolbar>
      {record.state === 'draft' && <EditButton />}
      {record.state !== 'draft' && isAdmin(permissions) && <Button label="steppe.publish.new_draft" onClick={copy}><ContentCopyIcon /></Button>}
      <PublishButtons />
    </TopToolbar>
  );
};
