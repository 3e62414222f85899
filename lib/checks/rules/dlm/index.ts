import { DermaShieldRule } from '../../rule';
import { DlmCrossRegionCopyEncryption } from './DlmCrossRegionCopyEncryption';

export { DlmCrossRegionCopyEncryption };
export const DLM_RULES: readonly DermaShieldRule[] = [DlmCrossRegionCopyEncryption];
