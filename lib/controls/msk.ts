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
    guardPolicy: {
      resourceTypes: ['AWS::MSK::Cluster'],
      caveat: 'Config records DataVolumeKMSKeyId as a key ARN, which looks the same for the AWS-managed aws/kafka key: the policy proves a key is set and is not an alias/aws/ name; the evidence CLI must join the ARN to the AWS::KMS::Key item and its keyManager.',
    },
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
    guardPolicy: { resourceTypes: ['AWS::MSK::Cluster'], decidesManagedRuleCaveat: true },
  },
]);
