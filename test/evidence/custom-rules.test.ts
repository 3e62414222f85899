/**
 * Issue #17, the CLI side: AWS Config custom policy (Guard) rules served by the local Config endpoint
 * (`Source.Owner: CUSTOM_POLICY`, no SourceIdentifier) are collected and judged like managed rules, and the report says
 * which kind of rule evidences each control. Expected numbers are computed here from the served tables below.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { HIPAA } from '../../lib/controls/citations';
import { Control, defineControls, RuleBlindSpot } from '../../lib/controls/types';
import { GuardPolicies } from '../../lib/audit/guard-policies';
import { main } from '../../lib/evidence/cli';
import { GUARD_KEY_JOINS, guardIdentifierOf, guardRuleName } from '../../lib/evidence/guard';
import { CONTROLS as CATALOG } from '../../lib/controls';
import { ComplianceState, ControlResult, EvidenceReport } from '../../lib/evidence/types';
import { FakeConfigServer, FakeData, FakeRule } from './fake-config-server';
import { ACCOUNT, FRESH, NOW, REGION, row, testClientConfig } from './fixtures';

const keyArn = (id: string): string => `arn:aws:kms:${REGION}:${ACCOUNT}:key/${id}`;
const S3_KEY_PATH = 'supplementaryConfiguration.ServerSideEncryptionConfiguration.rules[0].applyServerSideEncryptionByDefault.kmsMasterKeyID';
const NOT_EVIDENCED = 'The configuration item does not record the rotation period, so no Config rule can judge it.';

const CONTROLS: readonly Control[] = defineControls([
  {
    // Evidenced only by a custom rule (deployed through a conformance pack: the name carries a suffix, no description).
    id: 'DS-SQS-1', title: 'SQS queues on a customer-managed key', citations: [HIPAA.ENCRYPTION_AT_REST], guidance: 'Queues use a CMK.',
    ruleIds: ['DermaShield-SqsCustomerManagedKey'], configRules: [],
    guardPolicy: { resourceTypes: ['AWS::SQS::Queue'], caveat: 'A key ARN of aws/sqs looks like a customer-managed key.' },
  },
  {
    // Both kinds: the managed rule cannot see who manages the key; the custom rule decides that question.
    id: 'DS-S3-1', title: 'Clinical images encrypted with a customer-managed key', citations: [HIPAA.ENCRYPTION_AT_REST], guidance: 'Buckets use a CMK.',
    ruleIds: ['DermaShield-S3CustomerManagedKey'],
    configRules: [{
      identifier: 'S3_DEFAULT_ENCRYPTION_KMS', resourceTypes: ['AWS::S3::Bucket'], caveat: 'The rule passes the AWS-managed aws/s3 key.',
      decidedByRecord: { blindTo: RuleBlindSpot.KEY_MANAGER, resourceType: 'AWS::S3::Bucket', attribute: S3_KEY_PATH },
    }],
    guardPolicy: { resourceTypes: ['AWS::S3::Bucket'], decidesManagedRuleCaveat: true, caveat: 'A key ARN of aws/s3 looks like a customer-managed key.' },
  },
  {
    // Both kinds, found by description under another prefix: the managed rule passes a listener the custom rule fails.
    id: 'DS-ELB-1', title: 'Listeners use TLS 1.2+ AEAD policies', citations: [HIPAA.TRANSMISSION_SECURITY], guidance: 'Strong policies.',
    ruleIds: ['DermaShield-ElbTlsPolicy'],
    configRules: [{ identifier: 'ELBV2_PREDEFINED_SECURITY_POLICY_SSL_CHECK', resourceTypes: ['AWS::ElasticLoadBalancingV2::Listener'], caveat: 'Judges against a list of policy names.' }],
    guardPolicy: { resourceTypes: ['AWS::ElasticLoadBalancingV2::Listener'], decidesManagedRuleCaveat: true },
  },
  {
    // Custom only; the key ARN is joined to the recorded KMS key's keyManager.
    id: 'DS-MSK-1', title: 'MSK storage on a customer-managed key', citations: [HIPAA.ENCRYPTION_AT_REST], guidance: 'Clusters use a CMK.',
    ruleIds: ['DermaShield-MskCustomerManagedKey'], configRules: [],
    guardPolicy: { resourceTypes: ['AWS::MSK::Cluster'], caveat: 'Config records DataVolumeKMSKeyId as a key ARN; the evidence CLI must join the ARN to the AWS::KMS::Key item and its keyManager.' },
  },
  {
    // Its custom rule is not deployed.
    id: 'DS-VPN-2', title: 'Client VPN uses federated authentication', citations: [HIPAA.AUTHENTICATION], guidance: 'SAML.',
    ruleIds: ['DermaShield-ClientVpnFederatedAuth'], configRules: [], guardPolicy: { resourceTypes: ['AWS::EC2::ClientVpnEndpoint'] },
  },
  {
    id: 'DS-KMS-2', title: 'Key rotation period at most 365 days', citations: [HIPAA.ENCRYPTION_AT_REST], guidance: 'Rotate yearly.',
    ruleIds: ['DermaShield-KmsRotationPeriod'], configRules: [], notEvidencedAfterDeployment: NOT_EVIDENCED,
  },
]);

// ---- what the endpoint serves, as tables; the expected report is computed from them below ----
type Verdict = 'COMPLIANT' | 'NON_COMPLIANT' | 'NOT_APPLICABLE';
/** Recorded key of a resource: joined to a recorded CUSTOMER / AWS key, or to a key Config did not record. */
type RecordedKey = 'customer' | 'aws' | 'not-recorded';
interface Served { readonly type: string; readonly id: string; readonly managed?: Verdict; readonly custom?: Verdict; readonly key?: RecordedKey }

