import { defineRule, fail, notApplicable, pass, requireCustomerManagedKey, unverifiable } from '../../rule';
import { describeIntrinsic, isIntrinsic, readString } from '../../values';

/**
 * DS-OPENSEARCH-22: OpenSearch Serverless encryption policies (`AWS::OpenSearchServerless::SecurityPolicy` of Type
 * `encryption`) assign a customer-managed key, not the AWS-owned key, to the collections they match.
 */
export const OpenSearchServerlessEncryptionPolicyCustomerManagedKey = defineRule({
  name: 'OpenSearchServerlessEncryptionPolicyCustomerManagedKey',
  controlId: 'DS-OPENSEARCH-22',
  resourceTypes: ['AWS::OpenSearchServerless::SecurityPolicy'],
  requirement: 'OpenSearch Serverless encryption policies must set "AWSOwnedKey": false and "KmsARN" to a customer-managed key.',
  explanation: 'An encryption policy with "AWSOwnedKey": true encrypts every matching collection (indexed clinical notes, '
    + 'embeddings of patient documents) with an AWS-owned key the practice cannot control or audit. Write the policy with '
    + '"AWSOwnedKey": false and "KmsARN": a PhiKey\'s ARN; the key of a collection is fixed when it is created. A policy '
    + 'built from tokens (Fn::Join, Fn::Sub) cannot be read at synth: declare the key ARN in externalCustomerManagedKeyArns '
    + 'and write the policy as a literal string, or acknowledge the finding.',
  evaluate(resource, context) {
    const type = readString(resource.properties, 'Type');
    if (type.state === 'unverifiable') return unverifiable(`Type is ${type.why}`);
    if (type.state === 'absent' || type.value !== 'encryption') return notApplicable();
    const raw = resource.properties.Policy;
    if (raw === undefined || raw === null) return fail('Policy is not set');
    if (isIntrinsic(raw)) return unverifiable(`Policy is ${describeIntrinsic(raw)}, which cannot be read at synth`);
    let policy: unknown = raw;
    if (typeof raw === 'string') {
      try {
        policy = JSON.parse(raw);
      } catch {
        return unverifiable('Policy is not valid JSON');
      }
    }
    if (!policy || typeof policy !== 'object' || Array.isArray(policy)) return unverifiable('Policy is not a JSON object');
    const body = policy as Record<string, unknown>;
    const owned = body.AWSOwnedKey;
    if (owned === true || String(owned).toLowerCase() === 'true') return fail('Policy sets "AWSOwnedKey": true, so matching collections use an AWS-owned key');
    const key = requireCustomerManagedKey(resource, context, body.KmsARN, 'Policy.KmsARN');
    return key.kind === 'pass' ? pass() : key;
  },
});
