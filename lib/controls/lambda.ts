import { HIPAA } from './citations';
import { defineControls, SYNTH_ONLY_NO_CONFIG_RULE } from './types';

/** AWS Lambda: environment variables, snapshots, durable state and logs of the functions that process records. */
export const LAMBDA_CONTROLS = defineControls([
  {
    id: 'DS-LAMBDA-1',
    title: 'Lambda data at rest encrypted with a customer-managed key',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'Lambda environment variables, SnapStart snapshots, durable-execution payloads, event filters and capacity providers name a customer-managed KMS key.',
    ruleIds: ['DermaShield-LambdaEnvironmentCustomerManagedKey', 'DermaShield-LambdaSnapStartCustomerManagedKey', 'DermaShield-LambdaDurableExecutionCustomerManagedKey', 'DermaShield-LambdaEventFilterCustomerManagedKey', 'DermaShield-LambdaCapacityProviderCustomerManagedKey'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
  {
    id: 'DS-LAMBDA-2',
    title: 'Lambda functions log to a log group defined with the app',
    citations: [HIPAA.ENCRYPTION_AT_REST],
    guidance: 'Every function logs to a CloudWatch log group the app defines (LoggingConfig.LogGroup, or a group named /aws/lambda/<function name>), so its key is judged, never to the implicit group Lambda would create without a customer-managed key.',
    ruleIds: ['DermaShield-LambdaLogGroupDefined'],
    configRules: [],
    notEvidencedAfterDeployment: SYNTH_ONLY_NO_CONFIG_RULE,
  },
]);
