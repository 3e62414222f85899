import { defineRule, fail, pass, requireCustomerManagedKey, unverifiable, worst } from '../../rule';
import { readBoolean } from '../../values';

/** DS-REDSHIFT-1: Redshift data is encrypted with a customer-managed key. */
export const RedshiftCustomerManagedKey = defineRule({
  name: 'RedshiftCustomerManagedKey',
  controlId: 'DS-REDSHIFT-1',
  resourceTypes: ['AWS::Redshift::Cluster', 'AWS::RedshiftServerless::Namespace'],
  requirement: 'Redshift clusters (Encrypted not false) and Redshift Serverless namespaces must name a customer-managed KmsKeyId.',
  explanation: 'Redshift encrypts new clusters and namespaces by default, but with a key the practice does not control when '
    + 'KmsKeyId is omitted. Set kmsKeyId to a PhiKey on the cluster or namespace.',
  evaluate(resource, context) {
    const p = resource.properties;
    if (resource.type === 'AWS::RedshiftServerless::Namespace') return requireCustomerManagedKey(resource, context, p.KmsKeyId, 'KmsKeyId');
    const encrypted = readBoolean(p, 'Encrypted'); // CloudFormation default: true
    const flag = encrypted.state === 'unverifiable' ? unverifiable(`Encrypted is ${encrypted.why}`)
      : encrypted.state === 'known' && !encrypted.value ? fail('Encrypted is false') : pass();
    return worst([flag, requireCustomerManagedKey(resource, context, p.KmsKeyId, 'KmsKeyId')]);
  },
});
