// The three ledgers (台账, R3): views of the intentions, each with a permanent filter the clerk cannot clear.
import type { ComponentType } from 'react';
import SchoolIcon from '@mui/icons-material/School';
import VerifiedIcon from '@mui/icons-material/Verified';
import WorkHistoryIcon from '@mui/icons-material/WorkHistory';

export interface Ledger {
  id: 'training' | 'evaluation' | 'job';
  /** Sent with every list and export request: only the wishes of this ledger. */
  filter: Record<string, boolean>;
  icon: ComponentType;
}

export const LEDGERS: readonly Ledger[] = [
  { id: 'training', filter: { wants_training: true }, icon: SchoolIcon },
  { id: 'evaluation', filter: { wants_evaluation: true }, icon: VerifiedIcon },
  { id: 'job', filter: { wants_job: true }, icon: WorkHistoryIcon },
];

export const ledgerPath = (ledger: Ledger) => `/ledgers/${ledger.id}`;
