import { Box, Card, CardContent, Grid, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import type { Chart } from '../../../shared/reports/charts';

/**
 * The report's charts as the same SVG the PDF and the .docx carry. The SVG is echarts' own output
 * (it escapes its texts) over vocabulary names and numbers, so it is placed as markup.
 */
export function ChartsCard({ title, charts }: { title: string; charts: readonly Chart[] }): ReactNode {
  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
          {title}
        </Typography>
        <Grid container spacing={2}>
          {charts.map((chart) => (
            <Grid key={chart.key} size={{ xs: 12, lg: 6 }}>
              <Box role="img" aria-label={chart.title} sx={{ '& svg': { width: '100%', height: 'auto' } }} dangerouslySetInnerHTML={{ __html: chart.svg }} />
            </Grid>
          ))}
        </Grid>
      </CardContent>
    </Card>
  );
}
