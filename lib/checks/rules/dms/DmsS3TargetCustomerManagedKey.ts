import { defineRule, fail, notApplicable, pass, requireCustomerManagedKey, unverifiable, worst } from '../../rule';
import { getPath, readString } from '../../values';

/** Target engines whose endpoint settings choose how DMS encrypts the files it writes to S3. */
const SETTINGS: Readonly<Record<string, string>> = { 's3': 'S3Settings', 'redshift': 'RedshiftSettings', 'redshift-serverless': 'RedshiftSettings' };

/**
 * DS-DMS-2: the files DMS writes to S3 (an S3 target, or the intermediate files it stages for a Redshift target) are
 * encrypted with a customer-managed key. DMS sets the encryption on each object itself, so the bucket's default key
 * does not apply: the default EncryptionMode SSE_S3 uses S3-managed keys.
 */
export const DmsS3TargetCustomerManagedKey = defineRule({
  name: 'DmsS3TargetCustomerManagedKey',
  controlId: 'DS-DMS-2',
  resourceTypes: ['AWS::DMS::Endpoint'],
  requirement: 'DMS S3 and Redshift target endpoints must set EncryptionMode SSE_KMS with a customer-managed ServerSideEncryptionKmsKeyId.',
  explanation: 'DMS writes migrated rows to S3 as CSV or Parquet files (for a Redshift target, as staged files before COPY) '
    + 'with the encryption its endpoint names; the default SSE_S3 uses S3-managed keys whatever the bucket default is. Set '
    + 'S3Settings (or RedshiftSettings) EncryptionMode SSE_KMS and ServerSideEncryptionKmsKeyId to a PhiKey.',
  evaluate(resource, context) {
    const engine = readString(resource.properties, 'EngineName');
    if (engine.state === 'unverifiable') return unverifiable(`EngineName is ${engine.why}`);
    if (engine.state === 'absent') return notApplicable();
    const settings = SETTINGS[engine.value.toLowerCase()];
    if (!settings) return notApplicable();
    const type = readString(resource.properties, 'EndpointType');
    if (type.state === 'unverifiable') return unverifiable(`EndpointType is ${type.why}`);
    if (type.state === 'known' && type.value.toLowerCase() === 'source') return notApplicable(); // DMS only reads the source files
    const mode = readString(resource.properties, `${settings}.EncryptionMode`);
    const modeOutcome = mode.state === 'unverifiable' ? unverifiable(`${settings}.EncryptionMode is ${mode.why}`)
      : mode.state === 'absent' ? fail(`${settings}.EncryptionMode is not set (the default is SSE_S3, S3-managed keys)`)
        : mode.value.toUpperCase() === 'SSE_KMS' ? pass() : fail(`${settings}.EncryptionMode is ${mode.value}; use SSE_KMS`);
    return worst([modeOutcome, requireCustomerManagedKey(resource, context, getPath(resource.properties, `${settings}.ServerSideEncryptionKmsKeyId`),
      `${settings}.ServerSideEncryptionKmsKeyId`)]);
  },
});
