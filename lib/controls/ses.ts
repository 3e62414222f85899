import { HIPAA } from './citations';
import { defineControls, SYNTH_ONLY_NO_CONFIG_RULE } from './types';

/** Amazon SES: outbound delivery, inbound receipt rules and Mail Manager. */
export const SES_CONTROLS = defineControls([
  {
    id: 'DS-SES-1',
    title: 'SES sends and receives mail only over TLS',
    citations: [HIPAA.TRANSMISSION_SECURITY, HIPAA.ENCRYPTION_IN_TRANSIT],
    guidance: 'Configuration sets set DeliveryOptions.TlsPolicy REQUIRE, receipt rules set Rule.TlsPolicy Require, and Mail Manager ingress points set TlsPolicy REQUIRED or FIPS; the defaults allow plaintext.',
    ruleIds: ['DermaShield-SesConfigurationSetTlsRequired', 'DermaShield-SesReceiptRuleTlsRequired', 'DermaShield-SesMailManagerIngressTlsRequired'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
  {
    id: 'DS-SES-2',
    title: 'Mail SES stores is encrypted with a customer-managed key',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'Receipt-rule S3 actions set KmsKeyArn, Mail Manager WriteToS3 actions set S3SseKmsKeyId, and Mail Manager archives set KmsKeyArn to customer-managed keys.',
    ruleIds: ['DermaShield-SesReceiptRuleS3CustomerManagedKey', 'DermaShield-SesMailManagerS3CustomerManagedKey', 'DermaShield-SesMailManagerArchiveCustomerManagedKey'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
]);
