import { RemovalPolicy } from 'aws-cdk-lib';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';

// RDS writes each exported log to /aws/rds/<instance|cluster>/<identifier>/<log>. If that group does not exist yet,
// RDS creates it itself: unencrypted and kept forever. So the construct creates the groups first, under the key.

/** The logs each form exports to CloudWatch Logs: Aurora PostgreSQL has no `upgrade` log. */
const EXPORTED_LOGS = { instance: ['postgresql', 'upgrade'], cluster: ['postgresql'] } as const;

/**
 * One encrypted, retained log group per exported log, by log type. The database exports exactly these logs, and the
 * construct makes it depend on the groups so that they exist before it starts writing.
 */
export function createLogGroups(scope: Construct, form: 'instance' | 'cluster', identifier: string, encryptionKey: kms.IKey,
  retention: logs.RetentionDays = logs.RetentionDays.ONE_YEAR): Record<string, logs.LogGroup> {
  const logGroups: Record<string, logs.LogGroup> = {};
  for (const logType of EXPORTED_LOGS[form]) {
    logGroups[logType] = new logs.LogGroup(scope, `${capitalize(logType)}LogGroup`, {
      logGroupName: `/aws/rds/${form}/${identifier}/${logType}`,
      encryptionKey,
      retention,
      removalPolicy: RemovalPolicy.RETAIN,
    });
  }
  return logGroups;
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
