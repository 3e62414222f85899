import { TableEntry } from './entry';

/** AWS IoT Core and IoT SiteWise (controls DS-IOT-*). */
export const IOT_ENTRIES: readonly TableEntry[] = [
  {
    name: 'IotEncryptionCustomerManagedKey',
    controlId: 'DS-IOT-1',
    resourceTypes: ['AWS::IoT::EncryptionConfiguration'],
    requirement: 'The AWS IoT Core encryption configuration must use EncryptionType CUSTOMER_MANAGED_KMS_KEY with a customer-managed KmsKeyArn.',
    fix: 'IoT Core keeps device shadows, retained messages and registry data of patient devices; AWS_OWNED_KMS_KEY is a '
      + 'key the practice cannot control or audit. Set EncryptionType CUSTOMER_MANAGED_KMS_KEY and KmsKeyArn to a PhiKey.',
    checks: [
      { kind: 'one-of', path: 'EncryptionType', allowed: ['CUSTOMER_MANAGED_KMS_KEY'] },
      { kind: 'customer-managed-key', path: 'KmsKeyArn' },
    ],
  },
  {
    name: 'IotSiteWiseWorkspaceCustomerManagedKey',
    controlId: 'DS-IOT-1',
    resourceTypes: ['AWS::IoTSiteWise::Workspace'],
    requirement: 'IoT SiteWise workspaces must use EncryptionType KMS_BASED_ENCRYPTION with a customer-managed KmsKeyId.',
    fix: 'The default encryption uses a key the practice cannot control or audit. Set EncryptionConfiguration.EncryptionType '
      + 'KMS_BASED_ENCRYPTION and KmsKeyId to a PhiKey.',
    checks: [
      { kind: 'one-of', path: 'EncryptionConfiguration.EncryptionType', allowed: ['KMS_BASED_ENCRYPTION'] },
      { kind: 'customer-managed-key', path: 'KmsKeyId' },
    ],
  },
  {
    name: 'IotDomainTlsPolicy',
    controlId: 'DS-IOT-2',
    resourceTypes: ['AWS::IoT::DomainConfiguration'],
    requirement: 'IoT domain configurations must use a security policy whose minimum protocol is TLS 1.2 '
      + '(IoTSecurityPolicy_TLS13_1_3_2022_10, IoTSecurityPolicy_TLS13_1_2_2022_10 or IoTSecurityPolicy_TLS12_1_2_2022_10).',
    fix: 'IoTSecurityPolicy_TLS12_1_0_2016_01 and _2015_01 accept TLS 1.0 and 1.1 from devices. Leave TlsConfig.SecurityPolicy '
      + 'unset (new domains default to IoTSecurityPolicy_TLS13_1_2_2022_10) or choose one of the TLS 1.2+ policies.',
    checks: [{
      kind: 'one-of',
      path: 'TlsConfig.SecurityPolicy',
      allowed: ['IoTSecurityPolicy_TLS13_1_3_2022_10', 'IoTSecurityPolicy_TLS13_1_2_2022_10', 'IoTSecurityPolicy_TLS12_1_2_2022_10'],
      absentMeans: 'IoTSecurityPolicy_TLS13_1_2_2022_10',
    }],
  },
];
