// 「导入花名册」 on the worker list: shown to the roles that may add workers.
import { useState } from 'react';
import UploadIcon from '@mui/icons-material/UploadFile';
import { useCanAccess } from 'react-admin';
import { Button } from '../common/Button';
import { ImportRosterDialog } from './ImportRosterDialog';

export const ImportRosterButton = () => {
  const [open, setOpen] = useState(false);
  const { canAccess } = useCanAccess({ action: 'create', resource: 'workers' });
  if (!canAccess) return null;
  return (
    <>
      <Button label="steppe.excel.import" onClick={() => setOpen(true)}><UploadIcon /></Button>
      <ImportRosterDialog open={open} onClose={() => setOpen(false)} />
    </>
  );
};
