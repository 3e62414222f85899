import { defineRule, fail, pass, requireCustomerManagedKey, unverifiable, worst } from '../../rule';
import { getPath, readBoolean, readObject, readString } from '../../values';

const KMS_OPTIONS = new Set(['SSE_KMS', 'CSE_KMS']);

/**
 * DS-ATHENA-1: query results (which copy the rows a query returns) are encrypted with a customer-managed key, and
 * clients cannot override the workgroup's setting. Results go either to the workgroup's S3 OutputLocation
 * (ResultConfiguration) or, with ManagedQueryResultsConfiguration.Enabled, to Athena-owned storage.
 */
export const AthenaWorkGroupCustomerManagedKey = defineRule({
  name: 'AthenaWorkGroupCustomerManagedKey',
  controlId: 'DS-ATHENA-1',
  resourceTypes: ['AWS::Athena::WorkGroup'],
  requirement: 'Athena workgroups must encrypt query results with a customer-managed KMS key (SSE_KMS or CSE_KMS, or the managed '
    + 'results KmsKey) and keep EnforceWorkGroupConfiguration on.',
  explanation: 'Query results copy the patient rows a query returns. Without ResultConfiguration.EncryptionConfiguration they '
    + 'are written as the client asks (unencrypted by default, or SSE_S3); managed query results without a KmsKey use an '
    + 'AWS-owned key; EnforceWorkGroupConfiguration false lets each client choose. Set EncryptionOption SSE_KMS (or '
    + 'CSE_KMS) with KmsKey a PhiKey, or ManagedQueryResultsConfiguration.EncryptionConfiguration.KmsKey; Apache Spark '
    + 'workgroups also need CustomerContentEncryptionConfiguration.KmsKey for their notebooks and calculations.',
  evaluate(resource, context) {
    const config = readObject(resource.properties, 'WorkGroupConfiguration');
    if (config.state === 'unverifiable') return unverifiable(`WorkGroupConfiguration is ${config.why}`);
    if (config.state === 'absent') return fail('WorkGroupConfiguration is not set, so query results are written as each client asks (unencrypted by default)');
    const outcomes = [];
    const enforce = readBoolean(config.value, 'EnforceWorkGroupConfiguration');
    if (enforce.state === 'unverifiable') outcomes.push(unverifiable(`EnforceWorkGroupConfiguration is ${enforce.why}`));
    else if (enforce.state === 'known' && !enforce.value) outcomes.push(fail('EnforceWorkGroupConfiguration is false, so clients can override the result encryption'));

    // Apache Spark workgroups also keep notebooks and calculation state ("customer content") under their own key.
    const engine = readString(config.value, 'EngineVersion.SelectedEngineVersion');
    if (engine.state === 'unverifiable') outcomes.push(unverifiable(`EngineVersion.SelectedEngineVersion is ${engine.why}`));
    else if (engine.state === 'known' && /spark/i.test(engine.value)) {
      outcomes.push(requireCustomerManagedKey(resource, context, getPath(config.value, 'CustomerContentEncryptionConfiguration.KmsKey'),
        'CustomerContentEncryptionConfiguration.KmsKey (Spark notebooks and calculations)'));
    }

    const managed = readBoolean(config.value, 'ManagedQueryResultsConfiguration.Enabled');
    if (managed.state === 'unverifiable') return unverifiable(`ManagedQueryResultsConfiguration.Enabled is ${managed.why}`);
    if (managed.state === 'known' && managed.value) {
      outcomes.push(requireCustomerManagedKey(resource, context, getPath(config.value, 'ManagedQueryResultsConfiguration.EncryptionConfiguration.KmsKey'),
        'ManagedQueryResultsConfiguration.EncryptionConfiguration.KmsKey'));
      return worst(outcomes);
    }
    const option = readString(config.value, 'ResultConfiguration.EncryptionConfiguration.EncryptionOption');
    if (option.state === 'unverifiable') outcomes.push(unverifiable(`ResultConfiguration.EncryptionConfiguration.EncryptionOption is ${option.why}`));
    else if (option.state === 'absent') outcomes.push(fail('ResultConfiguration.EncryptionConfiguration is not set, so query results are not encrypted with a KMS key'));
    else if (!KMS_OPTIONS.has(option.value)) outcomes.push(fail(`ResultConfiguration.EncryptionConfiguration.EncryptionOption is ${option.value}; use SSE_KMS or CSE_KMS`));
    else outcomes.push(pass());
    outcomes.push(requireCustomerManagedKey(resource, context, getPath(config.value, 'ResultConfiguration.EncryptionConfiguration.KmsKey'),
      'ResultConfiguration.EncryptionConfiguration.KmsKey'));
    return worst(outcomes);
  },
});
