// JsonTextArea: a monospace editor for a document body (JSON), with a line count and no spell-checking.
import { TextField } from '@mui/material';

export const JsonTextArea = ({ value, onChange, label, readOnly }: { value: string; onChange: (text: string) => void; label: string; readOnly?: boolean }) => (
  <TextField
    label={label}
    value={value}
    onChange={(e) => onChange(e.target.value)}
    multiline
    minRows={20}
    maxRows={40}
    fullWidth
    slotProps={{
      input: { readOnly, sx: { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', fontSize: 13 } },
      htmlInput: { spellCheck: false, 'data-testid': 'json-body' },
    }}
  />
);
