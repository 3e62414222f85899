import { HIPAA } from './citations';
import { defineControls, SYNTH_ONLY_NO_CONFIG_RULE } from './types';

/** Amazon EMR (on EC2, on EKS, Serverless, Studio): big-data processing of clinical records. */
export const EMR_CONTROLS = defineControls([
  {
    id: 'DS-EMR-1',
    title: 'EMR security configurations encrypt data at rest with customer-managed keys',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'EMR and EMR on EKS security configurations encrypt EMRFS/S3 data with SSE-KMS or CSE-KMS and local disks with AWS KMS, under customer-managed keys.',
    ruleIds: ['DermaShield-EmrSecurityConfigurationAtRest', 'DermaShield-EmrContainersSecurityConfigurationAtRest'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
  {
    id: 'DS-EMR-2',
    title: 'EMR security configurations encrypt data in transit',
    citations: [HIPAA.TRANSMISSION_SECURITY, HIPAA.ENCRYPTION_IN_TRANSIT],
    guidance: 'EMR and EMR on EKS security configurations turn on in-transit encryption between nodes.',
    ruleIds: ['DermaShield-EmrSecurityConfigurationInTransit', 'DermaShield-EmrContainersSecurityConfigurationInTransit'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
  {
    id: 'DS-EMR-3',
    title: 'EMR logs and notebooks encrypted with a customer-managed key',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'EMR cluster and step logs, EMR Studio notebook backups and EMR Serverless logs name a customer-managed KMS key.',
    ruleIds: ['DermaShield-EmrClusterLogCustomerManagedKey', 'DermaShield-EmrStepLogCustomerManagedKey', 'DermaShield-EmrStudioCustomerManagedKey', 'DermaShield-EmrServerlessS3LogCustomerManagedKey', 'DermaShield-EmrServerlessCloudWatchLogCustomerManagedKey'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
  {
    id: 'DS-EMR-4',
    title: 'EMR clusters apply a security configuration',
    citations: [HIPAA.ENCRYPTION_AT_REST, HIPAA.ENCRYPTION_IN_TRANSIT],
    guidance: 'Every EMR cluster names a security configuration defined with the app, so its encryption settings are judged.',
    ruleIds: ['DermaShield-EmrClusterSecurityConfiguration'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
]);
