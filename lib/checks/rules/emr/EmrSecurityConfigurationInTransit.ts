import { TableEntry } from '../../table/entry';
import { securityConfigurationRule } from './security-configuration';

const EMR_ENC = 'SecurityConfiguration.EncryptionConfiguration';

const ENTRY: TableEntry = {
  name: 'EmrSecurityConfigurationInTransit',
  controlId: 'DS-EMR-2',
  resourceTypes: ['AWS::EMR::SecurityConfiguration'],
  requirement: 'EMR security configurations must set EnableInTransitEncryption: true.',
  fix: 'Without it, shuffle traffic, Spark RPC and HDFS block transfer between nodes carry ePHI unencrypted. Set '
    + 'EnableInTransitEncryption: true with a TLSCertificateConfiguration (PEM in S3 or a custom provider).',
  checks: [{ kind: 'true', path: `${EMR_ENC}.EnableInTransitEncryption`, absentMeans: false }],
};

/** DS-EMR-2: EMR security configurations encrypt traffic between nodes. */
export const EmrSecurityConfigurationInTransit = securityConfigurationRule(ENTRY);
