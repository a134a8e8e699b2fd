import { Box } from '@mui/material';
import { useRef, useState } from 'react';
import type { PointerEvent, ReactNode } from 'react';
import type { TemplateElement } from '../../../../shared/domain/documents';

/** The height a text element takes on the page, roughly: one line of its type. */
function heightMm(element: TemplateElement): number {
  if (element.type === 'image') return element.heightMm;
  if (element.type === 'qr') return element.sizeMm;
  return (element.sizePt * element.lineHeight * 25.4) / 72;
}

const snap = (mm: number): number => Math.max(0, Math.round(mm * 2) / 2);

/**
 * A frame around the selected element on the preview, which can be dragged to place it: the
 * element moves when the pointer is let go (to the nearest half millimetre), so the page is
 * rendered once per move rather than on every pointer event.
 */
export function DragHandle({ element, pxPerMm, label, onMove }: { element: TemplateElement; pxPerMm: number; label: string; onMove: (xMm: number, yMm: number) => void }): ReactNode {
  const start = useRef<{ x: number; y: number } | null>(null);
  const [offset, setOffset] = useState({ x: 0, y: 0 });
  const down = (event: PointerEvent<HTMLDivElement>): void => {
    event.currentTarget.setPointerCapture(event.pointerId);
    start.current = { x: event.clientX, y: event.clientY };
  };
  const move = (event: PointerEvent<HTMLDivElement>): void => {
    if (start.current) setOffset({ x: event.clientX - start.current.x, y: event.clientY - start.current.y });
  };
  const up = (): void => {
    if (!start.current) return;
    start.current = null;
    if (offset.x !== 0 || offset.y !== 0) onMove(snap(element.xMm + offset.x / pxPerMm), snap(element.yMm + offset.y / pxPerMm));
    setOffset({ x: 0, y: 0 });
  };
  return (
    <Box
      role="button"
      aria-label={label}
      tabIndex={-1}
      onPointerDown={down}
      onPointerMove={move}
      onPointerUp={up}
      onPointerCancel={up}
      sx={{
        position: 'absolute',
        left: element.xMm * pxPerMm + offset.x,
        top: element.yMm * pxPerMm + offset.y,
        width: (element.type === 'qr' ? element.sizeMm : element.widthMm) * pxPerMm,
        height: heightMm(element) * pxPerMm,
        outline: '2px dashed',
        outlineColor: 'primary.main',
        bgcolor: 'rgba(179, 18, 27, 0.06)',
        cursor: 'move',
        touchAction: 'none',
      }}
    />
  );
}