const SQS: Served[] = [
  { type: 'AWS::SQS::Queue', id: 'intake-queue', custom: 'COMPLIANT' },
  { type: 'AWS::SQS::Queue', id: 'fax-queue', custom: 'NON_COMPLIANT' },
  { type: 'AWS::SQS::Queue', id: 'dlq', custom: 'NOT_APPLICABLE' },
];
const BUCKETS: Served[] = [
  { type: 'AWS::S3::Bucket', id: 'photos', managed: 'COMPLIANT', custom: 'COMPLIANT', key: 'customer' },
  // The managed rule passes it and the record cannot tell (key not recorded): the custom rule decides, compliant.
  { type: 'AWS::S3::Bucket', id: 'shared-key', managed: 'COMPLIANT', custom: 'COMPLIANT', key: 'not-recorded' },
  // The managed rule says COMPLIANT, the custom rule NON_COMPLIANT on the key question: the custom rule decides.
  { type: 'AWS::S3::Bucket', id: 'notes', managed: 'COMPLIANT', custom: 'NON_COMPLIANT', key: 'not-recorded' },
  // The custom rule passes a key ARN that looks customer-managed; the record shows aws/s3 (the policy's caveat).
  { type: 'AWS::S3::Bucket', id: 'reports', managed: 'COMPLIANT', custom: 'COMPLIANT', key: 'aws' },
];
const LISTENERS: Served[] = [
  { type: 'AWS::ElasticLoadBalancingV2::Listener', id: 'listener/app/portal/1/a', managed: 'COMPLIANT', custom: 'COMPLIANT' },
  { type: 'AWS::ElasticLoadBalancingV2::Listener', id: 'listener/app/portal/1/b', managed: 'COMPLIANT', custom: 'NON_COMPLIANT' },
];
const CLUSTERS: Served[] = [
  { type: 'AWS::MSK::Cluster', id: 'msk-cmk', custom: 'COMPLIANT', key: 'customer' },
  { type: 'AWS::MSK::Cluster', id: 'msk-aws-arn', custom: 'COMPLIANT', key: 'aws' },
  { type: 'AWS::MSK::Cluster', id: 'msk-unknown', custom: 'COMPLIANT', key: 'not-recorded' },
  { type: 'AWS::MSK::Cluster', id: 'msk-no-key', custom: 'NON_COMPLIANT' },
];
const ENDPOINTS = ['cvpn-1', 'cvpn-2'];

const keyOf = (k: RecordedKey | undefined, id: string): string | undefined =>
  k === 'customer' ? keyArn('cmk-1') : k === 'aws' ? keyArn('aws-managed-1') : k === 'not-recorded' ? keyArn(`elsewhere-${id}`) : undefined;

