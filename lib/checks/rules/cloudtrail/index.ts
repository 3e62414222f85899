import { DermaShieldRule } from '../../rule';
import { CloudTrailCustomerManagedKey } from './CloudTrailCustomerManagedKey';
import { CloudTrailLogFileValidation } from './CloudTrailLogFileValidation';
import { CloudTrailLogging } from './CloudTrailLogging';

export { CloudTrailCustomerManagedKey, CloudTrailLogFileValidation, CloudTrailLogging };
/** Rules for CloudTrail, one file each. */
export const CLOUDTRAIL_RULES: readonly DermaShieldRule[] = [CloudTrailCustomerManagedKey, CloudTrailLogFileValidation, CloudTrailLogging];
