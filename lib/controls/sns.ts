import { HIPAA } from './citations';
import { defineControls, SYNTH_ONLY_NO_CONFIG_RULE } from './types';

/** SNS topics: alerts and notifications can quote patient data. */
export const SNS_CONTROLS = defineControls([
  {
    id: 'DS-SNS-1',
    title: 'SNS topics encrypted with a customer-managed key',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'SNS topics use server-side encryption with a customer-managed KMS key.',
    ruleIds: ['DermaShield-SnsCustomerManagedKey'],
    configRules: [
      {
        identifier: 'SNS_ENCRYPTED_KMS',
        resourceTypes: ['AWS::SNS::Topic'],
        caveat: 'Without kmsKeyIds it passes the AWS-managed aws/sns key; the evidence CLI checks the key manager.',
      },
    ],
    guardPolicy: {
      resourceTypes: ['AWS::SNS::Topic'],
      decidesManagedRuleCaveat: true,
      caveat: 'A KmsMasterKeyId given as the key id or key ARN of the AWS-managed aws/sns key (rather than alias/aws/sns) looks like a customer-managed key in the configuration item.',
    },
  },
  {
    id: 'DS-SNS-10',
    title: 'SNS topic policy denies publishing without TLS',
    citations: [HIPAA.TRANSMISSION_SECURITY, HIPAA.ENCRYPTION_IN_TRANSIT],
    guidance: 'Every topic policy denies sns:Publish to any principal when aws:SecureTransport is false.',
    ruleIds: ['DermaShield-SnsDenyInsecureTransport'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
  {
    id: 'DS-SNS-11',
    title: 'SNS subscriptions do not deliver over plain HTTP',
    citations: [HIPAA.TRANSMISSION_SECURITY, HIPAA.ENCRYPTION_IN_TRANSIT],
    guidance: 'No subscription uses the http protocol; HTTP endpoints are subscribed over https.',
    ruleIds: ['DermaShield-SnsSubscriptionHttps'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
]);
