import { DermaShieldRule } from '../../rule';
import { CloudTrailClinicalImageDataEvents } from './CloudTrailClinicalImageDataEvents';
import { CloudTrailCustomerManagedKey } from './CloudTrailCustomerManagedKey';
import { CloudTrailLogFileValidation } from './CloudTrailLogFileValidation';
import { CloudTrailLogging } from './CloudTrailLogging';
import { CloudTrailManagementEvents } from './CloudTrailManagementEvents';

export { CloudTrailClinicalImageDataEvents, CloudTrailCustomerManagedKey, CloudTrailLogFileValidation, CloudTrailLogging, CloudTrailManagementEvents };
/** Rules for CloudTrail, one file each. */
export const CLOUDTRAIL_RULES: readonly DermaShieldRule[] = [
  CloudTrailCustomerManagedKey, CloudTrailLogFileValidation, CloudTrailLogging, CloudTrailManagementEvents, CloudTrailClinicalImageDataEvents,
];
