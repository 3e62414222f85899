import { DermaShieldRule } from '../../rule';
import { SesMailManagerS3CustomerManagedKey } from './SesMailManagerS3CustomerManagedKey';
import { SesReceiptRuleS3CustomerManagedKey } from './SesReceiptRuleS3CustomerManagedKey';

export { SesMailManagerS3CustomerManagedKey, SesReceiptRuleS3CustomerManagedKey };
export const SES_RULES: readonly DermaShieldRule[] = [SesReceiptRuleS3CustomerManagedKey, SesMailManagerS3CustomerManagedKey];
