// The value type of each path the built-in facts declare, for the rule builder's operators and value editors.
import type { PluginRegistry } from '../plugins/loader.js';
import { CLAIM_TYPES, CLAIM_TYPE_LABELS, LEVEL_LABELS, TRAINING_KIND_LABELS } from './kinds/index.js';

/**
 * `number`, `integer`, `ratio` (0..1), `fen`, `boolean`, `date`, `text`, `region` (a node of the
 * region tree), `occupation` (a catalog entry), `choice` (with `choices`), `list` (an array).
 */
export interface FieldType {
  type: 'number' | 'integer' | 'ratio' | 'fen' | 'boolean' | 'date' | 'text' | 'region' | 'occupation' | 'choice' | 'list';
  choices?: Record<string, string>;
}

const CATEGORIES = { rural_transfer: '农村转移劳动力', returnee: '返乡农牧民工', poverty_exited: '脱贫劳动力', employed: '在岗农牧民工' };
const choice = (choices: Record<string, string>): FieldType => ({ type: 'choice', choices });
const t = (type: FieldType['type']): FieldType => ({ type });

/** The built-in plugins' paths; a plugin may declare its own through `FactDefinition.types`. */
export const BUILT_IN_TYPES: Record<string, Record<string, FieldType>> = {
  idCard: { '$.valid': t('boolean'), '$.age': t('integer'), '$.birthDate': t('date'), '$.birthRegionCode': t('region'), '$.gender': choice({ male: '男', female: '女' }) },
  claim: { '$.type': choice({ ...Object.fromEntries(CLAIM_TYPES.map((c) => [c, CLAIM_TYPE_LABELS[c]])) }), '$.regionCode': t('region'), '$.leagueCode': t('region'), '$.claimDate': t('date'), '$.requestedFen': t('fen') },
  worker: { '$.category': choice(CATEGORIES), '$.traits': t('list'), '$.regionCode': t('region') },
  program: {
    '$.occupationCode': t('occupation'), '$.level': choice(LEVEL_LABELS), '$.trainingKind': choice(TRAINING_KIND_LABELS),
    '$.mode': choice({ order: '订单式', directed: '定向式', post: '定岗式', project: '项目制', open: '开放式' }), '$.delivery': choice({ online: '线上', offline: '线下', blended: '线上线下结合' }),
    '$.hours': t('integer'), '$.targetGroup': t('text'), '$.subsidised': t('boolean'), '$.startDate': t('date'), '$.endDate': t('date'),
    '$.institutionApproved': t('boolean'), '$.institutionId': t('integer'),
  },
  certificate: { '$.present': t('boolean'), '$.kind': t('text'), '$.level': choice(LEVEL_LABELS), '$.occupationCode': t('occupation'), '$.matchesProgram': t('boolean'), '$.issuedOn': t('date'), '$.number': t('text') },
  catalogEntry: { '$.found': t('boolean'), '$.occupationCode': t('occupation'), '$.name': t('text'), '$.level': choice(LEVEL_LABELS), '$.standardFen': t('fen'), '$.minHours': t('integer'), '$.shortage': t('boolean'), '$.sourceNode': t('region') },
  attendance: { '$.attendedHours': t('number'), '$.plannedHours': t('number'), '$.completionRatio': t('ratio'), '$.completed': t('boolean'), '$.assessment': choice({ pass: '合格', fail: '不合格' }) },
  subsidyHistory: { '$.sameOccupationLevelCount': t('integer'), '$.priorClaims': t('list'), '$.pendingCount': t('integer'), '$.pendingClaims': t('list') },
  verification: { '$.identity': t('boolean'), '$.socialInsurance': t('boolean'), '$.povertyRegistry': t('boolean'), '$.certificateRegistry': t('boolean'), '$.results': t('list') },
  trainingBase: { '$.approved': t('boolean'), '$.areaType': t('text'), '$.level': t('text') },
  baseOutcome: { '$.periodTrainedCount': t('integer'), '$.certificateRate': t('ratio'), '$.employmentRate': t('ratio'), '$.rewardStandardFen': t('fen'), '$.tiltFactor': t('number') },
};

/** The type of every declared path of the loaded facts: the plugin's own declaration first, else the built-in table, else text. */
export function fieldTypes(plugins: PluginRegistry): Record<string, Record<string, FieldType>> {
  const out: Record<string, Record<string, FieldType>> = {};
  for (const [id, fact] of plugins.facts) {
    const declared = (fact as { types?: Record<string, FieldType> }).types ?? {};
    out[id] = Object.fromEntries(Object.keys(fact.fields ?? {}).map((p) => [p, declared[p] ?? BUILT_IN_TYPES[id]?.[p] ?? t('text')]));
  }
  return out;
}
