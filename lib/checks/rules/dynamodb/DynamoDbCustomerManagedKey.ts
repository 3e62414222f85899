import { EffectiveResource } from '../../effective';
import { defineRule, fail, requireCustomerManagedKey, requireTrue, RuleContext, RuleOutcome, unverifiable, worst } from '../../rule';
import { getPath, readBoolean, readList, readString } from '../../values';

/** DS-DDB-1: tables are encrypted with a customer-managed key. */
export const DynamoDbCustomerManagedKey = defineRule({
  name: 'DynamoDbCustomerManagedKey',
  controlId: 'DS-DDB-1',
  resourceTypes: ['AWS::DynamoDB::Table', 'AWS::DynamoDB::GlobalTable'],
  requirement: 'DynamoDB tables must enable SSE with SSEType KMS and a customer-managed KMSMasterKeyId.',
  explanation: 'Without SSESpecification DynamoDB uses an AWS-owned key; with SSEEnabled and no key, aws/dynamodb. '
    + 'Use encryption: TableEncryption.CUSTOMER_MANAGED with encryptionKey: a PhiKey.',
  evaluate(resource, context) {
    const sse = judgeSse(resource);
    if (sse.kind === 'fail') return sse;
    if (resource.type === 'AWS::DynamoDB::Table') {
      return worst([sse, requireCustomerManagedKey(resource, context, getPath(resource.properties, 'SSESpecification.KMSMasterKeyId'), 'SSESpecification.KMSMasterKeyId')]);
    }
    return worst([sse, judgeReplicas(resource, context)]);
  },
});

function judgeSse(resource: EffectiveResource): RuleOutcome {
  const enabled = requireTrue(readBoolean(resource.properties, 'SSESpecification.SSEEnabled'), 'SSESpecification.SSEEnabled');
  if (enabled.kind !== 'pass') return enabled;
  const type = readString(resource.properties, 'SSESpecification.SSEType');
  if (type.state === 'unverifiable') return unverifiable(`SSESpecification.SSEType is ${type.why}`);
  if (type.state === 'known' && type.value.toUpperCase() !== 'KMS') return fail(`SSESpecification.SSEType is ${type.value}`);
  return enabled;
}

function judgeReplicas(resource: EffectiveResource, context: RuleContext): RuleOutcome {
  const replicas = readList(resource.properties, 'Replicas');
  if (replicas.state !== 'known') return unverifiable(`Replicas is ${replicas.state === 'unverifiable' ? replicas.why : 'not set'}`);
  return worst(replicas.value.map((replica, i) => requireCustomerManagedKey(
    resource, context, getPath(replica, 'SSESpecification.KMSMasterKeyId'), `Replicas.${i}.SSESpecification.KMSMasterKeyId`)));
}
