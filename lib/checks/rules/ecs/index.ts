import { DermaShieldRule } from '../../rule';
import { EcsEfsTransitEncryption } from './EcsEfsTransitEncryption';

export { EcsEfsTransitEncryption };
/** Rules for ECS task definitions. */
export const ECS_RULES: readonly DermaShieldRule[] = [EcsEfsTransitEncryption];
