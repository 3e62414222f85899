import { DermaShieldRule } from '../../rule';
import { KmsDeletionWindow } from './KmsDeletionWindow';
import { KmsKeyPolicyWildcardPrincipal } from './KmsKeyPolicyWildcardPrincipal';
import { KmsKeyRotation } from './KmsKeyRotation';
import { KmsRotationPeriod } from './KmsRotationPeriod';

export { KmsDeletionWindow, KmsKeyPolicyWildcardPrincipal, KmsKeyRotation, KmsRotationPeriod };
export const KMS_RULES: readonly DermaShieldRule[] = [KmsKeyRotation, KmsRotationPeriod, KmsDeletionWindow, KmsKeyPolicyWildcardPrincipal];
