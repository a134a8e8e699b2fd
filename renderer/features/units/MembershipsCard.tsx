import { Button } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { useState } from 'react';
import type { ReactNode } from 'react';
import type { Membership } from '../../../shared/domain/records';
import { membershipRoles, membershipStatuses } from '../../../shared/domain/vocabulary';
import { deleteRecord, restoreRecord } from '../../db/mutate';
import { useNames, useRecordsWhere } from '../../db/queries';
import { useLocale } from '../../i18n/locale-context';
import { useMessages } from '../../i18n/use-messages';
import { MembershipDialog } from './MembershipDialog';
import { unitMessages } from './messages';
import { RecordLink, RelatedTable } from '../../components/record/RelatedTable';
import { EditDeleteButtons, UndoSnackbar } from '../../components/record/RowActions';

/** The unit's roles in the alliances, each editable and deletable (with an undo). */
export function MembershipsCard({ unitId, readOnly, onMessage, onError }: { unitId: string; readOnly: boolean; onMessage: (message: string) => void; onError: (error: unknown) => void }): ReactNode {
  const { locale } = useLocale();
  const t = useMessages(unitMessages);
  const memberships = useRecordsWhere('memberships', 'unitId', unitId);
  const allianceNames = useNames('alliances');
  const peopleNames = useNames('people');
  const [editing, setEditing] = useState<Membership | 'new'>();
  const [removed, setRemoved] = useState<string>();
  const fields = t.membershipFields;

  const remove = (membership: Membership): void => {
    deleteRecord('memberships', membership.id).then(() => setRemoved(membership.id), onError);
  };
  const undo = (): void => {
    if (removed) restoreRecord('memberships', removed).catch(onError);
    setRemoved(undefined);
  };

  const rows = memberships?.map((membership) => {
    const allianceName = allianceNames?.get(membership.allianceId) ?? '';
    const representative = membership.representativeId ? peopleNames?.get(membership.representativeId) : undefined;
    const role = membershipRoles.label(membership.role, locale);
    return {
      key: membership.id,
      cells: [
        <RecordLink to={`/alliances/${membership.allianceId}`}>{allianceName}</RecordLink>,
        role,
        membership.joinedOn ?? '—',
        membershipStatuses.label(membership.status, locale),
        membership.representativeId && representative !== undefined ? <RecordLink to={`/people/${membership.representativeId}`}>{representative}</RecordLink> : '—',
        readOnly ? null : (
          <EditDeleteButtons editLabel={`${t.editMembership}: ${allianceName} ${role}`} deleteLabel={`${t.deleteMembership}: ${allianceName} ${role}`} onEdit={() => setEditing(membership)} onDelete={() => remove(membership)} />
        ),
      ],
    };
  });

  return (
    <>
      <RelatedTable
        heading={t.membershipsHeading}
        empty={t.noMemberships}
        headers={[fields.alliance, fields.role, fields.joinedOn, fields.status, fields.representative, fields.actions]}
        rows={rows}
        action={
          !readOnly && (
            <Button startIcon={<AddIcon />} onClick={() => setEditing('new')}>
              {t.addMembership}
            </Button>
          )
        }
      />
      {editing !== undefined && (
        <MembershipDialog
          unitId={unitId}
          membership={editing === 'new' ? undefined : editing}
          others={memberships ?? []}
          onClose={() => setEditing(undefined)}
          onSaved={() => {
            setEditing(undefined);
            onMessage(t.saved);
          }}
          onError={onError}
        />
      )}
      <UndoSnackbar open={removed !== undefined} message={t.membershipDeleted} undoLabel={t.undo} onUndo={undo} onClose={() => setRemoved(undefined)} />
    </>
  );
}
