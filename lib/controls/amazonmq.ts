import { HIPAA } from './citations';
import { defineControls, SYNTH_ONLY_NO_CONFIG_RULE } from './types';

/** Amazon MQ: message brokers between practice systems. */
export const AMAZONMQ_CONTROLS = defineControls([
  {
    id: 'DS-AMAZONMQ-1',
    title: 'Amazon MQ ActiveMQ brokers encrypted with a customer-managed key',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'ActiveMQ brokers set EncryptionOptions.UseAwsOwnedKey false and KmsKeyId to a customer-managed key.',
    ruleIds: ['DermaShield-AmazonMqBrokerCustomerManagedKey'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
]);
