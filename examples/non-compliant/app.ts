// A deliberately non-compliant app: `cdk synth` must fail and print the DermaShield rule ids and catalog ids.
// In your own project: import { DermaShieldChecks } from 'dermashield';
import { App, Duration, Stack, Validations } from 'aws-cdk-lib';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { DermaShieldChecks } from '../../lib';

const app = new App();
const stack = new Stack(app, 'NonCompliantClinic');
new kms.Key(stack, 'UnrotatedKey', { pendingWindow: Duration.days(7) }); // DS-KMS-1, DS-KMS-3
new logs.LogGroup(stack, 'PlainLogs'); // DS-LOGS-1
new sqs.Queue(stack, 'SseSqsQueue', { encryption: sqs.QueueEncryption.SQS_MANAGED }); // DS-SQS-1
Validations.of(app).addPlugins(new DermaShieldChecks(app));
app.synth();
