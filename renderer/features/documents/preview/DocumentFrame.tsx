import { Box } from '@mui/material';
import { useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import type { TextOverflow } from '../../../../shared/documents/fit-text';
import { fitFrame } from './fit-frame';

const pxPerMm = 96 / 25.4;

/**
 * One page of a document, drawn from the very HTML that is exported and printed, scaled to the
 * width available. The frame runs no script (`sandbox` without allow-scripts); it keeps the app's
 * origin so that the bundled fonts load as they do in the PDF, and so that the app can fit its
 * texts to their boxes once they have loaded, as the PDF engine does (fit-frame.ts): the preview
 * shows a long name shrunk as it prints, and `onFit` hears what does not fit.
 */
export function DocumentFrame({
  html,
  widthMm,
  heightMm,
  title,
  maxHeight = 640,
  overlay,
  onFit,
}: {
  html: string;
  widthMm: number;
  heightMm: number;
  title: string;
  maxHeight?: number;
  /** Drawn over the page, given the screen pixels of one millimetre (the editor's handle on the selected element). */
  overlay?: (pxPerMm: number) => ReactNode;
  /** The texts that do not fit even at their smallest size, each time a document has loaded and been fitted. */
  onFit?: (overflows: TextOverflow[]) => void;
}): ReactNode {
  // The latest listener, without reloading the frame when a parent passes a new function.
  const onFitRef = useRef(onFit);
  useEffect(() => {
    onFitRef.current = onFit;
  }, [onFit]);
  const boxRef = useRef<HTMLDivElement>(null);
  const [available, setAvailable] = useState(0);
  useEffect(() => {
    const box = boxRef.current;
    if (!box) return;
    const observer = new ResizeObserver((entries) => setAvailable(entries[0]?.contentRect.width ?? 0));
    observer.observe(box);
    return () => observer.disconnect();
  }, []);
  const width = widthMm * pxPerMm;
  const height = heightMm * pxPerMm;
  const scale = available > 0 ? Math.min(available / width, maxHeight / height) : 0;
  return (
    <Box ref={boxRef} sx={{ width: '100%' }}>
      <Box sx={{ position: 'relative', width: width * scale, height: height * scale, overflow: 'hidden', boxShadow: 3, bgcolor: 'common.white', mx: 'auto' }}>
        <iframe
          title={title}
          sandbox="allow-same-origin"
          srcDoc={html}
          onLoad={(event) => {
            fitFrame(event.currentTarget)
              .then((overflows) => {
                if (overflows) onFitRef.current?.(overflows);
              })
              // A frame torn down while its fonts load has nothing left to fit; the print fits on its own.
              .catch(() => undefined);
          }}
          style={{ width, height, border: 0, transform: `scale(${scale})`, transformOrigin: '0 0', display: 'block', visibility: scale > 0 ? 'visible' : 'hidden' }}
        />
        {overlay && scale > 0 && overlay(pxPerMm * scale)}
      </Box>
    </Box>
  );
}
