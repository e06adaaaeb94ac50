// ApproveDialog: approve a claim from a fund source, for the rules' amount or less (yuan typed, fen sent).
import { useState } from 'react';
import { Dialog, DialogActions, DialogContent, DialogTitle, TextField, Typography } from '@mui/material';
import { useTranslate, type RaRecord } from 'react-admin';
import { Button } from '../../common/Button';
import { fenToYuanText, formatFen, yuanTextToFen } from '../../common/money';
import { FundSourceSelect } from './FundSourceSelect';

interface Props {
  record: RaRecord;
  open: boolean;
  busy: boolean;
  limitFen: number | null;
  onClose: () => void;
  onApprove: (body: { fund_source_id: number; amount_fen?: number }) => void;
}

export const ApproveDialog = ({ record, open, busy, limitFen, onClose, onApprove }: Props) => {
  const translate = useTranslate();
  const [fund, setFund] = useState(record.fund_source_id ? String(record.fund_source_id) : '');
  const [amount, setAmount] = useState(limitFen ? fenToYuanText(limitFen) : '');
  const fen = yuanTextToFen(amount);
  const tooMuch = limitFen !== null && typeof fen === 'number' && fen > limitFen;
  const valid = fund !== '' && (amount === '' || (typeof fen === 'number' && fen > 0 && !tooMuch));
  const approve = () => onApprove({ fund_source_id: Number(fund), ...(typeof fen === 'number' ? { amount_fen: fen } : {}) });
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>{translate('steppe.claims.approve_title', { id: record.id })}</DialogTitle>
      <DialogContent>
        {limitFen !== null && (
          <Typography variant="body2" gutterBottom>{translate('steppe.claims.rule_amount', { amount: formatFen(limitFen) })}</Typography>
        )}
        <FundSourceSelect value={fund} onChange={setFund} />
        <TextField fullWidth margin="dense" label={translate('steppe.claims.approve_amount')} value={amount}
          onChange={(e) => setAmount(e.target.value)} error={tooMuch || fen === undefined}
          helperText={translate(tooMuch ? 'steppe.claims.amount_over_limit' : 'steppe.money.yuan_help')} />
      </DialogContent>
      <DialogActions>
        <Button label="ra.action.cancel" onClick={onClose} />
        <Button label="steppe.claims.action.approve" variant="contained" onClick={approve} disabled={!valid || busy} />
      </DialogActions>
    </Dialog>
  );
};
