// An existing aws-cdk-lib app, unchanged but for the last lines: DermaShieldChecks as a `cdk synth` gate.
// In your own project: import { DermaShieldChecks } from 'dermashield';
import { App, Stack, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { DermaShieldChecks } from '../../lib';

const app = new App();
const stack = new Stack(app, 'ExistingPortalApp');
const key = new kms.Key(stack, 'AppKey', { enableKeyRotation: true });
// CloudWatch Logs must be allowed to use the key for the log group.
key.addToResourcePolicy(new iam.PolicyStatement({
  principals: [new iam.ServicePrincipal(`logs.${stack.region}.amazonaws.com`)],
  actions: ['kms:Encrypt*', 'kms:Decrypt*', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:Describe*'],
  resources: ['*'],
}));
new logs.LogGroup(stack, 'AppLogs', { encryptionKey: key });
new sns.Topic(stack, 'Alerts', { masterKey: key, enforceSSL: true });
new sqs.Queue(stack, 'Intake', { encryption: sqs.QueueEncryption.KMS, encryptionMasterKey: key, enforceSSL: true });

// The gate: any missing or weakened encryption control fails `cdk synth`.
Validations.of(app).addPlugins(new DermaShieldChecks(app));
app.synth();
