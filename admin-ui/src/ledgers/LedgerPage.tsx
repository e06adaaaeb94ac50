// LedgerPage: the route /ledgers/:kind; a fresh list per ledger (its own filters, kept apart from the others').
import { Alert } from '@mui/material';
import { useParams } from 'react-router-dom';
import { usePermissions, useTranslate } from 'react-admin';
import { canOpenPage } from '../permissions';
import { LEDGERS } from './ledgers';
import { LedgerList } from './LedgerList';

export const LedgerPage = () => {
  const { kind } = useParams();
  const { permissions, isPending } = usePermissions();
  const translate = useTranslate();
  const ledger = LEDGERS.find((l) => l.id === kind);
  if (isPending) return null;
  if (!ledger || !canOpenPage(permissions, 'ledgers')) return <Alert severity="warning" sx={{ m: 2 }}>{translate('ra.page.not_found')}</Alert>;
  return <LedgerList key={ledger.id} ledger={ledger} />;
};
