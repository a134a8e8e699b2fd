import { Stack, Step, StepLabel, Stepper, Tab, Tabs, Typography } from '@mui/material';
import { useState } from 'react';
import type { ReactNode } from 'react';
import { Navigate, useNavigate, useParams, useSearchParams } from 'react-router';
import { useMessages } from '../../i18n/use-messages';
import { ChooseFileStep } from './ChooseFileStep';
import type { LocatedSheet } from './guess-columns';
import type { ColumnMapping, ImportKind } from './import-fields';
import { isImportKind } from './import-fields';
import type { ImportTarget } from './import-target';
import { targetFromSearch } from './import-target';
import { MappingStep } from './MappingStep';
import { importMessages } from './messages';
import type { ImportSummary } from './PreviewStep';
import { PreviewStep } from './PreviewStep';
import { ResultStep } from './ResultStep';

type Stage =
  | { step: 'choose' }
  | { step: 'map' | 'preview'; located: LocatedSheet; fileName: string; mapping: ColumnMapping }
  | { step: 'done'; summary: ImportSummary };

const stepIndex = { choose: 0, map: 1, preview: 2, done: 3 } as const;
const kinds: ImportKind[] = ['units', 'people', 'participants'];

/** /import/units, /import/people and /import/participants: choose a file, match its columns, check the preview, import. */
export function ImportScreen(): ReactNode {
  const { kind } = useParams();
  const [search] = useSearchParams();
  if (!isImportKind(kind)) return <Navigate to="/" replace />;
  // A fresh flow for each kind: nothing of a units import carries over to people.
  return <ImportFlow key={kind} kind={kind} initialTarget={targetFromSearch(search)} />;
}

function ImportFlow({ kind, initialTarget }: { kind: ImportKind; initialTarget: ImportTarget }): ReactNode {
  const t = useMessages(importMessages);
  const navigate = useNavigate();
  const [stage, setStage] = useState<Stage>({ step: 'choose' });
  const [target, setTarget] = useState<ImportTarget>(initialTarget);
  const restart = (): void => setStage({ step: 'choose' });

  return (
    <Stack spacing={3} sx={{ maxWidth: 1100 }}>
      <Typography variant="h5" component="h1">
        {t.title[kind]}
      </Typography>
      <Tabs value={kind} onChange={(_event, next: ImportKind) => void navigate(`/import/${next}`)} aria-label={t.kinds.label}>
        {kinds.map((each) => (
          <Tab key={each} value={each} label={t.kinds[each]} />
        ))}
      </Tabs>
      <Stepper activeStep={stepIndex[stage.step]} alternativeLabel>
        {[t.steps.choose, t.steps.map, t.steps.preview, t.steps.done].map((label) => (
          <Step key={label} completed={stage.step === 'done' || undefined}>
            <StepLabel>{label}</StepLabel>
          </Step>
        ))}
      </Stepper>
      {stage.step === 'choose' && <ChooseFileStep kind={kind} onRead={(located, fileName) => setStage({ step: 'map', located, fileName, mapping: located.guess })} />}
      {stage.step === 'map' && (
        <MappingStep
          kind={kind}
          located={stage.located}
          mapping={stage.mapping}
          target={target}
          onChange={(mapping) => setStage({ ...stage, mapping })}
          onTargetChange={setTarget}
          onBack={restart}
          onNext={() => setStage({ ...stage, step: 'preview' })}
        />
      )}
      {stage.step === 'preview' && (
        <PreviewStep
          kind={kind}
          located={stage.located}
          mapping={stage.mapping}
          target={target}
          onBack={() => setStage({ ...stage, step: 'map' })}
          onDone={(summary) => setStage({ step: 'done', summary })}
        />
      )}
      {stage.step === 'done' && <ResultStep kind={kind} summary={stage.summary} target={target} onAnother={restart} />}
    </Stack>
  );
}
