import { DermaShieldRule } from '../../rule';
import { EcsEfsTransitEncryption } from './EcsEfsTransitEncryption';
import { EcsExecuteCommandKey } from './EcsExecuteCommandKey';
import { EcsManagedEbsCustomerManagedKey } from './EcsManagedEbsCustomerManagedKey';
import { EcsServiceConnectTls } from './EcsServiceConnectTls';

export { EcsEfsTransitEncryption, EcsExecuteCommandKey, EcsManagedEbsCustomerManagedKey, EcsServiceConnectTls };

/** Rules for Amazon ECS services and task definitions that the declarative table cannot express. */
export const ECS_RULES: readonly DermaShieldRule[] = [EcsEfsTransitEncryption, EcsExecuteCommandKey, EcsManagedEbsCustomerManagedKey, EcsServiceConnectTls];
