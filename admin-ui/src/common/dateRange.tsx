// dateRange: the pair of list filters `<field>_gte` / `<field>_lte` for a date column (`alwaysOn` to show them at once).
import { DateInput } from 'react-admin';

export const dateRange = (field: string, { alwaysOn = false }: { alwaysOn?: boolean } = {}) => [
  <DateInput key={`${field}_gte`} source={`${field}_gte`} alwaysOn={alwaysOn} />,
  <DateInput key={`${field}_lte`} source={`${field}_lte`} alwaysOn={alwaysOn} />,
];
