import { Alert, Box, Button, CircularProgress, Stack, Typography } from '@mui/material';
import AddPhotoAlternateOutlinedIcon from '@mui/icons-material/AddPhotoAlternateOutlined';
import { useState } from 'react';
import type { ChangeEvent, ReactNode } from 'react';
import { acceptedAttachmentTypes, AttachmentError, storeAttachment } from '../../db/attachments';
import { useMessages } from '../../i18n/use-messages';
import { UndoSnackbar } from '../record/RowActions';
import { attachmentMessages } from './messages';
import { RemovableThumbnail } from './Thumbnail';

export interface AttachmentThumbnailsProps {
  label: string;
  /** The SHA-256 hashes the record holds, in order. */
  hashes: string[];
  /** Writes the new list of hashes to the record (through the data layer). */
  onChange: (hashes: string[]) => Promise<unknown>;
  /** 1 for a logo or a seal. */
  max?: number;
  disabled?: boolean;
  /** h6 where the thumbnails are a card of their own, subtitle1 inside a form. */
  headingVariant?: 'h6' | 'subtitle1';
}

/**
 * The photos or scans of a record: thumbnails, a button to add files and one to remove each.
 * The bytes are stored once by hash; the record only holds the hashes, so removing a photo from
 * a record never deletes bytes another record (or the record's history) may still refer to.
 */
export function AttachmentThumbnails({ label, hashes, onChange, max = 200, disabled = false, headingVariant = 'subtitle1' }: AttachmentThumbnailsProps): ReactNode {
  const t = useMessages(attachmentMessages);
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const [removed, setRemoved] = useState<{ sha256: string; index: number; name: string }>();
  const full = hashes.length >= max;

  /** Writes the hashes to the record; false (and a message) when the record refused them. */
  const save = async (next: string[]): Promise<boolean> => {
    try {
      await onChange(next);
      return true;
    } catch {
      return false;
    }
  };

  const add = async (files: File[]): Promise<void> => {
    setBusy(true);
    const refused: string[] = [];
    const next = [...hashes];
    for (const file of files) {
      if (next.length >= max) {
        refused.push(t.full(file.name, max));
        continue;
      }
      try {
        const sha256 = await storeAttachment(file);
        if (!next.includes(sha256)) next.push(sha256);
      } catch (error) {
        refused.push(error instanceof AttachmentError ? t.refused(error.fileName, error.problem) : `${file.name}: ${t.saveFailed}`);
      }
    }
    if (next.length !== hashes.length && !(await save(next))) refused.push(t.saveFailed);
    setProblems(refused);
    setBusy(false);
  };

  const chosen = (event: ChangeEvent<HTMLInputElement>): void => {
    const files = Array.from(event.target.files ?? []);
    // Cleared so that choosing the same file again (after removing it) fires a change.
    event.target.value = '';
    void add(files);
  };

  const remove = (sha256: string, name: string): void => {
    setRemoved({ sha256, index: hashes.indexOf(sha256), name });
    void save(hashes.filter((hash) => hash !== sha256)).then((saved) => {
      if (saved) return;
      setRemoved(undefined);
      setProblems([t.saveFailed]);
    });
  };

  const undo = (): void => {
    if (!removed) return;
    setRemoved(undefined);
    if (hashes.includes(removed.sha256)) return;
    const next = [...hashes];
    next.splice(Math.min(removed.index, next.length), 0, removed.sha256);
    void save(next).then((saved) => !saved && setProblems([t.saveFailed]));
  };

  return (
    <Stack spacing={1} component="section" aria-label={label}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Typography variant={headingVariant} component="h2" sx={{ flexGrow: 1 }}>
          {label}
        </Typography>
        {busy && <CircularProgress size={20} />}
        {!disabled && (
          <Button component="label" size="small" startIcon={<AddPhotoAlternateOutlinedIcon />} disabled={busy || full}>
            {t.add}
            <input hidden type="file" multiple={max > 1} accept={acceptedAttachmentTypes} aria-label={`${t.add} ${label}`} onChange={chosen} />
          </Button>
        )}
      </Stack>
      {hashes.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {t.none}
        </Typography>
      ) : (
        <Box role="list" aria-label={label} sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }}>
          {hashes.map((sha256) => (
            <RemovableThumbnail key={sha256} sha256={sha256} disabled={disabled} onRemove={(name) => remove(sha256, name)} />
          ))}
        </Box>
      )}
      {problems.length > 0 && (
        <Alert severity="error" onClose={() => setProblems([])}>
          {problems.map((problem) => (
            <div key={problem}>{problem}</div>
          ))}
        </Alert>
      )}
      <UndoSnackbar open={removed !== undefined} message={removed ? t.removed(removed.name) : ''} undoLabel={t.undo} onUndo={undo} onClose={() => setRemoved(undefined)} />
    </Stack>
  );
}
