import { IconButton } from '@mui/material';
import CalendarMonthOutlinedIcon from '@mui/icons-material/CalendarMonthOutlined';
import { useRef } from 'react';
import type { InputHTMLAttributes, ReactNode, Ref } from 'react';
import { useMessages } from '../../i18n/use-messages';
import { dateInputMessages } from './messages';

type InputProps = InputHTMLAttributes<HTMLInputElement> & { ref?: Ref<HTMLInputElement> };

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** Sets the visible field's value as typing would, so React and MUI see an ordinary change. */
function enter(input: HTMLInputElement, value: string): void {
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

/**
 * A date field's input that reads 2026-06-13 whatever the browser's language. Chromium draws a
 * native date input in the order of the browser's own locale (mm/dd/yyyy on an English system)
 * and ignores the page's `lang`, so in the Chinese interface the date is text in ISO order, the
 * very value the forms keep; the calendar stays one click away through a native picker.
 */
export function IsoDateInput({ ref, ...props }: InputProps): ReactNode {
  const t = useMessages(dateInputMessages);
  const visible = useRef<HTMLInputElement | null>(null);
  const picker = useRef<HTMLInputElement>(null);
  const value = typeof props.value === 'string' ? props.value : '';
  const setRefs = (element: HTMLInputElement | null): void => {
    visible.current = element;
    if (typeof ref === 'function') ref(element);
    else if (ref) ref.current = element;
  };
  return (
    <>
      <input {...props} ref={setRefs} type="text" inputMode="numeric" maxLength={10} placeholder={props.placeholder ?? t.placeholder} autoComplete="off" />
      <IconButton size="small" edge="end" aria-label={t.calendar} disabled={props.disabled ?? props.readOnly} onClick={() => picker.current?.showPicker()} sx={{ mr: 0.5 }}>
        <CalendarMonthOutlinedIcon fontSize="small" />
      </IconButton>
      <input
        ref={picker}
        type="date"
        tabIndex={-1}
        aria-hidden="true"
        value={isoDate.test(value) ? value : ''}
        onChange={(event) => visible.current && enter(visible.current, event.target.value)}
        style={{ position: 'absolute', right: 0, bottom: 0, width: 1, height: 1, opacity: 0, border: 0, padding: 0, pointerEvents: 'none' }}
      />
    </>
  );
}
