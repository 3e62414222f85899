/**
 * Shared readers for the ELBv2 rules: listener protocol, `Key`/`Value` attribute lists, certificate ARNs and
 * listener actions. Pure functions over the effective (resolved) template.
 */
import { EffectiveResource } from '../../effective';
import { fail, notApplicable, pass, RuleOutcome, unverifiable, worst } from '../../rule';
import { describeIntrinsic, isIntrinsic, read, Read, readList, readString } from '../../values';

/** CloudFormation type strings the ELB rules match on. */
export const LISTENER = 'AWS::ElasticLoadBalancingV2::Listener';
export const LISTENER_RULE = 'AWS::ElasticLoadBalancingV2::ListenerRule';
export const LISTENER_CERTIFICATE = 'AWS::ElasticLoadBalancingV2::ListenerCertificate';
export const LOAD_BALANCER = 'AWS::ElasticLoadBalancingV2::LoadBalancer';
export const TARGET_GROUP = 'AWS::ElasticLoadBalancingV2::TargetGroup';

/** Listener protocols that terminate TLS at the load balancer (ALB `HTTPS`, NLB `TLS`). */
export const TLS_LISTENER_PROTOCOLS: ReadonlySet<string> = new Set(['HTTPS', 'TLS']);

/** The listener `Protocol`, upper-cased. */
export function readProtocol(resource: EffectiveResource): Read<string> {
  const r = readString(resource.properties, 'Protocol');
  return r.state === 'known' ? { state: 'known', value: r.value.toUpperCase() } : r;
}

/**
 * Read a `[{ Key, Value }]` attribute list (`LoadBalancerAttributes`, `ListenerAttributes`,
 * `TargetGroupAttributes`) into a map of raw values. Unverifiable when the list, or any key, is decided at deploy
 * time (a hidden key could be the one that matters).
 */
export function readAttributes(props: Record<string, unknown>, path: string): Read<ReadonlyMap<string, unknown>> {
  const list = readList(props, path);
  if (list.state === 'unverifiable') return list;
  const map = new Map<string, unknown>();
  if (list.state === 'absent') return { state: 'known', value: map };
  for (const item of list.value) {
    if (isIntrinsic(item)) return { state: 'unverifiable', why: `an entry of ${path} is ${describeIntrinsic(item)}` };
    const key = readString(item, 'Key');
    if (key.state === 'unverifiable') return { state: 'unverifiable', why: `a key of ${path} is ${key.why}` };
    if (key.state === 'known') map.set(key.value, (item as Record<string, unknown>).Value);
  }
  return { state: 'known', value: map };
}

/** Read one attribute value as a string (absent when the attribute is not set). */
export function readAttribute(attributes: ReadonlyMap<string, unknown>, key: string): Read<string> {
  const r = read(attributes.get(key));
  if (r.state !== 'known') return r;
  if (typeof r.value === 'string' || typeof r.value === 'number' || typeof r.value === 'boolean') {
    return { state: 'known', value: String(r.value) };
  }
  return { state: 'unverifiable', why: `${JSON.stringify(r.value)} is not a string` };
}

/** ACM certificate ARNs, in any partition; `*` stands for a pseudo parameter the engine rendered. */
const ACM_ARN = /^arn:[^:]+:acm:[^:]*:[^:]*:certificate\/.+/;
/** IAM server certificates: not rotated, not tracked by ACM, private key uploaded by hand. */
const IAM_SERVER_CERT_ARN = /^arn:[^:]+:iam::[^:]*:server-certificate\//;

/** Judge one `CertificateArn`: an ACM certificate passes, an IAM server certificate fails. */
export function judgeCertificateArn(resource: EffectiveResource, value: unknown, what: string): RuleOutcome {
  const target = resource.stack.resolve(value);
  switch (target.kind) {
    case 'absent':
      return fail(`${what} is not set`);
    case 'unverifiable':
      return unverifiable(`${what} is ${target.why}`);
    case 'resource':
      if (target.resource.type === 'AWS::CertificateManager::Certificate') return pass();
      return unverifiable(`${what} refers to ${target.resource.logicalId} (${target.resource.type}), which is not an ACM certificate resource`);
    case 'literal':
      if (ACM_ARN.test(target.value)) return pass();
      if (IAM_SERVER_CERT_ARN.test(target.value)) {
        return fail(`${what} ${target.value} is an IAM server certificate; use an ACM certificate (renewed and rotated by AWS)`);
      }
      return fail(`${what} ${target.value} is not an ACM certificate ARN`);
  }
}

/** Judge a `Certificates` list (`[{ CertificateArn }]`); `required` when the listener cannot work without one. */
export function judgeCertificateList(resource: EffectiveResource, required: boolean): RuleOutcome {
  const list = readList(resource.properties, 'Certificates');
  if (list.state === 'unverifiable') return unverifiable(`Certificates is ${list.why}`);
  if (list.state === 'absent' || list.value.length === 0) {
    return required ? fail('no certificate is set (Certificates is empty)') : notApplicable();
  }
  return worst(list.value.map((item, i) => {
    if (isIntrinsic(item)) return unverifiable(`Certificates.${i} is ${describeIntrinsic(item)}`);
    return judgeCertificateArn(resource, (item as Record<string, unknown> | undefined)?.CertificateArn, `Certificates.${i}.CertificateArn`);
  }));
}

/**
 * Judge a list of listener actions that an HTTP listener (or a rule on one) runs: every action must be a redirect
 * whose `RedirectConfig.Protocol` is `HTTPS`. An absent protocol means `#{protocol}`, i.e. plain HTTP again.
 */
export function judgeRedirectOnlyActions(props: Record<string, unknown>, path: string): RuleOutcome {
  const list = readList(props, path);
  if (list.state === 'unverifiable') return unverifiable(`${path} is ${list.why}`);
  if (list.state === 'absent' || list.value.length === 0) return fail(`${path} is empty, so nothing redirects to HTTPS`);
  return worst(list.value.map((action, i) => {
    const where = `${path}.${i}`;
    if (isIntrinsic(action)) return unverifiable(`${where} is ${describeIntrinsic(action)}`);
    const type = readString(action, 'Type');
    if (type.state === 'unverifiable') return unverifiable(`${where}.Type is ${type.why}`);
    if (type.state === 'absent' || type.value.toLowerCase() !== 'redirect') {
      return fail(`${where} is a ${type.state === 'known' ? type.value : 'untyped'} action; an HTTP listener must only redirect to HTTPS`);
    }
    const protocol = readString(action, 'RedirectConfig.Protocol');
    if (protocol.state === 'unverifiable') return unverifiable(`${where}.RedirectConfig.Protocol is ${protocol.why}`);
    if (protocol.state === 'known' && protocol.value.toUpperCase() === 'HTTPS') return pass();
    const shown = protocol.state === 'absent' ? 'not set (#{protocol}, i.e. HTTP again)' : protocol.value;
    return fail(`${where} redirects with RedirectConfig.Protocol ${shown}; it must be HTTPS`);
  }));
}
