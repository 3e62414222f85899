import { DermaShieldRule } from '../../rule';
import { EksControlPlaneLogGroup } from './EksControlPlaneLogGroup';

export { EksControlPlaneLogGroup };

/** Rules for Amazon EKS that the declarative table cannot express. */
export const EKS_RULES: readonly DermaShieldRule[] = [EksControlPlaneLogGroup];
