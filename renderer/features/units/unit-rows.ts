import type { Alliance, Membership, Unit } from '../../../shared/domain/records';
import { membershipRoles, membershipStatuses, unitKinds } from '../../../shared/domain/vocabulary';
import type { Locale } from '../../../shared/i18n/locale';

type MembershipLink = Pick<Membership, 'allianceId' | 'role' | 'joinedOn' | 'status' | 'representativeId'>;

/**
 * A unit as the list shows it: its kind and its roles in the alliances already worded. The row
 * refers to the record rather than copying it: copying 10,000 records would be the costliest step.
 */
export interface UnitRow {
  id: string;
  deleted: boolean;
  _search: string;
  unit: Unit;
  kindLabel: string;
  roles: string;
  memberships: readonly MembershipLink[];
}

const none: readonly Membership[] = [];

/**
 * Builds every row at once from lookup maps, so a list of 10,000 units costs one pass over the
 * units and one over the memberships, never a query per row.
 */
export function buildUnitRows(
  units: (Unit & { _search: string })[],
  memberships: Membership[],
  alliances: Pick<Alliance, 'id' | 'name' | 'shortName'>[],
  locale: Locale,
  roleWithStatus: (role: string, status: string) => string,
): UnitRow[] {
  const allianceNames = new Map(alliances.map((alliance) => [alliance.id, alliance.shortName || alliance.name]));
  // With one alliance, its name before every role says nothing.
  const nameAlliances = allianceNames.size > 1;
  const byUnit = new Map<string, Membership[]>();
  for (const membership of memberships) {
    if (membership.deleted) continue;
    const list = byUnit.get(membership.unitId);
    if (list) list.push(membership);
    else byUnit.set(membership.unitId, [membership]);
  }
  return units.map((unit) => {
    const own = byUnit.get(unit.id) ?? none;
    const roles = own.map((membership) => {
      const role = membershipRoles.label(membership.role, locale);
      const worded = membership.status === 'active' ? role : roleWithStatus(role, membershipStatuses.label(membership.status, locale));
      const alliance = nameAlliances ? allianceNames.get(membership.allianceId) : undefined;
      return alliance ? `${alliance} ${worded}` : worded;
    });
    return {
      id: unit.id,
      deleted: unit.deleted,
      _search: unit._search,
      unit,
      kindLabel: unitKinds.label(unit.kind, locale),
      roles: roles.join(locale === 'zh-CN' ? '；' : '; '),
      memberships: own,
    };
  });
}

/**
 * The list's filters: `kind` of the unit; `alliance`, `role` and `status` must all hold for one
 * and the same membership, so "lead unit in alliance A" is not met by a lead role elsewhere.
 */
export function unitMatches(row: UnitRow, params: URLSearchParams): boolean {
  const kind = params.get('kind');
  if (kind && row.unit.kind !== kind) return false;
  const alliance = params.get('alliance');
  const role = params.get('role');
  const status = params.get('status');
  if (!alliance && !role && !status) return true;
  return row.memberships.some(
    (membership) => (!alliance || membership.allianceId === alliance) && (!role || membership.role === role) && (!status || membership.status === status),
  );
}