const ev = (s: Served, v: Verdict | undefined) => (v ? [{ type: s.type, id: s.id, compliance: v, ...(v === 'NON_COMPLIANT' ? { annotation: `${s.id} fails` } : {}) }] : []);
const custom = (name: string, list: Served[], extra: Partial<FakeRule> = {}): FakeRule => ({
  name, identifier: '', owner: 'CUSTOM_POLICY', lastSuccess: FRESH, evaluations: list.flatMap((s) => ev(s, s.custom)), ...extra,
});
const managed = (name: string, identifier: string, list: Served[]): FakeRule => ({ name, identifier, lastSuccess: FRESH, evaluations: list.flatMap((s) => ev(s, s.managed)) });

function data(): FakeData {
  const resources: Record<string, unknown>[] = [
    row('AWS::KMS::Key', 'cmk-1', { keyId: 'cmk-1', arn: keyArn('cmk-1'), keyManager: 'CUSTOMER', keyState: 'Enabled' }, { arn: keyArn('cmk-1') }),
    row('AWS::KMS::Key', 'aws-managed-1', { keyId: 'aws-managed-1', arn: keyArn('aws-managed-1'), keyManager: 'AWS', keyState: 'Enabled' }, { arn: keyArn('aws-managed-1') }),
    ...SQS.map((s) => row(s.type, s.id, { QueueName: s.id })),
    ...BUCKETS.map((s) => row(s.type, s.id, { name: s.id }, {
      supplementaryConfiguration: { ServerSideEncryptionConfiguration: { rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: 'aws:kms', kmsMasterKeyID: keyOf(s.key, s.id) } }] } },
    })),
    ...LISTENERS.map((s) => row(s.type, s.id, { Protocol: 'HTTPS', Port: 443, SslPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06' })),
    ...CLUSTERS.map((s) => row(s.type, s.id, { ClusterName: s.id, EncryptionInfo: { EncryptionAtRest: keyOf(s.key, s.id) ? { DataVolumeKMSKeyId: keyOf(s.key, s.id) } : {} } })),
    ...ENDPOINTS.map((id) => row('AWS::EC2::ClientVpnEndpoint', id, { ConnectionLogOptions: { Enabled: true } })),
  ];
  const rules: FakeRule[] = [
    custom('dermashield-ds-sqs-1-conformance-pack-k3x9q2', SQS),
    // Not the catalog's: DS-SQS-10 is no control here, and its id must not be mistaken for DS-SQS-1.
    custom('dermashield-ds-sqs-10', [{ type: 'AWS::SQS::Queue', id: 'intake-queue', custom: 'NON_COMPLIANT' }]),
    managed('s3-default-encryption-kms', 'S3_DEFAULT_ENCRYPTION_KMS', BUCKETS),
    custom(guardRuleName('DS-S3-1'), BUCKETS, { description: 'DermaShield evidence for DS-S3-1: Clinical images encrypted with a customer-managed key', scope: { types: ['AWS::S3::Bucket'] } }),
    managed('elbv2-predefined-security-policy-ssl-check', 'ELBV2_PREDEFINED_SECURITY_POLICY_SSL_CHECK', LISTENERS),
    custom('acme-guard-listener-policy', LISTENERS, { description: 'DermaShield evidence for DS-ELB-1: Listeners use TLS 1.2+ AEAD policies' }),
    custom(guardRuleName('DS-MSK-1'), CLUSTERS),
  ];
  return { accountId: ACCOUNT, region: REGION, recorders: [{ name: 'default', recording: true, lastStatus: 'SUCCESS' }], rules, resources };
}

// ---- the oracle: worst of the findings; a custom rule that decides the key question settles a key the record cannot classify ----
const RANK: Record<ComplianceState, number> = { NOT_APPLICABLE: 0, COMPLIANT: 1, INSUFFICIENT_DATA: 2, NON_COMPLIANT: 3 };
const worst = (xs: ComplianceState[]): ComplianceState => xs.reduce((w, x) => (RANK[x] > RANK[w] ? x : w), 'NOT_APPLICABLE' as ComplianceState);
const fromKey = (k: RecordedKey): ComplianceState => (k === 'customer' ? 'COMPLIANT' : k === 'aws' ? 'NON_COMPLIANT' : 'INSUFFICIENT_DATA');
const EXPECTED: Record<string, Map<string, ComplianceState>> = {
  'DS-SQS-1': new Map(SQS.map((s) => [s.id, s.custom!])),
  'DS-S3-1': new Map(BUCKETS.map((s) => {
    const record = fromKey(s.key!);
    const decided = s.custom === 'COMPLIANT' || s.custom === 'NON_COMPLIANT';
    return [s.id, worst([s.managed!, s.custom!, decided && record === 'INSUFFICIENT_DATA' ? 'NOT_APPLICABLE' : record])];
  })),
  'DS-ELB-1': new Map(LISTENERS.map((s) => [s.id, worst([s.managed!, s.custom!])])),
  'DS-MSK-1': new Map(CLUSTERS.map((s) => [s.id, s.custom === 'NOT_APPLICABLE' ? s.custom : worst([s.custom!, ...(s.key ? [fromKey(s.key)] : [])])])),
  'DS-VPN-2': new Map(ENDPOINTS.map((id) => [id, 'INSUFFICIENT_DATA'])),
  'DS-KMS-2': new Map(),
};
const counts = (m: Map<string, ComplianceState>) => {
  const v = [...m.values()];
  const n = (x: ComplianceState): number => v.filter((y) => y === x).length;
  return { total: v.length, compliant: n('COMPLIANT'), nonCompliant: n('NON_COMPLIANT'), notApplicable: n('NOT_APPLICABLE'), insufficientData: n('INSUFFICIENT_DATA'), excepted: 0 };
};

let tmp: string;
let report: EvidenceReport;
let code: number;
let out: string;
let fake: FakeConfigServer;
let stdout = '';
beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ds-custom-'));
  fake = new FakeConfigServer(data(), 3);
  const endpoint = await fake.start();
  out = path.join(tmp, 'run');
  try {
    code = await main(['--region', REGION, '--out', out], {
      stdout: { write: (x: string) => (stdout += x) }, stderr: { write: () => true }, now: NOW, controls: CONTROLS, clientConfig: testClientConfig(endpoint),
    });
  } finally {
    await fake.stop();
  }
  report = JSON.parse(fs.readFileSync(path.join(out, 'evidence-report.json'), 'utf8')) as EvidenceReport;
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const control = (id: string): ControlResult => report.controls.find((c) => c.id === id)!;
const statuses = (id: string) => Object.fromEntries(control(id).resources.map((r) => [r.resourceId, r.status]));

describe('custom policy (Guard) rules from the local Config endpoint', () => {
  test('the naming rule is the one PhiConfigRules deploys', () => {
    for (const id of ['DS-S3-1', 'DS-SQS-1', 'DS-MSK-1']) expect(guardRuleName(id)).toBe(GuardPolicies.ruleName(id));
    const ids = ['CUSTOM_POLICY:DS-S3-1', 'CUSTOM_POLICY:DS-S3-10'];
    expect(guardIdentifierOf('dermashield-ds-s3-10', undefined, ids)).toBe('CUSTOM_POLICY:DS-S3-10');
    expect(guardIdentifierOf('dermashield-ds-s3-1-conformance-pack-abc', undefined, ids)).toBe('CUSTOM_POLICY:DS-S3-1');
    expect(guardIdentifierOf('any-name', 'DermaShield evidence for DS-S3-10: x', ids)).toBe('CUSTOM_POLICY:DS-S3-10');
    expect(guardIdentifierOf('rds-ds-s3-12', undefined, ids)).toBeUndefined();
  });

  test('each control is judged from its served results, as computed from the served tables', () => {
    for (const [id, expected] of Object.entries(EXPECTED)) {
      expect([id, statuses(id)]).toEqual([id, Object.fromEntries(expected)]);
      expect([id, control(id).counts]).toEqual([id, counts(expected)]);
    }
    expect(report.controls.map((c) => [c.id, c.verdict])).toEqual([
      ['DS-SQS-1', 'NON_COMPLIANT'], ['DS-S3-1', 'NON_COMPLIANT'], ['DS-ELB-1', 'NON_COMPLIANT'], ['DS-MSK-1', 'NON_COMPLIANT'],
      ['DS-VPN-2', 'INCOMPLETE'], ['DS-KMS-2', 'NO_CONFIG_RULE'],
    ]);
    // Each resource once, at its worst.
    const all = new Map<string, ComplianceState>();
    for (const m of Object.values(EXPECTED)) for (const [k, v] of m) if (!all.has(k) || RANK[v] > RANK[all.get(k)!]) all.set(k, v);
    expect(report.overall).toMatchObject(counts(all));
    expect(report.summary.controls).toEqual({ compliant: 0, nonCompliant: 4, incomplete: 1, noResources: 0, notEvidenced: 1 });
    // A missing rule leaves the collection incomplete: exit 2, never compliant.
    expect(code).toBe(2);
    expect(report.overallVerdict).toBe('INCOMPLETE');
  });

  test('a control evidenced only by a custom rule: compliant, non-compliant and not-applicable resources', () => {
    const c = control('DS-SQS-1');
    expect(c.evidencedBy).toBe('custom-guard');
    expect(c.configRules).toEqual([]);
    expect(c.guardPolicy).toMatchObject({ expectedName: 'dermashield-ds-sqs-1', ruleNames: ['dermashield-ds-sqs-1-conformance-pack-k3x9q2'], missing: false, decidesManagedRuleCaveat: false, caveat: 'A key ARN of aws/sqs looks like a customer-managed key.' });
    expect(c.guardPolicy!.rules[0]).toMatchObject({ name: 'dermashield-ds-sqs-1-conformance-pack-k3x9q2', healthy: true, stale: false });
    expect(c.resources.find((r) => r.resourceId === 'fax-queue')!.rules).toEqual([
      { ruleName: 'dermashield-ds-sqs-1-conformance-pack-k3x9q2', compliance: 'NON_COMPLIANT', source: 'rule', ruleKind: 'custom-guard', annotation: 'fax-queue fails' },
    ]);
    // The decoy rule for DS-SQS-10 was never read in detail.
    expect(fake.requests.some((r) => r.input.ConfigRuleName === 'dermashield-ds-sqs-10')).toBe(false);
  });

  test('managed COMPLIANT, custom NON_COMPLIANT on the key question: the custom rule decides', () => {
    const notes = control('DS-S3-1').resources.find((r) => r.resourceId === 'notes')!;
    expect(notes.status).toBe('NON_COMPLIANT');
    expect(notes.rules.map((f) => [f.ruleKind ?? f.source, f.compliance])).toEqual([['managed', 'COMPLIANT'], ['record', 'NOT_APPLICABLE'], ['custom-guard', 'NON_COMPLIANT']]);
    expect(notes.note).toMatch(/^The managed rule passes it .* the custom policy rule dermashield-ds-s3-1, which decides that question, finds it non-compliant: notes fails\.$/);
    // The record could not classify the key, and the custom rule passed it: compliant, not "not determinable".
    expect(control('DS-S3-1').resources.find((r) => r.resourceId === 'shared-key')!.status).toBe('COMPLIANT');
    // A recorded AWS-managed key still fails a bucket the custom rule passes (the policy's own caveat).
    expect(control('DS-S3-1').resources.find((r) => r.resourceId === 'reports')!.status).toBe('NON_COMPLIANT');
    // Not only keys: the listener the managed rule passes and the custom rule fails.
    expect(control('DS-ELB-1').resources.find((r) => r.resourceId === 'listener/app/portal/1/b')!.status).toBe('NON_COMPLIANT');
    expect(control('DS-ELB-1').guardPolicy!.ruleNames).toEqual(['acme-guard-listener-policy']);
    expect(control('DS-ELB-1').evidencedBy).toBe('managed-and-custom-guard');
  });

  test('MSK-1: the key ARN the custom rule passed is joined to the recorded keyManager', () => {
    const c = control('DS-MSK-1');
    expect(c.guardPolicy!.keyJoin).toEqual({ 'AWS::MSK::Cluster': 'configuration.EncryptionInfo.EncryptionAtRest.DataVolumeKMSKeyId' });
    const awsArn = c.resources.find((r) => r.resourceId === 'msk-aws-arn')!;
    expect(awsArn).toMatchObject({ status: 'NON_COMPLIANT', keyClass: 'aws-managed' });
    expect(awsArn.note).toMatch(/^The custom policy rule passes it .* the recorded key is aws-managed/);
    expect(c.resources.find((r) => r.resourceId === 'msk-unknown')!.rules.find((f) => f.source === 'record')!.annotation).toMatch(/^Not determinable who manages the key: key .* is not in the recorded configuration/);
    // The cluster list was read with its configuration (the join needs it).
    expect(fake.requests.some((r) => r.op === 'SelectResourceConfig' && /configuration.*AWS::MSK::Cluster/.test(r.input.Expression))).toBe(true);
  });

  test('a missing custom rule: the control is incomplete, its resources not determinable', () => {
    const c = control('DS-VPN-2');
    expect(c).toMatchObject({ verdict: 'INCOMPLETE', complete: false, evidencedBy: 'custom-guard', guardPolicy: { missing: true, ruleNames: [] } });
    expect(c.notes).toContain('No deployed custom policy (Guard) rule for DS-VPN-2 (expected dermashield-ds-vpn-2, or a rule described "DermaShield evidence for DS-VPN-2: ...").');
    expect(report.problems).toEqual([expect.objectContaining({ kind: 'rule-missing', identifier: 'CUSTOM_POLICY:DS-VPN-2' })]);
    expect(report.causes).toEqual([expect.objectContaining({ kind: 'rule-missing', controls: ['DS-VPN-2'] })]);
  });

  test('a control nothing in Config can evidence is shown as such, with the catalog reason', () => {
    expect(control('DS-KMS-2')).toMatchObject({ verdict: 'NO_CONFIG_RULE', evidencedBy: 'not-evidenced', notEvidencedReason: NOT_EVIDENCED, counts: counts(new Map()) });
  });

  test('the rule kind per control in JSON, Markdown and HTML', () => {
    expect(Object.fromEntries(report.controls.map((c) => [c.id, c.evidencedBy]))).toEqual({
      'DS-SQS-1': 'custom-guard', 'DS-S3-1': 'managed-and-custom-guard', 'DS-ELB-1': 'managed-and-custom-guard', 'DS-MSK-1': 'custom-guard', 'DS-VPN-2': 'custom-guard', 'DS-KMS-2': 'not-evidenced',
    });
    const md = fs.readFileSync(path.join(out, 'evidence-report.md'), 'utf8');
    expect(md).toMatch(/\| DS-SQS-1 \| SQS queues on a customer-managed key \| [^|]+ \| Non-compliant \| custom Guard rule \| 1 of 2 compliant, 1 failing, 1 not applicable \| custom Guard dermashield-ds-sqs-1-conformance-pack-k3x9q2: last evaluated /);
    expect(md).toMatch(/\| DS-S3-1 \| [^|]+ \| [^|]+ \| Non-compliant \| AWS managed rule \+ custom Guard rule \| /);
    expect(md).toMatch(/\| DS-VPN-2 \| [^|]+ \| [^|]+ \| Incomplete \| custom Guard rule \| .* \| custom Guard dermashield-ds-vpn-2: no deployed rule \|/);
    expect(md).toContain('| DS-KMS-2 | Key rotation period at most 365 days | 164.312(a)(2)(iv) | Not evidenced after deployment | not evidenced after deployment |');
    expect(md).toContain(`| DS-KMS-2 | Key rotation period at most 365 days | ${NOT_EVIDENCED} |`);
    expect(md).toContain('> Custom Guard rule caveat: A key ARN of aws/s3 looks like a customer-managed key.');
    expect(md).not.toMatch(/synth-time only/);
    const html = fs.readFileSync(path.join(out, 'evidence-report.html'), 'utf8');
    const rowOf = (id: string): string => html.slice(html.indexOf(`<tr><td><a href="#${id}">`), html.indexOf('</tr>', html.indexOf(`<tr><td><a href="#${id}">`)));
    expect(rowOf('DS-SQS-1')).toContain('<span class="kind k-custom-guard">custom Guard rule</span>');
    expect(rowOf('DS-S3-1')).toContain('<span class="kind k-managed-and-custom-guard">AWS managed rule + custom Guard rule</span>');
    expect(html).toContain(`<li id="DS-KMS-2">DS-KMS-2 Key rotation period at most 365 days: <span class="kind k-not-evidenced">not evidenced after deployment</span>. <small class="reason">${NOT_EVIDENCED}</small></li>`);
    expect(html).toContain('<p class="note guard">Custom Guard rule caveat: A key ARN of aws/s3 looks like a customer-managed key.</p>');
    expect(html).not.toMatch(/synth-time only/);
    expect(stdout).toContain('Controls evidenced by: 0 AWS managed rule, 3 custom Guard rule, 2 both, 1 not evidenced after deployment\n');
  });
});

/** One more run against its own endpoint, JSON only. */
async function runJson(d: FakeData, name: string, args: string[]): Promise<{ report: EvidenceReport; server: FakeConfigServer }> {
  const server = new FakeConfigServer(d, 3);
  const endpoint = await server.start();
  const dir = path.join(tmp, name);
  try {
    await main(['--region', REGION, '--out', dir, '--format', 'json', ...args], {
      stdout: { write: () => true }, stderr: { write: () => true }, now: NOW, controls: CONTROLS, clientConfig: testClientConfig(endpoint),
    });
  } finally {
    await server.stop();
  }
  return { report: JSON.parse(fs.readFileSync(path.join(dir, 'evidence-report.json'), 'utf8')) as EvidenceReport, server };
}

describe('custom policy rules in conformance-pack scope', () => {
  test('found in the pack by name suffix or description; NOT_APPLICABLE (never served by the pack API) inferred as for managed rules', async () => {
    const d = data();
    const pack = { ...d, packs: { 'hipaa-derm': d.rules.map((r) => r.name) } };
    const { report: r, server } = await runJson(pack, 'pack', ['--conformance-pack', 'hipaa-derm']);
    expect(server.requests.some((x) => x.op === 'GetConformancePackComplianceDetails' && x.input.Filters?.ConfigRuleNames?.[0] === 'dermashield-ds-sqs-1-conformance-pack-k3x9q2')).toBe(true);
    for (const id of Object.keys(EXPECTED)) {
      expect([id, Object.fromEntries(r.controls.find((c) => c.id === id)!.resources.map((x) => [x.resourceId, x.status]))]).toEqual([id, Object.fromEntries(EXPECTED[id])]);
    }
  });
});

test('GUARD_KEY_JOINS covers exactly the catalog policies whose caveat asks the evidence CLI to join the key ARN', () => {
  const asking = CATALOG.filter((c) => /evidence CLI must join the ARN to the AWS::KMS::Key item/.test(c.guardPolicy?.caveat ?? '')).map((c) => c.id).sort();
  expect(Object.keys(GUARD_KEY_JOINS).sort()).toEqual(asking);
  for (const id of asking) expect(Object.keys(GUARD_KEY_JOINS[id]).sort()).toEqual([...CATALOG.find((c) => c.id === id)!.guardPolicy!.resourceTypes].sort());
});

describe('custom policy rules through an aggregator', () => {
  test("a member account's custom rule is found by the control id in its name and judges that account's resources", async () => {
    const OTHER = '444455556666';
    const west = 'us-west-2';
    const d = data();
    const agg: FakeData = {
      ...d,
      aggregators: { 'org-hipaa': [{ accountId: ACCOUNT, region: REGION }, { accountId: OTHER, region: west }] },
      rules: [
        ...d.rules,
        { name: 'OrgConfigRule-dermashield-ds-sqs-1-x7', identifier: '', owner: 'CUSTOM_POLICY', accountId: OTHER, region: west, evaluations: [{ type: 'AWS::SQS::Queue', id: 'west-queue', compliance: 'NON_COMPLIANT' }] },
      ],
      resources: [...d.resources, row('AWS::SQS::Queue', 'west-queue', { QueueName: 'west-queue' }, {}, OTHER, west)],
    };
    const { report: r } = await runJson(agg, 'aggregator', ['--aggregator', 'org-hipaa']);
    const sqs = r.controls.find((c) => c.id === 'DS-SQS-1')!;
    expect(sqs.guardPolicy!.ruleNames).toEqual(['dermashield-ds-sqs-1-conformance-pack-k3x9q2 (111122223333 us-east-1)', `OrgConfigRule-dermashield-ds-sqs-1-x7 (${OTHER} ${west})`]);
    const expected = new Map([...EXPECTED['DS-SQS-1'], ['west-queue', 'NON_COMPLIANT' as ComplianceState]]);
    expect(Object.fromEntries(sqs.resources.map((x) => [x.resourceId, x.status]))).toEqual(Object.fromEntries(expected));
    expect(sqs.resources.find((x) => x.resourceId === 'west-queue')).toMatchObject({ accountId: OTHER, region: west });
    expect(sqs.counts).toEqual(counts(expected));
  });
});
