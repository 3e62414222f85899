import { HIPAA } from './citations';
import { defineControls, SYNTH_ONLY_NO_CONFIG_RULE } from './types';

/** Amazon EKS: Kubernetes clusters whose secrets open the ePHI stores. */
export const EKS_CONTROLS = defineControls([
  {
    id: 'DS-EKS-1',
    title: 'EKS secrets envelope-encrypted with a customer-managed key',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'EKS clusters envelope-encrypt Kubernetes secrets with a customer-managed KMS key.',
    ruleIds: ['DermaShield-EksSecretsEncryption'],
    configRules: [{ identifier: 'EKS_SECRETS_ENCRYPTED', resourceTypes: ['AWS::EKS::Cluster'] }],
  },
  {
    id: 'DS-EKS-2',
    title: 'EKS control-plane logs go to a log group defined with the app',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'EKS clusters that log their control plane have the /aws/eks/<name>/cluster log group defined with the app, so its key is judged.',
    ruleIds: ['DermaShield-EksControlPlaneLogGroup'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
]);
