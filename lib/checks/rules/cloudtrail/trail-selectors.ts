/**
 * What a CloudTrail trail records, read from its event selectors, for the rules judged per app (a trail elsewhere in
 * the app can cover what one trail leaves out). Not a rule.
 */
import { EffectiveResource } from '../../effective';
import { describeIntrinsic, isIntrinsic } from '../../values';

/** Does the trail record it? `unknown` when a selector is decided at deploy time. */
export type Coverage = { readonly kind: 'yes' } | { readonly kind: 'no'; readonly why: string } | { readonly kind: 'unknown'; readonly why: string };
const YES: Coverage = { kind: 'yes' };

/** Literal list of a property, or a Coverage when it is hidden or not a list. */
function list(value: unknown, what: string): unknown[] | Coverage {
  if (value === undefined || value === null) return [];
  if (isIntrinsic(value)) return { kind: 'unknown', why: `${what} is ${describeIntrinsic(value)}` };
  return Array.isArray(value) ? value : [value];
}

function fields(selector: unknown): Map<string, Record<string, unknown>> | Coverage {
  if (isIntrinsic(selector) || !selector || typeof selector !== 'object') return { kind: 'unknown', why: `an advanced event selector is ${describeIntrinsic(selector)}` };
  const l = list((selector as Record<string, unknown>).FieldSelectors, 'FieldSelectors');
  if (!Array.isArray(l)) return l;
  const out = new Map<string, Record<string, unknown>>();
  for (const f of l) {
    if (isIntrinsic(f) || !f || typeof f !== 'object') return { kind: 'unknown', why: `a field selector is ${describeIntrinsic(f)}` };
    const field = (f as Record<string, unknown>).Field;
    if (typeof field !== 'string') return { kind: 'unknown', why: `a field selector's Field is ${describeIntrinsic(field)}` };
    out.set(field, f as Record<string, unknown>);
  }
  return out;
}

const strings = (v: unknown): string[] | undefined => {
  if (v === undefined) return undefined;
  const l = Array.isArray(v) ? v : [v];
  return l.every((x) => typeof x === 'string') ? (l as string[]) : undefined;
};

/** The first `yes`, else the first `unknown`, else a `no` joining the reasons. */
function best(verdicts: Coverage[], none: string): Coverage {
  if (verdicts.some((v) => v.kind === 'yes')) return YES;
  const unknown = verdicts.find((v) => v.kind === 'unknown');
  if (unknown) return unknown;
  const reasons = verdicts.map((v) => (v.kind === 'no' ? v.why : '')).filter(Boolean);
  return { kind: 'no', why: reasons.length ? reasons.join('; ') : none };
}

/** Whether the trail records all management events (read and write), KMS events included. */
export function recordsAllManagementEvents(trail: EffectiveResource): Coverage {
  const p = trail.properties;
  const advanced = list(p.AdvancedEventSelectors, 'AdvancedEventSelectors');
  if (!Array.isArray(advanced)) return advanced;
  if (advanced.length) {
    return best(advanced.map((selector, i): Coverage => {
      const f = fields(selector);
      if (!(f instanceof Map)) return f;
      const category = f.get('eventCategory');
      if (!strings(category?.Equals)?.includes('Management')) return { kind: 'no', why: `advanced selector ${i + 1} does not select Management events` };
      const readOnly = f.get('readOnly');
      if (readOnly && (readOnly.Equals !== undefined || readOnly.NotEquals !== undefined)) return { kind: 'no', why: `advanced selector ${i + 1} records only ${readOnly.Equals ? `readOnly ${JSON.stringify(readOnly.Equals)}` : 'some'} management events` };
      const source = f.get('eventSource');
      if (source) {
        const excluded = [...(strings(source.NotEquals) ?? []), ...(strings(source.NotStartsWith) ?? [])].some((s) => 'kms.amazonaws.com'.startsWith(s));
        const only = strings(source.Equals);
        if (excluded || (only && !only.includes('kms.amazonaws.com'))) return { kind: 'no', why: `advanced selector ${i + 1} leaves out kms.amazonaws.com events` };
      }
      return YES;
    }), 'no advanced selector records management events');
  }
  const selectors = list(p.EventSelectors, 'EventSelectors');
  if (!Array.isArray(selectors)) return selectors;
  if (selectors.length === 0) return YES; // no selectors: all management events, read and write
  return best(selectors.map((selector, i): Coverage => {
    if (isIntrinsic(selector) || !selector || typeof selector !== 'object') return { kind: 'unknown', why: `event selector ${i + 1} is ${describeIntrinsic(selector)}` };
    const s = selector as Record<string, unknown>;
    for (const key of ['IncludeManagementEvents', 'ReadWriteType', 'ExcludeManagementEventSources']) {
      if (isIntrinsic(s[key])) return { kind: 'unknown', why: `event selector ${i + 1} ${key} is ${describeIntrinsic(s[key])}` };
    }
    if (s.IncludeManagementEvents === false || String(s.IncludeManagementEvents).toLowerCase() === 'false') return { kind: 'no', why: `event selector ${i + 1} sets IncludeManagementEvents false` };
    if (s.ReadWriteType !== undefined && s.ReadWriteType !== 'All') return { kind: 'no', why: `event selector ${i + 1} records only ${String(s.ReadWriteType)} management events (KMS Decrypt is a read event)` };
    const excluded = list(s.ExcludeManagementEventSources, 'ExcludeManagementEventSources');
    if (!Array.isArray(excluded)) return excluded;
    if (excluded.includes('kms.amazonaws.com')) return { kind: 'no', why: `event selector ${i + 1} excludes kms.amazonaws.com management events` };
    return YES;
  }), 'no event selector records management events');
}

