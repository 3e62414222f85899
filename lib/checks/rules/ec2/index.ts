import { DermaShieldRule } from '../../rule';
import { Ec2EbsCustomerManagedKey } from './Ec2EbsCustomerManagedKey';
import { Ec2EbsEncrypted } from './Ec2EbsEncrypted';

export { Ec2EbsCustomerManagedKey, Ec2EbsEncrypted };
export const EC2_RULES: readonly DermaShieldRule[] = [Ec2EbsEncrypted, Ec2EbsCustomerManagedKey];
