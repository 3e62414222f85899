import { DermaShieldRule } from '../../rule';
import { KmsDeletionWindow } from './KmsDeletionWindow';
import { KmsKeyRotation } from './KmsKeyRotation';
import { KmsRotationPeriod } from './KmsRotationPeriod';

export { KmsDeletionWindow, KmsKeyRotation, KmsRotationPeriod };
export const KMS_RULES: readonly DermaShieldRule[] = [KmsKeyRotation, KmsRotationPeriod, KmsDeletionWindow];
