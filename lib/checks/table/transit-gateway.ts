import { TableEntry } from './entry';

/** AWS Transit Gateway (control DS-TGW-1). */
export const TRANSIT_GATEWAY_ENTRIES: readonly TableEntry[] = [
  {
    name: 'TransitGatewayEncryptionSupport',
    controlId: 'DS-TGW-1',
    resourceTypes: ['AWS::EC2::TransitGateway'],
    requirement: 'Transit gateways must turn on encryption support (EncryptionSupport: enable).',
    fix: 'Encryption support (disabled by default) lets VPC encryption controls enforce that traffic routed between VPCs '
      + 'through the transit gateway, ePHI included, is encrypted. AWS does not accept it at creation: deploy the gateway, '
      + 'then update it with EncryptionSupport: enable.',
    checks: [{ kind: 'one-of', path: 'EncryptionSupport', allowed: ['enable'], absentMeans: 'disable' }],
  },
];
