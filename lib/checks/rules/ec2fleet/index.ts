import { DermaShieldRule } from '../../rule';
import { Ec2FleetEbsEncrypted } from './Ec2FleetEbsEncrypted';

export { Ec2FleetEbsEncrypted };

/** Rules for EC2 Fleet and Spot Fleet requests. */
export const EC2FLEET_RULES: readonly DermaShieldRule[] = [Ec2FleetEbsEncrypted];
