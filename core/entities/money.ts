// Fund sources (资金来源) and budgets per node and year; reservations and spending are kept by the workflow.
import { ENUMS } from '../schemas/enums.js';
import { Type, type Static } from '@sinclair/typebox';
import { Bookkeeping, Fen, Id, Name, RegionCode, StringEnum } from '../schemas/common.js';

export const FUND_SOURCE_CODES = ENUMS.fund_source_code;

export const FundSource = Type.Object({
  id: Id,
  code: StringEnum(FUND_SOURCE_CODES),
  name: Name(),
  ...Bookkeeping,
});
export type FundSource = Static<typeof FundSource>;

export const Budget = Type.Object({
  id: Id,
  fund_source_id: Id,
  region_code: RegionCode,
  year: Type.Integer({ minimum: 2000, maximum: 2100 }),
  amount_fen: Fen,
  reserved_fen: Type.Integer({ minimum: 0, description: 'Reserved by approved, unpaid claims' }),
  spent_fen: Type.Integer({ minimum: 0, description: 'Paid out' }),
  ...Bookkeeping,
});
export type Budget = Static<typeof Budget>;
