import { Box, Button, ButtonBase, Dialog, DialogActions, DialogContent, IconButton, Typography } from '@mui/material';
import CloseIcon from '@mui/icons-material/Close';
import PictureAsPdfOutlinedIcon from '@mui/icons-material/PictureAsPdfOutlined';
import BrokenImageOutlinedIcon from '@mui/icons-material/BrokenImageOutlined';
import { useState } from 'react';
import type { ReactNode } from 'react';
import { useAttachmentUrl } from '../../db/attachments';
import { useMessages } from '../../i18n/use-messages';
import { attachmentMessages } from './messages';

export const thumbnailSize = 112;

/** A thumbnail with its remove button in the corner. */
export function RemovableThumbnail({ sha256, onRemove, disabled }: { sha256: string; onRemove: (name: string) => void; disabled?: boolean }): ReactNode {
  const t = useMessages(attachmentMessages);
  const view = useAttachmentUrl(sha256);
  const name = view?.name ?? sha256.slice(0, 8);
  return (
    <Box sx={{ position: 'relative' }} role="listitem" aria-label={name}>
      <Thumbnail sha256={sha256} />
      {!disabled && (
        <IconButton
          size="small"
          aria-label={t.remove(name)}
          onClick={() => onRemove(name)}
          sx={{ position: 'absolute', top: 2, right: 2, bgcolor: 'rgba(255,255,255,0.85)', '&:hover': { bgcolor: 'background.paper' } }}
        >
          <CloseIcon fontSize="small" />
        </IconButton>
      )}
    </Box>
  );
}

/** One photo as a thumbnail (click for the full picture) or one PDF scan as an icon with its name. */
export function Thumbnail({ sha256 }: { sha256: string }): ReactNode {
  const t = useMessages(attachmentMessages);
  const view = useAttachmentUrl(sha256);
  const [enlarged, setEnlarged] = useState(false);
  const frame = { width: thumbnailSize, height: thumbnailSize, borderRadius: 1, border: 1, borderColor: 'divider', bgcolor: 'grey.100', overflow: 'hidden' } as const;

  if (view === undefined) return <Box sx={frame} aria-busy="true" aria-label={t.loading} />;
  if (view === null) {
    return (
      <Box sx={{ ...frame, display: 'flex', flexDirection: 'column', alignItems: 'center', justifyContent: 'center', p: 1, textAlign: 'center' }}>
        <BrokenImageOutlinedIcon color="disabled" />
        <Typography variant="caption" color="text.secondary">
          {t.missing}
        </Typography>
      </Box>
    );
  }
  if (view.mimeType === 'application/pdf') {
    return (
      <Box sx={{ ...frame, display: 'flex', flexDirection: 'column', alignItems: 'center', justifyContent: 'center', p: 1 }} title={view.name}>
        <PictureAsPdfOutlinedIcon color="error" fontSize="large" aria-hidden />
        <Typography variant="caption" sx={{ width: '100%', textAlign: 'center', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
          {view.name}
        </Typography>
      </Box>
    );
  }
  return (
    <>
      <ButtonBase sx={frame} onClick={() => setEnlarged(true)} title={view.name}>
        <Box component="img" src={view.url} alt={view.name} sx={{ width: '100%', height: '100%', objectFit: 'cover', display: 'block' }} />
      </ButtonBase>
      <Dialog open={enlarged} onClose={() => setEnlarged(false)} maxWidth="lg">
        <DialogContent>
          <Box component="img" src={view.url} alt={view.name} sx={{ maxWidth: '100%', maxHeight: '75vh', display: 'block', mx: 'auto' }} />
          <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
            {view.name}
          </Typography>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setEnlarged(false)}>{t.close}</Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
