import { DermaShieldRule } from '../../rule';
import { UnknownResourceType } from './UnknownResourceType';

export { UnknownResourceType };
export { isCustomResourceType, isKnownResourceType } from './UnknownResourceType';
/** Rules about the pack's own coverage. */
export const PACK_RULES: readonly DermaShieldRule[] = [UnknownResourceType];
