import { Names, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import { IConstruct } from 'constructs';

// Key policy statements the constructs add to the key they are given. They work on any `kms.IKey`: on a key defined in
// the app (a PhiKey or a kms.Key) they are added to its policy; on an imported key aws-cdk-lib cannot change the policy
// and they are no-ops, so the owner of that key must allow the same (each construct's `encryptionKey` doc says so).
// An identical statement added twice appears once: aws-cdk-lib removes duplicate statements when it renders a policy.

/**
 * Let CloudWatch Logs in the key's account and Region use the key for log groups (scoped by the
 * `kms:EncryptionContext:aws:logs:arn` condition).
 */
export function allowCloudWatchLogs(key: kms.IKey): void {
  const stack = Stack.of(key);
  key.addToResourcePolicy(new iam.PolicyStatement({
    sid: 'AllowCloudWatchLogsInThisAccount',
    principals: [new iam.ServicePrincipal(`logs.${stack.region}.amazonaws.com`)],
    actions: ['kms:Encrypt*', 'kms:Decrypt*', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:Describe*'],
    resources: ['*'],
    conditions: {
      ArnLike: { 'kms:EncryptionContext:aws:logs:arn': `arn:${stack.partition}:logs:${stack.region}:${stack.account}:log-group:*` },
    },
  }));
}

/**
 * Let an AWS service principal of the key's account (e.g. `events.amazonaws.com`) generate data keys and decrypt,
 * as services that publish to an encrypted SNS topic or write encrypted objects need. Scoped by `aws:SourceAccount`.
 */
export function allowServicePrincipal(key: kms.IKey, servicePrincipal: string): void {
  key.addToResourcePolicy(new iam.PolicyStatement({
    sid: `Allow${servicePrincipal.replace(/[^A-Za-z0-9]/g, '')}`,
    principals: [new iam.ServicePrincipal(servicePrincipal)],
    actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
    resources: ['*'],
    conditions: { StringEquals: { 'aws:SourceAccount': Stack.of(key).account } },
  }));
}

/**
 * `alias/dermashield/<domain>/<unique name of owner>`: the alias a construct gives a key it makes for itself, so two
 * such constructs in one account and Region do not collide on the alias (KMS alias names are unique there).
 */
export function perConstructAlias(owner: IConstruct, domain: string): string {
  return `alias/dermashield/${domain}/${Names.uniqueResourceName(owner, { maxLength: 96 })}`;
}
