import { defineRule, fail, notApplicable, requireCustomerManagedKey, unverifiable, worst } from '../../rule';
import { describeIntrinsic, isIntrinsic, readBoolean, readString } from '../../values';

/**
 * DS-SSM-1: Session Manager preference documents (`AWS::SSM::Document` of DocumentType `Session`, sessionType
 * `Standard_Stream`) encrypt session data with a customer-managed key, and encrypt the session logs they keep.
 */
export const SsmSessionManagerCustomerManagedKey = defineRule({
  name: 'SsmSessionManagerCustomerManagedKey',
  controlId: 'DS-SSM-1',
  resourceTypes: ['AWS::SSM::Document'],
  requirement: 'Session Manager preference documents (DocumentType Session, sessionType Standard_Stream) must set inputs.kmsKeyId to a '
    + 'customer-managed key and, where session logs go to S3 or CloudWatch Logs, s3EncryptionEnabled / cloudWatchEncryptionEnabled true.',
  explanation: 'Shell sessions on servers that hold patient data show that data on screen. Without inputs.kmsKeyId session '
    + 'data is protected by TLS only, and session logs written without s3EncryptionEnabled / cloudWatchEncryptionEnabled '
    + 'may land unencrypted. Set inputs.kmsKeyId to a PhiKey (the instance role and users need kms:Decrypt) and turn both '
    + 'log-encryption flags on. Write Content as an object (not a YAML string) so it can be verified at synth.',
  evaluate(resource, context) {
    const type = readString(resource.properties, 'DocumentType');
    if (type.state === 'unverifiable') return unverifiable(`DocumentType is ${type.why}`);
    if (type.state === 'absent' || type.value !== 'Session') return notApplicable();
    let content = resource.properties.Content;
    if (content === undefined || content === null) return fail('Content is not set');
    if (isIntrinsic(content)) return unverifiable(`Content is ${describeIntrinsic(content)}`);
    if (typeof content === 'string') {
      try {
        content = JSON.parse(content);
      } catch {
        return unverifiable('Content is a string that is not JSON (YAML cannot be read at synth); write it as an object');
      }
    }
    const sessionType = readString(content, 'sessionType');
    if (sessionType.state === 'unverifiable') return unverifiable(`Content.sessionType is ${sessionType.why}`);
    if (sessionType.state === 'absent' || sessionType.value !== 'Standard_Stream') return notApplicable();
    const inputs = (content as Record<string, unknown>).inputs;
    if (isIntrinsic(inputs)) return unverifiable(`Content.inputs is ${describeIntrinsic(inputs)}`);
    const outcomes = [requireCustomerManagedKey(resource, context, (inputs as Record<string, unknown> | undefined)?.kmsKeyId, 'Content.inputs.kmsKeyId')];
    for (const [destination, flag] of [['s3BucketName', 's3EncryptionEnabled'], ['cloudWatchLogGroupName', 'cloudWatchEncryptionEnabled']]) {
      const target = readString(inputs, destination);
      if (target.state === 'absent' || (target.state === 'known' && target.value === '')) continue;
      const on = readBoolean(inputs, flag);
      if (on.state === 'unverifiable') outcomes.push(unverifiable(`Content.inputs.${flag} is ${on.why}`));
      else if (on.state === 'absent' || !on.value) outcomes.push(fail(`Content.inputs.${flag} is ${on.state === 'absent' ? 'not set' : 'false'} while ${destination} is set`));
    }
    return worst(outcomes);
  },
});
