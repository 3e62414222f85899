import { TableEntry } from './entry';

/**
 * Transfer Family server security policies that refuse SHA-1 key exchange and MACs (2022-03 and later, their FIPS,
 * post-quantum and restricted variants). All Transfer Family policies accept TLS 1.2 only for FTPS; the older
 * 2018-11 / 2020-06 families still offer diffie-hellman-group14-sha1, hmac-sha1 or umac-64 for SFTP and CBC suites.
 */
export const TRANSFER_SERVER_POLICIES: readonly string[] = [
  'TransferSecurityPolicy-2022-03',
  'TransferSecurityPolicy-2023-05',
  'TransferSecurityPolicy-2024-01',
  'TransferSecurityPolicy-2025-03',
  'TransferSecurityPolicy-FIPS-2023-05',
  'TransferSecurityPolicy-FIPS-2024-01',
  'TransferSecurityPolicy-FIPS-2024-05',
  'TransferSecurityPolicy-FIPS-2025-03',
  'TransferSecurityPolicy-PQ-SSH-Experimental-2023-04',
  'TransferSecurityPolicy-PQ-SSH-FIPS-Experimental-2023-04',
  'TransferSecurityPolicy-Restricted-2024-06',
  'TransferSecurityPolicy-SshAuditCompliant-2025-02',
  'TransferSecurityPolicy-AS2Restricted-2025-07',
];

/** AWS Transfer Family (controls DS-TRANSFER-*). */
export const TRANSFER_ENTRIES: readonly TableEntry[] = [
  {
    name: 'TransferServerSecurityPolicy',
    controlId: 'DS-TRANSFER-1',
    resourceTypes: ['AWS::Transfer::Server'],
    requirement: 'Transfer Family servers must set SecurityPolicyName to TransferSecurityPolicy-2022-03 or a later (or FIPS / post-quantum / restricted) policy.',
    fix: 'A server created by CloudFormation without SecurityPolicyName gets TransferSecurityPolicy-2018-11, which still '
      + 'offers SHA-1 key exchange and MACs for SFTP and CBC cipher suites for FTPS. Set SecurityPolicyName to '
      + 'TransferSecurityPolicy-2024-01 (or TransferSecurityPolicy-FIPS-2024-01) or later.',
    checks: [{ kind: 'one-of', path: 'SecurityPolicyName', allowed: TRANSFER_SERVER_POLICIES, absentMeans: 'TransferSecurityPolicy-2018-11' }],
  },
  {
    name: 'TransferServerNoFtp',
    controlId: 'DS-TRANSFER-1',
    resourceTypes: ['AWS::Transfer::Server'],
    requirement: 'Transfer Family servers must offer only SFTP, FTPS or AS2 in Protocols, never plain FTP.',
    fix: 'FTP sends files and credentials in cleartext. Remove FTP from Protocols and use SFTP (the default when Protocols '
      + 'is omitted) or FTPS with an ACM certificate.',
    checks: [{ kind: 'one-of', path: 'Protocols[]', allowed: ['SFTP', 'FTPS', 'AS2'], absentMeans: 'SFTP' }],
  },
  {
    name: 'TransferAs2ConnectorEncryption',
    controlId: 'DS-TRANSFER-2',
    resourceTypes: ['AWS::Transfer::Connector'],
    requirement: 'Transfer Family AS2 connectors must set As2Config.EncryptionAlgorithm to AES128_CBC, AES192_CBC or AES256_CBC.',
    fix: 'AS2 messages sent with EncryptionAlgorithm NONE rely on the partner URL alone, and DES_EDE3_CBC is a weak cipher. '
      + 'Set As2Config.EncryptionAlgorithm to AES256_CBC (CloudFormation documents no default, so state it explicitly).',
    checks: [{ kind: 'one-of', path: 'As2Config.EncryptionAlgorithm', allowed: ['AES256_CBC', 'AES192_CBC', 'AES128_CBC'] }],
    when: { path: 'As2Config.LocalProfileId' },
  },
];
