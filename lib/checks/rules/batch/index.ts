import { DermaShieldRule } from '../../rule';
import { BatchEfsTransitEncryption } from './BatchEfsTransitEncryption';

export { BatchEfsTransitEncryption };
/** Rules for AWS Batch job definitions. */
export const BATCH_RULES: readonly DermaShieldRule[] = [BatchEfsTransitEncryption];
