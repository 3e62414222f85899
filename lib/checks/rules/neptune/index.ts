import { DermaShieldRule } from '../../rule';
import { NeptuneCustomerManagedKey } from './NeptuneCustomerManagedKey';
import { NeptuneTls } from './NeptuneTls';

export { NeptuneCustomerManagedKey, NeptuneTls };
export const NEPTUNE_RULES: readonly DermaShieldRule[] = [NeptuneCustomerManagedKey, NeptuneTls];
