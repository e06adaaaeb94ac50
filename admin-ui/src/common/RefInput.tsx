// RefInput: pick a record of another resource by searching it (`q`), shown by its recordRepresentation.
import { AutocompleteInput, ReferenceInput, type Validator } from 'react-admin';

export interface RefInputProps {
  source: string;
  reference: string;
  validate?: Validator | Validator[];
  filter?: Record<string, unknown>;
  alwaysOn?: boolean;
  disabled?: boolean;
  label?: string;
}

export const RefInput = ({ source, reference, validate, filter, disabled, label }: RefInputProps) => (
  <ReferenceInput source={source} reference={reference} filter={filter}>
    <AutocompleteInput validate={validate} disabled={disabled} label={label} />
  </ReferenceInput>
);
