import { HIPAA } from './citations';
import { defineControls, SYNTH_ONLY_NO_CONFIG_RULE } from './types';

/** Amazon ECS: clusters and services that run the practice's containers. */
export const ECS_CONTROLS = defineControls([
  {
    id: 'DS-ECS-1',
    title: 'ECS Exec sessions and their logs encrypted',
    citations: [HIPAA.ENCRYPTION_AT_REST, HIPAA.TRANSMISSION_SECURITY],
    guidance: 'Clusters that configure ECS Exec, and the clusters of services that turn it on, name a customer-managed key for session data and require encrypted CloudWatch Logs and S3 destinations for session logs.',
    ruleIds: ['DermaShield-EcsExecuteCommandCustomerManagedKey', 'DermaShield-EcsExecuteCommandCloudWatchLogEncryption', 'DermaShield-EcsExecuteCommandS3LogEncryption', 'DermaShield-EcsExecuteCommandKey'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
  {
    id: 'DS-ECS-2',
    title: 'Fargate ephemeral storage encrypted with a customer-managed key',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'ECS clusters name a customer-managed KMS key for the ephemeral storage of Fargate tasks.',
    ruleIds: ['DermaShield-EcsFargateEphemeralStorageCustomerManagedKey'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
  {
    id: 'DS-ECS-3',
    title: 'ECS-managed EBS volumes encrypted with a customer-managed key',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: "EBS volumes that ECS services attach to their tasks are encrypted with a customer-managed key, named on the volume or as the cluster's managed-storage key.",
    ruleIds: ['DermaShield-EcsManagedEbsCustomerManagedKey'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
  {
    id: 'DS-ECS-4',
    title: 'Service Connect traffic encrypted with TLS',
    citations: [HIPAA.TRANSMISSION_SECURITY, HIPAA.ENCRYPTION_IN_TRANSIT],
    guidance: 'Every Service Connect service endpoint turns on TLS with an AWS Private CA issuer and a customer-managed key for the private keys.',
    ruleIds: ['DermaShield-EcsServiceConnectTls'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
  {
    id: 'DS-ECS-10',
    title: 'ECS tasks mount EFS with transit encryption',
    citations: [HIPAA.TRANSMISSION_SECURITY, HIPAA.ENCRYPTION_IN_TRANSIT],
    guidance: 'Every EFS volume of a task definition sets TransitEncryption ENABLED.',
    ruleIds: ['DermaShield-EcsEfsTransitEncryption'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
]);
