// MoneyInput: edits an integer `*_fen` amount as yuan text; the form value stays integer fen.
import { useEffect, useState } from 'react';
import { InputAdornment, TextField } from '@mui/material';
import {
  FieldTitle, InputHelperText, useInput, useResourceContext, type InputProps, type Validator,
} from 'react-admin';
import { fenToYuanText, yuanTextToFen } from './money';

// Text that is not an amount is kept in the form as a string, so that this validator reports it.
const isFen: Validator = (value) =>
  value == null || Number.isInteger(value) ? undefined : 'steppe.validation.money';

export const MoneyInput = ({ label, helperText, validate, ...props }: InputProps & { label?: string }) => {
  const resource = useResourceContext(props);
  const { id, field, fieldState, formState, isRequired } = useInput({
    ...props,
    validate: [isFen, ...(validate ? [validate].flat() : [])],
  });
  const [text, setText] = useState(Number.isInteger(field.value) ? fenToYuanText(field.value) : '');
  useEffect(() => {
    // Follow changes made outside this input (record loaded, form reset).
    if (field.value == null && yuanTextToFen(text) != null) setText('');
    if (Number.isInteger(field.value) && yuanTextToFen(text) !== field.value) setText(fenToYuanText(field.value));
  }, [field.value]); // eslint-disable-line react-hooks/exhaustive-deps
  const showError = fieldState.invalid && (fieldState.isTouched || formState.isSubmitted);
  return (
    <TextField
      id={id}
      name={field.name}
      value={text}
      onBlur={field.onBlur}
      onChange={(event) => {
        setText(event.target.value);
        const fen = yuanTextToFen(event.target.value);
        field.onChange(fen === undefined ? event.target.value : fen);
      }}
      label={<FieldTitle label={label} source={props.source} resource={resource} isRequired={isRequired} />}
      error={showError}
      helperText={
        <InputHelperText error={showError ? fieldState.error?.message : undefined} helperText={helperText ?? 'steppe.money.yuan_help'} />
      }
      className="ra-input"
      slotProps={{
        input: { startAdornment: <InputAdornment position="start">¥</InputAdornment> },
        htmlInput: { inputMode: 'decimal' },
      }}
    />
  );
};
