import { DermaShieldRule } from '../../rule';
import { S3BlockPublicAccess } from './S3BlockPublicAccess';
import { S3CustomerManagedKey } from './S3CustomerManagedKey';
import { S3DenyInsecureTransport } from './S3DenyInsecureTransport';
import { S3MinimumTlsVersion } from './S3MinimumTlsVersion';
import { S3ObjectLock } from './S3ObjectLock';
import { S3Versioning } from './S3Versioning';

export { S3BlockPublicAccess, S3CustomerManagedKey, S3DenyInsecureTransport, S3MinimumTlsVersion, S3ObjectLock, S3Versioning };

/** Rules for S3, one file each. */
export const S3_RULES: readonly DermaShieldRule[] = [
  S3CustomerManagedKey,
  S3DenyInsecureTransport,
  S3MinimumTlsVersion,
  S3BlockPublicAccess,
  S3Versioning,
  S3ObjectLock,
];
