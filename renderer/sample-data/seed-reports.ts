import { advancedManufacturingGroup } from './advanced-manufacturing-group';
import { lishuiCommunity } from './lishui-community';
import type { SampleAlliance } from './sample-alliance';

/**
 * The sample data offered at first run: the two alliances of the seed reports (seeds/000 and
 * seeds/004), the users' own world, so that every screen can be tried on records they recognise.
 */
export const seedReports: readonly SampleAlliance[] = [advancedManufacturingGroup, lishuiCommunity];
