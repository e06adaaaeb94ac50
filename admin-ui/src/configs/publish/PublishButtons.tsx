// PublishButtons: 「发布」 for a draft (after its diff) and 「停用」 for a published version; administrators only.
import { useState } from 'react';
import PublishIcon from '@mui/icons-material/Publish';
import BlockIcon from '@mui/icons-material/Block';
import { Confirm, useNotify, usePermissions, useRecordContext, useRefresh } from 'react-admin';
import { Button } from '../../common/Button';
import { isAdmin } from '../../permissions';
import { apiPost } from '../../providers/api';
import { PublishDialog } from './PublishDialog';
import { CaseReviewButtons } from './CaseReviewButtons';

export const PublishButtons = () => {
  const record = useRecordContext();
  const { permissions } = usePermissions();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState<'publish' | 'retire' | null>(null);
  const [busy, setBusy] = useState(false);
  if (!record || !isAdmin(permissions)) return null;
  // A typical case is published through review, not directly.
  if (record.kind === 'case' && record.state !== 'published') return <CaseReviewButtons />;
  const act = (action: 'publish' | 'retire') => {
    setBusy(true);
    apiPost(`/configs/${record.id}/${action}`)
      .then(() => { notify(`steppe.publish.done.${action}`, { type: 'success' }); setOpen(null); refresh(); })
      .catch((e: Error) => notify(e.message, { type: 'error', multiLine: true }))
      .finally(() => setBusy(false));
  };
  return (
    <>
      {record.state === 'draft' && <Button label="steppe.publish.publish" variant="contained" onClick={() => setOpen('publish')}><PublishIcon /></Button>}
      {record.state === 'published' && <Button label="steppe.publish.retire" color="error" onClick={() => setOpen('retire')}><BlockIcon /></Button>}
      {open === 'publish' && <PublishDialog record={record} busy={busy} onClose={() => setOpen(null)} onPublish={() => act('publish')} />}
      <Confirm isOpen={open === 'retire'} loading={busy} title="steppe.publish.retire_title" content="steppe.publish.retire_content"
        titleTranslateOptions={{ title: record.title }} onConfirm={() => act('retire')} onClose={() => setOpen(null)} />
    </>
  );
};
