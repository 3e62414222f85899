import { DermaShieldRule } from '../../rule';
import { Ec2EbsEncrypted } from './Ec2EbsEncrypted';

export { Ec2EbsEncrypted };
export const EC2_RULES: readonly DermaShieldRule[] = [Ec2EbsEncrypted];
