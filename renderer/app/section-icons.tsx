import AccountTreeIcon from '@mui/icons-material/AccountTree';
import ApartmentIcon from '@mui/icons-material/Apartment';
import AssignmentIcon from '@mui/icons-material/Assignment';
import EventIcon from '@mui/icons-material/Event';
import GroupsIcon from '@mui/icons-material/Groups';
import HandshakeIcon from '@mui/icons-material/Handshake';
import SettingsIcon from '@mui/icons-material/Settings';
import SyncIcon from '@mui/icons-material/Sync';
import WorkspacePremiumIcon from '@mui/icons-material/WorkspacePremium';
import type { SvgIconComponent } from '@mui/icons-material';
import type { SectionId } from './sections';

export const sectionIcons: Record<SectionId, SvgIconComponent> = {
  alliances: AccountTreeIcon,
  units: ApartmentIcon,
  people: GroupsIcon,
  events: EventIcon,
  agreements: HandshakeIcon,
  plans: AssignmentIcon,
  documents: WorkspacePremiumIcon,
  sync: SyncIcon,
  settings: SettingsIcon,
};
