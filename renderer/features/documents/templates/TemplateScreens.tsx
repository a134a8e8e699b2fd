import { Button, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import type { ReactNode } from 'react';
import { useNavigate, useParams } from 'react-router';
import type { DocumentTemplate } from '../../../../shared/domain/documents';
import { findBuiltInTemplate, builtInTemplateIds } from '../../../../shared/documents/built-in-templates';
import { DeleteRestore } from '../../../components/record/DeleteRestore';
import { NotFound } from '../../../components/record/NotFound';
import { createRecord, updateRecord } from '../../../db/mutate';
import { useMessages } from '../../../i18n/use-messages';
import { documentsMessages } from '../messages';
import { useTemplate } from '../use-templates';
import { copyTemplate, templateInput } from './copy-template';
import { editorMessages } from './messages';
import { TemplateEditor } from './TemplateEditor';

/** A template: built-ins read-only with "copy to customise", the alliance's own editable. */
export function TemplateScreen(): ReactNode {
  const t = useMessages(editorMessages);
  const common = useMessages(documentsMessages);
  const navigate = useNavigate();
  const { id } = useParams();
  const entry = useTemplate(id);
  const [failed, setFailed] = useState(false);
  if (entry === undefined) return null;
  if (entry === null) return <NotFound message={t.notFound} back={t.backToList} to="/documents" />;
  const { template, builtIn } = entry;
  const copy = (
    <Button
      color="inherit"
      onClick={() => {
        copyTemplate(template, common.copySuffix).then(
          (copied) => void navigate(`/documents/templates/${copied}`),
          () => setFailed(true),
        );
      }}
    >
      {t.copy}
    </Button>
  );
  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Typography variant="h5" component="h1" sx={{ flexGrow: 1 }}>
          {template.name}
        </Typography>
        {!builtIn && <DeleteRestore table="documentTemplates" id={template.id} name={template.name} deleted={template.deleted} onError={() => setFailed(true)} />}
      </Stack>
      {failed && <Typography color="error">{t.saveFailed}</Typography>}
      <TemplateEditor
        key={template.id}
        initial={template}
        actions={builtIn ? copy : undefined}
        onSave={builtIn || template.deleted ? undefined : (draft: DocumentTemplate) => updateRecord('documentTemplates', template.id, templateInput(draft))}
      />
    </Stack>
  );
}

/** A new template starts from the built-in licence's paper, with no elements but its title. */
export function NewTemplateScreen(): ReactNode {
  const t = useMessages(editorMessages);
  const navigate = useNavigate();
  const start = findBuiltInTemplate(builtInTemplateIds.unitLicence);
  if (!start) return null;
  const blank: DocumentTemplate = { ...start, id: 'new', name: '', kind: 'custom', elements: start.elements.filter((element) => element.id === 'title') };
  return (
    <Stack spacing={2}>
      <Typography variant="h5" component="h1">
        {t.newTitle}
      </Typography>
      <TemplateEditor
        initial={blank}
        onSave={async (draft) => {
          const created = await createRecord('documentTemplates', templateInput(draft));
          void navigate(`/documents/templates/${created.id}`, { replace: true });
        }}
      />
    </Stack>
  );
}
