import { HIPAA } from './citations';
import { defineControls, RuleBlindSpot, SYNTH_ONLY_NO_CONFIG_RULE } from './types';

/** EFS: shared file systems for imaging workstations. */
export const EFS_CONTROLS = defineControls([
  {
    id: 'DS-EFS-1',
    title: 'EFS file systems encrypted with a customer-managed key',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'EFS file systems are encrypted at rest with a customer-managed KMS key (an omitted Encrypted means unencrypted).',
    ruleIds: ['DermaShield-EfsCustomerManagedKey'],
    configRules: [{
      identifier: 'EFS_ENCRYPTED_CHECK',
      resourceTypes: ['AWS::EFS::FileSystem'],
      decidedByRecord: { blindTo: RuleBlindSpot.KEY_MANAGER, resourceType: 'AWS::EFS::FileSystem', attribute: 'configuration.KmsKeyId' },
    }],
  },
  {
    id: 'DS-EFS-10',
    title: 'EFS file system policy denies mounts without TLS',
    citations: [HIPAA.TRANSMISSION_SECURITY, HIPAA.ENCRYPTION_IN_TRANSIT],
    guidance: 'Every file system policy denies client mounts by any principal when aws:SecureTransport is false.',
    ruleIds: ['DermaShield-EfsDenyInsecureTransport'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
]);
