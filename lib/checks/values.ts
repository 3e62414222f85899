/**
 * Reading values out of a resolved CloudFormation resource.
 *
 * A value is `known` (a literal), `absent` (the property is not in the template, so the service default applies)
 * or `unverifiable` (an intrinsic whose value is only decided at deploy time: a parameter, `Fn::ImportValue`,
 * `Fn::If`, `AWS::NoValue`...). Rules must treat `unverifiable` as a finding, never as a pass.
 */

/** A property value as far as synthesis can tell. */
export type Read<T> =
  | { readonly state: 'known'; readonly value: T }
  | { readonly state: 'absent' }
  | { readonly state: 'unverifiable'; readonly why: string };

/** CloudFormation pseudo parameters: `Ref`s to these are not resources. */
export const PSEUDO_PARAMETERS: ReadonlySet<string> = new Set([
  'AWS::AccountId', 'AWS::NotificationARNs', 'AWS::NoValue', 'AWS::Partition', 'AWS::Region',
  'AWS::StackId', 'AWS::StackName', 'AWS::URLSuffix',
]);

/** True for `{ Ref: ... }` and `{ 'Fn::...': ... }` objects (and `Condition`), i.e. a CloudFormation intrinsic. */
export function isIntrinsic(value: unknown): value is Record<string, unknown> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 1 && (keys[0] === 'Ref' || keys[0].startsWith('Fn::') || keys[0] === 'Condition');
}

/** A short human description of an intrinsic, for finding messages. */
export function describeIntrinsic(value: unknown): string {
  if (!isIntrinsic(value)) return JSON.stringify(value);
  const [key] = Object.keys(value);
  const arg = value[key];
  if (key === 'Ref') {
    if (arg === 'AWS::NoValue') return 'AWS::NoValue (the property is removed at deploy time)';
    return `Ref ${String(arg)}`;
  }
  if (key === 'Fn::ImportValue') return `Fn::ImportValue ${typeof arg === 'string' ? arg : JSON.stringify(arg)}`;
  if (key === 'Fn::If') return 'Fn::If (decided by a condition at deploy time)';
  return key;
}

/** Read the raw value at a dotted path (`A.B.0.C`); numeric segments index arrays. */
export function getPath(root: unknown, path: string): unknown {
  let current: unknown = root;
  for (const segment of path.split('.')) {
    if (current === undefined || current === null) return undefined;
    if (isIntrinsic(current)) return current; // an intrinsic hides everything below it
    if (Array.isArray(current)) {
      const index = Number(segment);
      current = Number.isInteger(index) ? current[index] : undefined;
    } else if (typeof current === 'object') {
      current = (current as Record<string, unknown>)[segment];
    } else {
      return undefined;
    }
  }
  return current;
}

/** Classify a raw value: literal, absent or unverifiable. */
export function read(value: unknown): Read<unknown> {
  if (value === undefined || value === null) return { state: 'absent' };
  if (isIntrinsic(value)) return { state: 'unverifiable', why: describeIntrinsic(value) };
  return { state: 'known', value };
}

/** Read a boolean; CloudFormation accepts `"true"`/`"false"` strings too. */
export function readBoolean(root: unknown, path: string): Read<boolean> {
  const r = read(getPath(root, path));
  if (r.state !== 'known') return r;
  if (typeof r.value === 'boolean') return { state: 'known', value: r.value };
  if (typeof r.value === 'string' && /^(true|false)$/i.test(r.value)) {
    return { state: 'known', value: r.value.toLowerCase() === 'true' };
  }
  return { state: 'unverifiable', why: `${JSON.stringify(r.value)} is not a boolean` };
}

/** Read a number; CloudFormation accepts numeric strings too. */
export function readNumber(root: unknown, path: string): Read<number> {
  const r = read(getPath(root, path));
  if (r.state !== 'known') return r;
  const n = typeof r.value === 'number' ? r.value : typeof r.value === 'string' && r.value.trim() !== '' ? Number(r.value) : NaN;
  if (Number.isFinite(n)) return { state: 'known', value: n };
  return { state: 'unverifiable', why: `${JSON.stringify(r.value)} is not a number` };
}

/** Read a string literal (numbers and booleans are stringified, as CloudFormation does). */
export function readString(root: unknown, path: string): Read<string> {
  const r = read(getPath(root, path));
  if (r.state !== 'known') return r;
  if (typeof r.value === 'string') return { state: 'known', value: r.value };
  if (typeof r.value === 'number' || typeof r.value === 'boolean') return { state: 'known', value: String(r.value) };
  return { state: 'unverifiable', why: `${JSON.stringify(r.value)} is not a string` };
}

/**
 * Read a list. The list itself must be a literal array; its elements are returned raw (they may still be
 * intrinsics, which the caller judges element by element).
 */
export function readList(root: unknown, path: string): Read<readonly unknown[]> {
  const r = read(getPath(root, path));
  if (r.state !== 'known') return r;
  if (Array.isArray(r.value)) return { state: 'known', value: r.value };
  return { state: 'unverifiable', why: `${JSON.stringify(r.value)} is not a list` };
}

/** Read an object (a literal map; its members may still be intrinsics). */
export function readObject(root: unknown, path: string): Read<Record<string, unknown>> {
  const r = read(getPath(root, path));
  if (r.state !== 'known') return r;
  if (typeof r.value === 'object' && !Array.isArray(r.value)) return { state: 'known', value: r.value as Record<string, unknown> };
  return { state: 'unverifiable', why: `${JSON.stringify(r.value)} is not an object` };
}
