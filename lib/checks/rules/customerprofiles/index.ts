import { DermaShieldRule } from '../../rule';
import { CustomerProfilesObjectTypeKey } from './CustomerProfilesObjectTypeKey';

export { CustomerProfilesObjectTypeKey };
export const CUSTOMERPROFILES_RULES: readonly DermaShieldRule[] = [CustomerProfilesObjectTypeKey];
