import { TableEntry } from './entry';

/** AWS Lambda: the keys of what a function keeps at rest (controls DS-LAMBDA-*). The log group is a rule file. */
export const LAMBDA_ENTRIES: readonly TableEntry[] = [
  {
    name: 'LambdaEnvironmentCustomerManagedKey',
    controlId: 'DS-LAMBDA-1',
    resourceTypes: ['AWS::Lambda::Function'],
    requirement: 'Lambda functions with environment variables must name a customer-managed KMS key (KmsKeyArn).',
    fix: 'Without KmsKeyArn, Lambda encrypts environment variables with the AWS-managed key aws/lambda, which the practice '
      + 'cannot restrict or audit. Set environmentEncryption (KmsKeyArn) to a PhiKey.',
    checks: [{ kind: 'customer-managed-key', path: 'KmsKeyArn' }],
    when: { path: 'Environment.Variables' },
  },
  {
    name: 'LambdaSnapStartCustomerManagedKey',
    controlId: 'DS-LAMBDA-1',
    resourceTypes: ['AWS::Lambda::Function'],
    requirement: 'Lambda functions with SnapStart on published versions must name a customer-managed KMS key (KmsKeyArn) for their snapshots.',
    fix: 'A SnapStart snapshot is the initialised memory of the function (anything it loaded, ePHI included); without '
      + 'KmsKeyArn it is encrypted with an AWS-owned key. Set KmsKeyArn to a PhiKey.',
    checks: [{ kind: 'customer-managed-key', path: 'KmsKeyArn' }],
    when: { path: 'SnapStart.ApplyOn', equals: ['PublishedVersions'] },
  },
  {
    name: 'LambdaDurableExecutionCustomerManagedKey',
    controlId: 'DS-LAMBDA-1',
    resourceTypes: ['AWS::Lambda::Function'],
    requirement: 'Durable Lambda functions must name a customer-managed KMS key for their execution payloads (DurableConfig.KMSKeyArn).',
    fix: 'Durable executions keep their input, output and error payloads for the retention period; without '
      + 'DurableConfig.KMSKeyArn they are encrypted with an AWS-owned key. Set it to a PhiKey.',
    checks: [{ kind: 'customer-managed-key', path: 'DurableConfig.KMSKeyArn' }],
    when: { path: 'DurableConfig.ExecutionTimeout' },
  },
  {
    name: 'LambdaEventFilterCustomerManagedKey',
    controlId: 'DS-LAMBDA-1',
    resourceTypes: ['AWS::Lambda::EventSourceMapping'],
    requirement: 'Event source mappings with filter criteria must name a customer-managed KMS key (KmsKeyArn).',
    fix: 'Filter patterns can name patient identifiers or record values; without KmsKeyArn Lambda encrypts them with an '
      + 'AWS-owned key. Set KmsKeyArn to a PhiKey.',
    checks: [{ kind: 'customer-managed-key', path: 'KmsKeyArn' }],
    when: { path: 'FilterCriteria.Filters' },
  },
  {
    name: 'LambdaCapacityProviderCustomerManagedKey',
    controlId: 'DS-LAMBDA-1',
    resourceTypes: ['AWS::Lambda::CapacityProvider'],
    requirement: 'Lambda capacity providers must name a customer-managed KMS key (KmsKeyArn).',
    fix: 'The managed instances of a capacity provider run the functions and keep their disks; without KmsKeyArn they '
      + 'are encrypted with a key the practice does not control. Set KmsKeyArn to a PhiKey.',
    checks: [{ kind: 'customer-managed-key', path: 'KmsKeyArn' }],
  },
];
