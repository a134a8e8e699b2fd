import { Card, CardContent, List, ListItem, ListItemIcon, ListItemText, Stack, Typography } from '@mui/material';
import CheckCircleOutlinedIcon from '@mui/icons-material/CheckCircleOutlined';
import type { ReactNode } from 'react';
import type { SectionId } from '../app/sections';
import { useT } from '../i18n/locale-context';

/** What a section will keep, shown until the section's own screens exist. */
export function SectionIntro({ section }: { section: SectionId }): ReactNode {
  const t = useT();
  const text = t.sections[section];
  return (
    <Stack spacing={2} sx={{ maxWidth: 760 }}>
      <Typography variant="h5" component="h1">
        {text.title}
      </Typography>
      <Typography color="text.secondary">{text.summary}</Typography>
      <Card variant="outlined">
        <CardContent>
          <Typography variant="subtitle1" component="h2" gutterBottom>
            {t.sectionIntro.holdsHeading}
          </Typography>
          <List dense>
            {text.holds.map((item) => (
              <ListItem key={item}>
                <ListItemIcon sx={{ minWidth: 36 }}>
                  <CheckCircleOutlinedIcon color="success" fontSize="small" />
                </ListItemIcon>
                <ListItemText primary={item} />
              </ListItem>
            ))}
          </List>
          <Typography variant="body2" color="text.secondary">
            {t.sectionIntro.notYet}
          </Typography>
        </CardContent>
      </Card>
    </Stack>
  );
}
