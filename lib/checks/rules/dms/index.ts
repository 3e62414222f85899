import { DermaShieldRule } from '../../rule';
import { DmsDataProviderSsl } from './DmsDataProviderSsl';
import { DmsS3TargetCustomerManagedKey } from './DmsS3TargetCustomerManagedKey';

export { DmsDataProviderSsl, DmsS3TargetCustomerManagedKey };
export const DMS_RULES: readonly DermaShieldRule[] = [DmsDataProviderSsl, DmsS3TargetCustomerManagedKey];
