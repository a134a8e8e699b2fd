import { Button, Chip, Link, Paper, Snackbar, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { useState } from 'react';
import type { ReactNode } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router';
import { orientations, paperSizes, templateKinds } from '../../../shared/domain/vocabulary';
import { pageSizeMm } from '../../../shared/documents/page-size';
import { useNames } from '../../db/queries';
import { useLocale } from '../../i18n/locale-context';
import { useMessages } from '../../i18n/use-messages';
import { documentsMessages } from './messages';
import { copyTemplate } from './templates/copy-template';
import { useTemplates } from './use-templates';

/** The section's front page: issue, the registry, and the templates (built-in and the alliance's own). */
export function DocumentsScreen(): ReactNode {
  const t = useMessages(documentsMessages);
  const { locale } = useLocale();
  const navigate = useNavigate();
  const templates = useTemplates();
  const alliances = useNames('alliances');
  const [message, setMessage] = useState<string>();

  return (
    <Stack spacing={3} sx={{ maxWidth: 1100 }}>
      <Typography variant="h5" component="h1">
        {t.title}
      </Typography>
      <Typography color="text.secondary">{t.summary}</Typography>
      <Stack direction="row" spacing={2}>
        <Button variant="contained" component={RouterLink} to="/documents/issue">
          {t.issue}
        </Button>
        <Button variant="outlined" component={RouterLink} to="/documents/issued">
          {t.registry}
        </Button>
      </Stack>
      <Paper variant="outlined">
        <Stack direction="row" sx={{ alignItems: 'center', px: 2, pt: 2 }}>
          <Typography variant="h6" component="h2" sx={{ flexGrow: 1 }}>
            {t.templatesHeading}
          </Typography>
          <Button startIcon={<AddIcon />} component={RouterLink} to="/documents/templates/new">
            {t.newTemplate}
          </Button>
        </Stack>
        <Table aria-label={t.templatesHeading}>
          <TableHead>
            <TableRow>
              <TableCell>{t.columns.name}</TableCell>
              <TableCell>{t.columns.kind}</TableCell>
              <TableCell>{t.columns.paper}</TableCell>
              <TableCell>{t.columns.alliance}</TableCell>
              <TableCell>{t.columns.source}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {(templates ?? []).map(({ template, builtIn }) => {
              const size = pageSizeMm(template);
              const paper = template.paper === 'custom' ? `${size.widthMm} × ${size.heightMm} mm` : `${paperSizes.label(template.paper, locale)} ${orientations.label(template.orientation, locale)}`;
              return (
                <TableRow key={template.id} hover>
                  <TableCell>
                    <Link component={RouterLink} to={`/documents/templates/${template.id}`}>
                      {template.name}
                    </Link>
                  </TableCell>
                  <TableCell>{templateKinds.label(template.kind, locale)}</TableCell>
                  <TableCell>{paper}</TableCell>
                  <TableCell>{template.allianceId ? (alliances?.get(template.allianceId) ?? '') : t.allAlliances}</TableCell>
                  <TableCell>
                    <Chip size="small" variant={builtIn ? 'filled' : 'outlined'} label={builtIn ? t.builtIn : t.own} />
                  </TableCell>
                  <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                    <Button size="small" component={RouterLink} to={`/documents/issue?template=${template.id}`}>
                      {t.issueWith}
                    </Button>
                    <Button
                      size="small"
                      onClick={() => {
                        copyTemplate(template, t.copySuffix).then(
                          (id) => void navigate(`/documents/templates/${id}`),
                          () => setMessage(t.copyFailed),
                        );
                      }}
                    >
                      {t.copy}
                    </Button>
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </Paper>
      <Snackbar open={message !== undefined} message={message} autoHideDuration={6000} onClose={() => setMessage(undefined)} />
    </Stack>
  );
}
