import { HIPAA } from './citations';
import { defineControls, SYNTH_ONLY_NO_CONFIG_RULE } from './types';

/** Amazon MSK Replicator and channels. */
export const MSK_MORE_CONTROLS = defineControls([
  {
    id: 'DS-MSK-20',
    title: 'MSK Replicator connects to clusters over TLS',
    citations: [HIPAA.TRANSMISSION_SECURITY, HIPAA.ENCRYPTION_IN_TRANSIT],
    guidance: 'Replicators use EncryptionInTransit.EncryptionType TLS for every Kafka cluster.',
    ruleIds: ['DermaShield-MskReplicatorTls'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
  {
    id: 'DS-MSK-21',
    title: 'MSK channels encrypted with a customer-managed key',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'MSK channels name a customer-managed EncryptionConfiguration.KmsKeyArn.',
    ruleIds: ['DermaShield-MskChannelCustomerManagedKey'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
]);
