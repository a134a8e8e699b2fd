import { Button, Grid, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import { appointmentBodies, eventKinds, membershipRoles, unitKinds } from '../../../shared/domain/vocabulary';
import { useLocale } from '../../i18n/locale-context';
import { useMessages } from '../../i18n/use-messages';
import { FigureCard, FigureGroup, FigureLine } from '../../components/figures/FigureCard';
import { allianceMessages } from './messages';
import { overviewLinks } from './overview-links';
import { useOverview } from './use-overview';

/** The figures a secretariat reports every year, each a link to the filtered list. */
export function OverviewPanel({ allianceId, today }: { allianceId: string; today: string }): ReactNode {
  const t = useMessages(allianceMessages);
  const f = t.figures;
  const { locale } = useLocale();
  const figures = useOverview(allianceId, today);
  if (!figures) return null;
  const empty = (text: string): ReactNode => (
    <Typography variant="body2" color="text.secondary">
      {text}
    </Typography>
  );

  return (
    <section aria-label={f.heading}>
      <Typography variant="h6" component="h2">
        {f.heading}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
        {f.asOf(today)}
      </Typography>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 6, xl: 3 }}>
          <FigureCard title={f.memberUnits}>
            {figures.memberUnits === 0 ? (
              empty(f.noMembers)
            ) : (
              <>
                <FigureGroup>
                  <FigureLine strong label={f.memberUnitsTotal} figure={f.units(figures.memberUnits)} to={overviewLinks.memberUnits(allianceId)} />
                </FigureGroup>
                <FigureGroup heading={f.byRole}>
                  {figures.unitsByRole.map(({ key, count }) => (
                    <FigureLine key={key} label={membershipRoles.label(key, locale)} figure={f.units(count)} to={overviewLinks.unitsInRole(allianceId, key)} />
                  ))}
                </FigureGroup>
                <FigureGroup heading={f.byKind}>
                  {figures.unitsByKind.map(({ key, count }) => (
                    <FigureLine key={key} label={unitKinds.label(key, locale)} figure={f.units(count)} to={overviewLinks.unitsOfKind(allianceId, key)} />
                  ))}
                </FigureGroup>
              </>
            )}
          </FigureCard>
        </Grid>
        <Grid size={{ xs: 12, md: 6, xl: 3 }}>
          <FigureCard title={f.people}>
            {figures.appointedPeople === 0
              ? empty(f.noPeople)
              : (
                  <FigureGroup heading={f.peopleTotal(figures.appointedPeople)}>
                    {figures.peopleByBody.map(({ key, count }) => (
                      <FigureLine key={key} label={appointmentBodies.label(key, locale)} figure={f.persons(count)} to={overviewLinks.peopleInBody(allianceId, key)} />
                    ))}
                  </FigureGroup>
                )}
          </FigureCard>
        </Grid>
        <Grid size={{ xs: 12, md: 6, xl: 3 }}>
          <FigureCard
            title={f.events}
            action={
              <Button size="small" startIcon={<AddIcon />} component={RouterLink} to={`/events/new?alliance=${allianceId}`}>
                {f.newEvent}
              </Button>
            }
          >
            {figures.eventsByYear.length === 0 && empty(f.noEvents)}
            {figures.eventsByYear.map(({ year, total, byKind }) => (
              <FigureGroup key={year}>
                <FigureLine strong label={f.eventsOfYear(year)} figure={f.times(total)} to={overviewLinks.eventsOfYear(allianceId, year)} />
                {byKind.map(({ key, count }) => (
                  <FigureLine indent key={key} label={eventKinds.label(key, locale)} figure={f.times(count)} to={overviewLinks.eventsOfYearAndKind(allianceId, year, key)} />
                ))}
              </FigureGroup>
            ))}
          </FigureCard>
        </Grid>
        <Grid size={{ xs: 12, md: 6, xl: 3 }}>
          <FigureCard
            title={f.agreements}
            action={
              <Button size="small" startIcon={<AddIcon />} component={RouterLink} to={`/agreements/new?alliance=${allianceId}`}>
                {f.newAgreement}
              </Button>
            }
          >
            <FigureGroup>
              <FigureLine label={f.agreementsActive} figure={f.items(figures.agreementsActive)} to={overviewLinks.agreementsActive(allianceId)} />
              <FigureLine label={f.agreementsExpiring} figure={f.items(figures.agreementsExpiring)} to={overviewLinks.agreementsExpiring(allianceId)} />
            </FigureGroup>
          </FigureCard>
        </Grid>
      </Grid>
    </section>
  );
}
