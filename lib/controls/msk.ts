import { HIPAA } from './citations';
import { defineControls } from './types';

/** Amazon MSK: Kafka event streams between clinical systems. */
export const MSK_CONTROLS = defineControls([
  {
    id: 'DS-MSK-1',
    title: 'MSK broker storage encrypted with a customer-managed key',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'MSK cluster data volumes are encrypted with a customer-managed KMS key; aws/kafka is not enough.',
    ruleIds: ['DermaShield-MskCustomerManagedKey'],
    configRules: [],
  },
  {
    id: 'DS-MSK-2',
    title: 'MSK requires TLS between clients and brokers and within the cluster',
    citations: [HIPAA.TRANSMISSION_SECURITY, HIPAA.ENCRYPTION_IN_TRANSIT],
    guidance: 'MSK clusters accept TLS-only client connections and encrypt traffic between brokers.',
    ruleIds: ['DermaShield-MskInTransitEncryption'],
    configRules: [{
      identifier: 'MSK_IN_CLUSTER_NODE_REQUIRE_TLS',
      resourceTypes: ['AWS::MSK::Cluster'],
      caveat: 'The rule checks broker-to-broker encryption only, not whether clients may connect in plaintext.',
    }],
  },
]);
