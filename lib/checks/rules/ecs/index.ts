import { DermaShieldRule } from '../../rule';
import { EcsManagedEbsCustomerManagedKey } from './EcsManagedEbsCustomerManagedKey';
import { EcsServiceConnectTls } from './EcsServiceConnectTls';

export { EcsManagedEbsCustomerManagedKey, EcsServiceConnectTls };

/** Rules for Amazon ECS services that the declarative table cannot express. */
export const ECS_RULES: readonly DermaShieldRule[] = [EcsManagedEbsCustomerManagedKey, EcsServiceConnectTls];
