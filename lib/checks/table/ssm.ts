import { TableEntry } from './entry';

/** AWS Systems Manager GUI Connect and Incident Manager (controls DS-SSM-*); Session Manager is hand-written. */
export const SSM_ENTRIES: readonly TableEntry[] = [
  {
    name: 'SsmGuiConnectRecordingCustomerManagedKey',
    controlId: 'DS-SSM-2',
    resourceTypes: ['AWS::SSMGuiConnect::Preferences'],
    requirement: 'Fleet Manager RDP connection recordings must name a customer-managed KMS key (ConnectionRecordingPreferences.KMSKeyArn).',
    fix: 'RDP recordings are videos of the remote desktop, including any patient data shown on it. Set '
      + 'ConnectionRecordingPreferences.KMSKeyArn to a PhiKey (not an AWS-managed alias).',
    checks: [{ kind: 'customer-managed-key', path: 'ConnectionRecordingPreferences.KMSKeyArn' }],
    when: { path: 'ConnectionRecordingPreferences.RecordingDestinations' },
  },
  {
    name: 'SsmIncidentsCustomerManagedKey',
    controlId: 'DS-SSM-3',
    resourceTypes: ['AWS::SSMIncidents::ReplicationSet'],
    requirement: 'Incident Manager replication sets must name a customer-managed key in every Region (RegionConfiguration.SseKmsKeyId).',
    fix: 'Incident timelines, notes and related items may quote patient-facing data; without SseKmsKeyId a Region\'s copy is '
      + 'encrypted with an AWS-owned key. Set Regions[].RegionConfiguration.SseKmsKeyId to a PhiKey (or a replica key) per Region.',
    checks: [{ kind: 'customer-managed-key', path: 'Regions[].RegionConfiguration.SseKmsKeyId' }],
  },
];
