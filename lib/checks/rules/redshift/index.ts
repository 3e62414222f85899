import { DermaShieldRule } from '../../rule';
import { RedshiftCustomerManagedKey } from './RedshiftCustomerManagedKey';
import { RedshiftRequireSsl } from './RedshiftRequireSsl';

export { RedshiftCustomerManagedKey, RedshiftRequireSsl };
export const REDSHIFT_RULES: readonly DermaShieldRule[] = [RedshiftCustomerManagedKey, RedshiftRequireSsl];
