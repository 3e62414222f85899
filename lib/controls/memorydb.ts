import { HIPAA } from './citations';
import { defineControls, SYNTH_ONLY_NO_CONFIG_RULE } from './types';

/** Amazon MemoryDB. */
export const MEMORYDB_CONTROLS = defineControls([
  {
    id: 'DS-MEMORYDB-1',
    title: 'MemoryDB clusters and snapshots encrypted with a customer-managed key',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'MemoryDB clusters and snapshots name a customer-managed KmsKeyId.',
    ruleIds: ['DermaShield-MemoryDbCustomerManagedKey', 'DermaShield-MemoryDbSnapshotCustomerManagedKey'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
  {
    id: 'DS-MEMORYDB-2',
    title: 'MemoryDB requires TLS',
    citations: [HIPAA.TRANSMISSION_SECURITY, HIPAA.ENCRYPTION_IN_TRANSIT],
    guidance: 'MemoryDB clusters and multi-Region clusters keep TLSEnabled true (the default).',
    ruleIds: ['DermaShield-MemoryDbTls'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
]);
