import { HIPAA } from './citations';
import { defineControls, SYNTH_ONLY_NO_CONFIG_RULE } from './types';

/** AWS IoT Core and IoT SiteWise: connected medical and monitoring devices. */
export const IOT_CONTROLS = defineControls([
  {
    id: 'DS-IOT-1',
    title: 'IoT data encrypted with a customer-managed key',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'The IoT Core encryption configuration and IoT SiteWise workspaces use a customer-managed KMS key.',
    ruleIds: ['DermaShield-IotEncryptionCustomerManagedKey', 'DermaShield-IotSiteWiseWorkspaceCustomerManagedKey'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
  {
    id: 'DS-IOT-2',
    title: 'IoT domain configurations require TLS 1.2 or later',
    citations: [HIPAA.TRANSMISSION_SECURITY, HIPAA.ENCRYPTION_IN_TRANSIT],
    guidance: 'IoT domain configurations use a security policy whose minimum protocol is TLS 1.2.',
    ruleIds: ['DermaShield-IotDomainTlsPolicy'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
]);
