import { DermaShieldRule } from '../../rule';
import { SageMakerClusterVolumeCustomerManagedKey } from './SageMakerClusterVolumeCustomerManagedKey';

export { SageMakerClusterVolumeCustomerManagedKey };
export const SAGEMAKER_RULES: readonly DermaShieldRule[] = [SageMakerClusterVolumeCustomerManagedKey];
