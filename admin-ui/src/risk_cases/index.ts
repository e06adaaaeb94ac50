// The risk_cases resource (风险隐患清单): cases found by the risk checks, moved only by their actions.
import Icon from '@mui/icons-material/ReportProblem';
import type { RaRecord } from 'react-admin';
import { lazyView } from '../common/lazyView';

export default {
  list: lazyView(() => import('./RiskCaseList'), 'RiskCaseList'),
  show: lazyView(() => import('./RiskCaseShow'), 'RiskCaseShow'),
  icon: Icon,
  recordRepresentation: (record: RaRecord) => `#${record.id} ${record.title}`,
};
