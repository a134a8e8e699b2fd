import { Box, Card, CardContent, List, ListItemButton, ListItemText, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';

/** One block of the overview: a heading and its figures. */
export function FigureCard({ title, action, children }: { title: string; action?: ReactNode; children: ReactNode }): ReactNode {
  return (
    <Card variant="outlined" sx={{ height: '100%' }}>
      <CardContent>
        <Box sx={{ display: 'flex', alignItems: 'center', mb: 1 }}>
          <Typography variant="h6" component="h2" sx={{ flexGrow: 1 }}>
            {title}
          </Typography>
          {action}
        </Box>
        {children}
      </CardContent>
    </Card>
  );
}

export function FigureGroup({ heading, children }: { heading?: string; children: ReactNode }): ReactNode {
  return (
    <Box sx={{ mb: 1 }}>
      {heading && (
        <Typography variant="overline" color="text.secondary" component="h3">
          {heading}
        </Typography>
      )}
      <List dense disablePadding>
        {children}
      </List>
    </Box>
  );
}

/** A figure is a link to the list it counts, so every number can be checked name by name. */
export function FigureLine({ label, figure, to, strong = false, indent = false }: { label: string; figure: string; to: string; strong?: boolean; indent?: boolean }): ReactNode {
  return (
    <ListItemButton component={RouterLink} to={to} aria-label={`${label} ${figure}`} sx={{ borderRadius: 1, py: 0.25, pl: indent ? 3 : 1 }}>
      <ListItemText primary={label} slotProps={{ primary: { sx: { fontWeight: strong ? 600 : 400 } } }} />
      <Typography component="span" sx={{ fontWeight: 600, color: 'secondary.main', fontVariantNumeric: 'tabular-nums' }}>
        {figure}
      </Typography>
    </ListItemButton>
  );
}