/** Whether the trail records S3 object-level (data) events, read and write, for the bucket. */
export function recordsDataEventsFor(trail: EffectiveResource, bucket: EffectiveResource): Coverage {
  const p = trail.properties;
  const name = typeof bucket.properties.BucketName === 'string' ? bucket.properties.BucketName : undefined;
  const sameStack = trail.stack === bucket.stack;
  const namesBucket = (value: unknown): Coverage => {
    if (typeof value === 'string') {
      if (/^arn:[^:]+:s3(:::)?$/.test(value) || value === 'arn:aws:s3:::') return YES; // every bucket
      if (name && (`arn:aws:s3:::${name}/`.startsWith(value.replace(/^arn:[^:]+:/, 'arn:aws:')) )) return YES;
      return { kind: 'no', why: `${value} does not name the bucket` };
    }
    const text = JSON.stringify(value);
    if (sameStack && (text.includes(`"Ref":"${bucket.logicalId}"`) || text.includes(`["${bucket.logicalId}","Arn"]`))) return YES;
    return isIntrinsic(value) && !sameStack ? { kind: 'unknown', why: `a data resource is ${describeIntrinsic(value)}` } : { kind: 'no', why: 'a data resource names another bucket' };
  };
  const advanced = list(p.AdvancedEventSelectors, 'AdvancedEventSelectors');
  if (!Array.isArray(advanced)) return advanced;
  if (advanced.length) {
    return best(advanced.map((selector): Coverage => {
      const f = fields(selector);
      if (!(f instanceof Map)) return f;
      if (!strings(f.get('eventCategory')?.Equals)?.includes('Data')) return { kind: 'no', why: 'an advanced selector does not select Data events' };
      if (!strings(f.get('resources.type')?.Equals)?.includes('AWS::S3::Object')) return { kind: 'no', why: 'an advanced selector does not select AWS::S3::Object' };
      const readOnly = f.get('readOnly');
      if (readOnly && (readOnly.Equals !== undefined || readOnly.NotEquals !== undefined)) return { kind: 'no', why: 'an advanced selector records only read or only write data events' };
      const arn = f.get('resources.ARN');
      if (!arn) return YES;
      const prefixes = Array.isArray(arn.StartsWith) ? arn.StartsWith : arn.StartsWith !== undefined ? [arn.StartsWith] : [];
      return best(prefixes.map(namesBucket), 'resources.ARN does not name the bucket');
    }), 'no advanced selector records its S3 data events');
  }
  const selectors = list(p.EventSelectors, 'EventSelectors');
  if (!Array.isArray(selectors)) return selectors;
  return best(selectors.map((selector): Coverage => {
    if (isIntrinsic(selector) || !selector || typeof selector !== 'object') return { kind: 'unknown', why: `an event selector is ${describeIntrinsic(selector)}` };
    const s = selector as Record<string, unknown>;
    if (isIntrinsic(s.ReadWriteType)) return { kind: 'unknown', why: `ReadWriteType is ${describeIntrinsic(s.ReadWriteType)}` };
    if (s.ReadWriteType !== undefined && s.ReadWriteType !== 'All') return { kind: 'no', why: `an event selector records only ${String(s.ReadWriteType)} data events` };
    const resources = list(s.DataResources, 'DataResources');
    if (!Array.isArray(resources)) return resources;
    return best(resources.map((r): Coverage => {
      if (isIntrinsic(r) || !r || typeof r !== 'object') return { kind: 'unknown', why: `a data resource is ${describeIntrinsic(r)}` };
      const dr = r as Record<string, unknown>;
      if (dr.Type !== 'AWS::S3::Object') return { kind: 'no', why: `data resource type ${String(dr.Type)}` };
      const values = list(dr.Values, 'DataResources.Values');
      if (!Array.isArray(values)) return values;
      return best(values.map(namesBucket), 'no data resource names the bucket');
    }), 'no data resource names the bucket');
  }), 'no event selector records S3 data events');
}
