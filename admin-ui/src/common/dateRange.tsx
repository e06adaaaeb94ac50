// dateRange: the pair of list filters `<field>_gte` / `<field>_lte` for a date column.
import { DateInput } from 'react-admin';

export const dateRange = (field: string) => [
  <DateInput key={`${field}_gte`} source={`${field}_gte`} />,
  <DateInput key={`${field}_lte`} source={`${field}_lte`} />,
];
