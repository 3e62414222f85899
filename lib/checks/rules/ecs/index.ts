import { DermaShieldRule } from '../../rule';
import { EcsExecuteCommandKey } from './EcsExecuteCommandKey';
import { EcsManagedEbsCustomerManagedKey } from './EcsManagedEbsCustomerManagedKey';
import { EcsServiceConnectTls } from './EcsServiceConnectTls';

export { EcsExecuteCommandKey, EcsManagedEbsCustomerManagedKey, EcsServiceConnectTls };

/** Rules for Amazon ECS services that the declarative table cannot express. */
export const ECS_RULES: readonly DermaShieldRule[] = [EcsExecuteCommandKey, EcsManagedEbsCustomerManagedKey, EcsServiceConnectTls];
