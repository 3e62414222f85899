import { Duration, Token } from 'aws-cdk-lib';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import { IConstruct } from 'constructs';
import { isAwsManagedKeyName } from './controls/keys';
import { MIN_LOG_RETENTION_DAYS, MIN_REASON_LENGTH } from './controls/parameters';
import { DermaShieldError } from './errors';

/**
 * Prop checks that several constructs share. Each throws a {@link DermaShieldError} naming the prop, the value given
 * and what is allowed; each skips unresolved tokens, which the rule pack judges at synth instead.
 * Internal: not part of the public API.
 */

/** The allowed range of a duration in days. */
export interface DayRange {
  /** @default - no lower bound beyond "whole days" */
  readonly min?: number;
  /** @default - no upper bound */
  readonly max?: number;
  /** Why the range is what it is, appended to the message, e.g. `(the S3 Object Lock limits)`. @default - none */
  readonly why?: string;
}

/**
 * The whole number of days `duration` stands for, or `undefined` when it is an unresolved token.
 * Throws `code` when it is not whole days or falls outside `range`.
 */
export function requireWholeDays(scope: IConstruct, code: string, prop: string, duration: Duration, range: DayRange = {}): number | undefined {
  if (duration.isUnresolved()) return undefined;
  const days = duration.toDays({ integral: false });
  const inRange = (range.min === undefined || days >= range.min) && (range.max === undefined || days <= range.max);
  if (Number.isInteger(days) && inRange) return days;
  const allowed = range.min !== undefined && range.max !== undefined ? ` from ${range.min} to ${range.max}`
    : range.min !== undefined ? `, at least ${range.min}` : range.max !== undefined ? `, at most ${range.max}` : '';
  throw new DermaShieldError(code, scope,
    `${prop} ${days} days is not allowed; use a whole number of days${allowed}${range.why ? ` ${range.why}` : ''}.`);
}

/**
 * A CloudWatch Logs retention must keep logs at least `min` days (one year by default); `INFINITE` is allowed.
 * @param hint appended to the message, e.g. `(control DS-VPC-1)`
 */
export function requireLogRetention(scope: IConstruct, code: string, prop: string, retention: logs.RetentionDays | undefined,
  options: { readonly min?: number; readonly hint?: string } = {}): void {
  const min = options.min ?? MIN_LOG_RETENTION_DAYS;
  if (retention === undefined || Token.isUnresolved(retention) || retention >= min) return;
  throw new DermaShieldError(code, scope,
    `${prop} ${retention} days is below the allowed minimum of ${min} days; use RetentionDays.ONE_YEAR or longer${options.hint ? ` ${options.hint}` : ''}.`);
}

/**
 * A written reason (for an exception, a plaintext leg, an acknowledgement) of at least {@link MIN_REASON_LENGTH}
 * characters. Returns it trimmed.
 * @param purpose what the reason must name, e.g. `naming the compensating control`
 */
export function requireReason(scope: IConstruct, code: string, prop: string, reason: string | undefined, purpose: string): string {
  const trimmed = typeof reason === 'string' ? reason.trim() : '';
  if (trimmed.length >= MIN_REASON_LENGTH) return trimmed;
  throw new DermaShieldError(code, scope,
    `${prop} ${JSON.stringify(reason)} is not allowed; write a reason of at least ${MIN_REASON_LENGTH} characters ${purpose}.`);
}

/**
 * A key given as a construct's `encryptionKey` must not be AWS-managed (`alias/aws/...`, by ARN or alias, e.g.
 * `kms.Alias.fromAliasName(this, 'K', 'alias/aws/s3')`). Keys whose ARN and alias are tokens are left to the pack.
 * @param control the control the key serves, e.g. `DS-S3-1`
 */
export function requireCustomerManagedKey(scope: IConstruct, code: string, prop: string, key: kms.IKey | undefined, control: string): void {
  if (!key) return;
  const names = [key.keyArn, (key as Partial<kms.IAlias>).aliasName].filter((v): v is string => typeof v === 'string' && !Token.isUnresolved(v));
  const managed = names.find(isAwsManagedKeyName);
  if (!managed) return;
  throw new DermaShieldError(code, scope,
    `${prop} ${managed} is an AWS-managed key, which is not allowed; pass a customer-managed key (a PhiKey or your own kms.IKey) or omit the prop (control ${control}).`);
}
