import { DermaShieldRule } from '../../rule';
import { ChimeCallAnalyticsOutputCustomerManagedKey } from './ChimeCallAnalyticsOutputCustomerManagedKey';

export { ChimeCallAnalyticsOutputCustomerManagedKey };
export const CHIME_RULES: readonly DermaShieldRule[] = [ChimeCallAnalyticsOutputCustomerManagedKey];
