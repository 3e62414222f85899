import { HIPAA } from './citations';
import { defineControls, SYNTH_ONLY_NO_CONFIG_RULE } from './types';

/** Amazon FSx: shared file systems for imaging archives and practice documents. */
export const FSX_CONTROLS = defineControls([
  {
    id: 'DS-FSX-1',
    title: 'FSx file systems and caches encrypted with a customer-managed key',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'FSx for Lustre, Windows File Server, NetApp ONTAP and OpenZFS file systems and FSx file caches name a customer-managed KMS key.',
    ruleIds: ['DermaShield-FsxFileSystemCustomerManagedKey', 'DermaShield-FsxFileCacheCustomerManagedKey'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
]);
