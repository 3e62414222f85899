import { TableEntry } from './entry';

/** KMS multi-Region replica keys (control DS-KMS-10). */
export const KMS_ENTRIES: readonly TableEntry[] = [
  {
    name: 'KmsReplicaKeyPrimary',
    controlId: 'DS-KMS-10',
    resourceTypes: ['AWS::KMS::ReplicaKey'],
    requirement: 'A KMS replica key\'s PrimaryKeyArn must name a key defined in the app (whose rotation the KMS rules judge) '
      + 'or a customer-managed key declared in externalCustomerManagedKeyArns.',
    fix: 'A replica key shares its primary\'s key material and rotation: nothing on the replica says whether the primary '
      + 'rotates or who manages it. Reference the primary (a multi-Region PhiKey) from the app, or declare its ARN in '
      + 'DermaShieldChecks({ externalCustomerManagedKeyArns }) after checking its rotation; otherwise the replica cannot be verified.',
    checks: [{ kind: 'customer-managed-key', path: 'PrimaryKeyArn' }],
  },
];
