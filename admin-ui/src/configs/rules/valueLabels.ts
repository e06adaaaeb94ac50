// Names of code values in rule conditions (returnee → 返乡农牧民工), from the enums whose codes are words.
import { ENUMS, type EnumName } from '../../common/enums';

const WORD_ENUMS: EnumName[] = [
  'worker_category', 'worker_trait', 'training_kind', 'program_mode', 'delivery', 'target_group', 'claim_type', 'orientation',
  'assessment_result', 'certificate_kind', 'area_type', 'education', 'employment_status', 'institution_kind',
];

export const valueLabeller = (translate: (key: string) => string) => (value: string): string | undefined => {
  const name = WORD_ENUMS.find((e) => (ENUMS[e] as readonly (string | number)[]).includes(value));
  return name ? translate(`steppe.enums.${name}.${value}`) : undefined;
};
