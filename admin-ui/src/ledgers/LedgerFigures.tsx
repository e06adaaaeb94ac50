// LedgerFigures: what the ledger lists, counted both ways: wishes (条, 人次) and the people behind them (人), open and
// placed, for the filter the list shows (GET /api/reports/ledger).
import { useEffect, useState } from 'react';
import { Alert } from '@mui/material';
import { useListContext, useTranslate } from 'react-admin';
import { apiGet, query } from '../providers/api';
import type { Ledger } from './ledgers';

interface Figures { wishes: number; workers: number; open_wishes: number; open_workers: number; placed_wishes: number; placed_workers: number }

export const LedgerFigures = ({ ledger }: { ledger: Ledger }) => {
  const translate = useTranslate();
  const { filterValues, total } = useListContext();
  const [figures, setFigures] = useState<Figures | null>(null);
  const q = query({ filter: { ...filterValues, ...ledger.filter } });
  useEffect(() => {
    let live = true;
    apiGet<Figures>(`/reports/ledger${q}`).then((f) => live && setFigures(f)).catch(() => live && setFigures(null));
    return () => { live = false; };
  }, [q, total]);
  if (!figures || figures.wishes === 0) return null;
  return <Alert severity="success" icon={false} sx={{ mx: 2, mb: 1 }} data-testid="ledger-figures">{translate('steppe.ledgers.figures', figures)}</Alert>;
};
