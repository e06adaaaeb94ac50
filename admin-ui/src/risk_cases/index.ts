// The risk_cases resource (风险隐患清单): cases found by the risk checks, moved only by their actions.
import Icon from '@mui/icons-material/ReportProblem';
import type { RaRecord } from 'react-admin';
import { RiskCaseList } from './RiskCaseList';
import { RiskCaseShow } from './RiskCaseShow';

export default {
  list: RiskCaseList,
  show: RiskCaseShow,
  icon: Icon,
  recordRepresentation: (record: RaRecord) => `#${record.id} ${record.title}`,
};
