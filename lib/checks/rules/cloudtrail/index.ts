import { DermaShieldRule } from '../../rule';
import { CloudTrailCustomerManagedKey } from './CloudTrailCustomerManagedKey';
import { CloudTrailLogFileValidation } from './CloudTrailLogFileValidation';

export { CloudTrailCustomerManagedKey, CloudTrailLogFileValidation };
/** Rules for CloudTrail, one file each. */
export const CLOUDTRAIL_RULES: readonly DermaShieldRule[] = [CloudTrailCustomerManagedKey, CloudTrailLogFileValidation];
