// EnumInput / EnumArrayInput: select one or several values of a data-model enum, labelled from i18n.
import { SelectArrayInput, SelectInput, type SelectArrayInputProps, type SelectInputProps } from 'react-admin';
import { choicesOf, type EnumName } from './enums';

type Props<P> = Omit<P, 'choices'> & { of: EnumName; only?: readonly (string | number)[] };

export const EnumInput = ({ of, only, ...props }: Props<SelectInputProps>) => (
  <SelectInput choices={choicesOf(of, only)} {...props} />
);

export const EnumArrayInput = ({ of, only, ...props }: Props<SelectArrayInputProps>) => (
  <SelectArrayInput choices={choicesOf(of, only)} {...props} />
);
