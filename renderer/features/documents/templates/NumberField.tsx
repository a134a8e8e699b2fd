import { TextField } from '@mui/material';
import { useState } from 'react';
import type { ReactNode } from 'react';

/**
 * A number in millimetres, points or em. The text is kept while typing ("12." is not yet a
 * number); the value changes whenever it parses.
 */
export function NumberField({ label, value, onChange, step = 1, min = 0, max, disabled }: { label: string; value: number; onChange: (value: number) => void; step?: number; min?: number; max?: number; disabled?: boolean }): ReactNode {
  const [text, setText] = useState(String(value));
  const [last, setLast] = useState(value);
  if (value !== last) {
    setLast(value);
    setText(String(value));
  }
  const parsed = Number(text);
  const invalid = text.trim() === '' || !Number.isFinite(parsed) || parsed < min || (max !== undefined && parsed > max);
  return (
    <TextField
      size="small"
      type="number"
      label={label}
      value={text}
      disabled={disabled}
      error={invalid}
      onChange={(event) => {
        setText(event.target.value);
        const next = Number(event.target.value);
        if (event.target.value.trim() !== '' && Number.isFinite(next)) {
          setLast(next);
          onChange(next);
        }
      }}
      slotProps={{ htmlInput: { step, min, max } }}
      sx={{ width: 130 }}
    />
  );
}
