// RefInput: pick a record of another resource by typing part of its name; the server searches (GET /api/lookup) within
// what the user may see, so every match is offered, not only the first page.
import { AutocompleteInput, ReferenceInput, type Validator } from 'react-admin';
import { lookupResource } from '../providers/lookupProvider';

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
  <ReferenceInput source={source} reference={lookupResource(reference)} filter={filter} perPage={25}>
    <AutocompleteInput optionText="label" validate={validate} disabled={disabled} label={label} filterToQuery={(q) => ({ q })} />
  </ReferenceInput>
);
