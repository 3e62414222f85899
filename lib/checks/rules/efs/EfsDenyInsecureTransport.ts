import { defineRule, fail } from '../../rule';
import { ANY_RESOURCE, deniesInsecureTransport } from '../transport';

/** DS-EFS-10: the file system policy denies mounts without TLS. */
export const EfsDenyInsecureTransport = defineRule({
  name: 'EfsDenyInsecureTransport',
  controlId: 'DS-EFS-10',
  resourceTypes: ['AWS::EFS::FileSystem'],
  requirement: 'Every EFS file system must have a FileSystemPolicy that denies elasticfilesystem:ClientMount (e.g. "*") to '
    + 'every principal when aws:SecureTransport is false.',
  explanation: 'NFS mounts are unencrypted unless the client mounts with TLS (mount -o tls); only the file system policy can '
    + 'refuse a plain mount. Add fileSystemPolicy with { Effect: Deny, Principal: { AWS: "*" }, Action: "*", '
    + 'Condition: { Bool: { "aws:SecureTransport": "false" } } }.',
  evaluate(resource) {
    const policy = resource.properties.FileSystemPolicy;
    if (policy === undefined || policy === null) return fail('FileSystemPolicy is not set, so clients may mount without TLS');
    return deniesInsecureTransport(policy, { actions: ['elasticfilesystem:ClientMount'], coversResource: ANY_RESOURCE }, resource.stack);
  },
});
