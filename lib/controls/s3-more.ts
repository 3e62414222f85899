import { HIPAA } from './citations';
import { defineControls, SYNTH_ONLY_NO_CONFIG_RULE } from './types';

/** S3 directory buckets (S3 Express One Zone), table buckets, vector buckets and S3 Files. */
export const S3_MORE_CONTROLS = defineControls([
  {
    id: 'DS-S3-20',
    title: 'S3 directory, table and vector buckets encrypted with a customer-managed key',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'Directory, table and vector buckets use SSE-KMS with a customer-managed key (the default is SSE-S3); S3 Files file systems name a customer-managed KmsKeyId.',
    ruleIds: ['DermaShield-S3ExpressCustomerManagedKey', 'DermaShield-S3TablesCustomerManagedKey', 'DermaShield-S3VectorsBucketCustomerManagedKey', 'DermaShield-S3VectorsIndexCustomerManagedKey', 'DermaShield-S3FilesCustomerManagedKey'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
]);
