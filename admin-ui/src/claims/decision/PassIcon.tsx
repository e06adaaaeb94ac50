// PassIcon: ✓ passed, ✗ failed, – not evaluated (the engine had already decided), each with its words for screen readers.
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import CancelIcon from '@mui/icons-material/Cancel';
import RemoveCircleOutlineIcon from '@mui/icons-material/RemoveCircleOutline';
import { Tooltip } from '@mui/material';
import { useTranslate } from 'react-admin';

export const PassIcon = ({ passed }: { passed: boolean | null }) => {
  const translate = useTranslate();
  const key = passed === null ? 'skipped' : passed ? 'passed' : 'failed';
  const label = translate(`steppe.decision.${key}`);
  const icon = passed === null ? <RemoveCircleOutlineIcon color="disabled" /> : passed ? <CheckCircleIcon color="success" /> : <CancelIcon color="error" />;
  return <Tooltip title={label}><span role="img" aria-label={label} style={{ display: 'inline-flex' }}>{icon}</span></Tooltip>;
};
