import { Button, IconButton, List, ListItemButton, ListItemText, Stack, Tooltip } from '@mui/material';
import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import type { MouseEvent, ReactNode } from 'react';
import type { TemplateElement } from '../../../../shared/domain/documents';
import { useMessages } from '../../../i18n/use-messages';
import { editorMessages } from './messages';

/** A button inside a list row acts without selecting the row. */
const stop =
  (action: () => void) =>
  (event: MouseEvent): void => {
    event.stopPropagation();
    action();
  };

/** The elements in drawing order (later ones print on top), one selected for editing. */
export function ElementList({
  elements,
  selected,
  onSelect,
  onChange,
  onAddText,
  onAddImage,
  disabled,
}: {
  elements: readonly TemplateElement[];
  selected: string | undefined;
  onSelect: (id: string) => void;
  onChange: (elements: TemplateElement[]) => void;
  onAddText: () => void;
  onAddImage: () => void;
  disabled: boolean;
}): ReactNode {
  const t = useMessages(editorMessages);
  const move = (index: number, by: number): void => {
    const next = [...elements];
    const [element] = next.splice(index, 1);
    if (element) next.splice(index + by, 0, element);
    onChange(next);
  };
  const label = (element: TemplateElement): string =>
    element.type === 'text' ? element.content || t.emptyElement : element.type === 'qr' ? t.qrElement : element.source === 'alliance-logo' ? t.imageSources.logo : element.source === 'alliance-seal'
        ? t.imageSources.seal
        : element.source === 'alliance-signature'
          ? t.imageSources.signature
          : t.imageSources.upload;
  return (
    <Stack spacing={1}>
      <List dense sx={{ maxHeight: 280, overflow: 'auto', border: 1, borderColor: 'divider', borderRadius: 1 }} aria-label={t.elementsHeading}>
        {elements.map((element, index) => (
          <ListItemButton key={element.id} selected={element.id === selected} onClick={() => onSelect(element.id)}>
            <ListItemText primary={label(element)} secondary={t.position(element.xMm, element.yMm)} slotProps={{ primary: { noWrap: true } }} />
            {!disabled && (
              <>
                <Tooltip title={t.moveUp}>
                  <span>
                    <IconButton size="small" disabled={index === 0} onClick={stop(() => move(index, -1))} aria-label={t.moveUp}>
                      <ArrowUpwardIcon fontSize="small" />
                    </IconButton>
                  </span>
                </Tooltip>
                <Tooltip title={t.moveDown}>
                  <span>
                    <IconButton size="small" disabled={index === elements.length - 1} onClick={stop(() => move(index, 1))} aria-label={t.moveDown}>
                      <ArrowDownwardIcon fontSize="small" />
                    </IconButton>
                  </span>
                </Tooltip>
                <Tooltip title={t.remove}>
                  <IconButton size="small" onClick={stop(() => onChange(elements.filter((other) => other.id !== element.id)))} aria-label={t.remove}>
                    <DeleteOutlineIcon fontSize="small" />
                  </IconButton>
                </Tooltip>
              </>
            )}
          </ListItemButton>
        ))}
      </List>
      {!disabled && (
        <Stack direction="row" spacing={1}>
          <Button onClick={onAddText}>{t.addText}</Button>
          <Button onClick={onAddImage}>{t.addImage}</Button>
        </Stack>
      )}
    </Stack>
  );
}
