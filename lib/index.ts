// Public API of the construct library: re-exports only. Nothing here loads the AWS SDK: the evidence library is the
// subpath export `dermashield/evidence` (lib/evidence/index.ts).
export * from './errors';
export * from './controls';
export * from './checks';
export * from './keys/phi-key';
export * from './storage/clinical-image-bucket';
export * from './database/ehr-database';
export * from './network/tls-load-balancer';
export * from './network/phi-web-acl';
export * from './network/clinic-vpn-endpoint';
export * from './network/phi-network';
export * from './backup/backup-target';
export * from './backup/phi-backup-vault';
export * from './audit/phi-audit-trail';
export * from './audit/encryption-alarms';
export * from './audit/phi-config-rules';
export * from './static-api';
