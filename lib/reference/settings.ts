import { Token } from 'aws-cdk-lib';
import { Node } from 'constructs';
import { DermaShieldError } from '../errors';

/** The `cdk.json` context key that holds a practice's settings. */
export const PRACTICE_CONTEXT_KEY = 'dermashield:practice';

/** One Client VPN authorization: an identity-provider group and the destination it may reach. */
export interface VpnGroupSetting {
  /** The SAML group id (as the IdP sends it). */
  readonly groupId: string;
  /** Destination CIDR the group may reach. */
  readonly cidr: string;
  /** What the group is, for the authorization rule's description. */
  readonly description: string;
}

/**
 * What a practice must supply to deploy the reference architecture. `cdk.json` ships documented placeholders that
 * synthesize; replace every one before `cdk deploy`.
 */
export interface PracticeSettings {
  /** Short name, lower-case letters, digits and dashes: used in key aliases and resource names. */
  readonly practiceName: string;
  /** AWS account id (12 digits). */
  readonly account: string;
  /** Primary Region. */
  readonly region: string;
  /** Second Region for backup copies (encrypted with a key there). */
  readonly backupCopyRegion: string;
  /** ACM certificate ARN for the patient portal / teledermatology load balancer (in `region`). */
  readonly portalCertificateArn: string;
  /** Public DNS name of the portal (the certificate's name). */
  readonly portalDomain: string;
  /** ACM server certificate ARN for the Client VPN endpoint (in `region`). */
  readonly vpnServerCertificateArn: string;
  /** IAM SAML provider ARN of the practice's identity provider (which enforces MFA). */
  readonly samlProviderArn: string;
  /** Client VPN client CIDR (a /22 or larger, not overlapping the VPC). */
  readonly vpnClientCidr: string;
  /** Who may reach what over the VPN. */
  readonly vpnGroups: readonly VpnGroupSetting[];
  /** Where encryption-failure alarms are e-mailed. */
  readonly alertEmail: string;
  /** VPC CIDR. */
  readonly vpcCidr: string;
}

const CHECKS: Record<keyof PracticeSettings, (v: unknown) => string | undefined> = {
  practiceName: (v) => (typeof v === 'string' && /^[a-z][a-z0-9-]{1,30}$/.test(v) ? undefined : 'lower-case letters, digits and dashes, 2-31 characters, starting with a letter'),
  account: (v) => (typeof v === 'string' && /^\d{12}$/.test(v) ? undefined : 'a 12-digit AWS account id'),
  region: (v) => (typeof v === 'string' && /^[a-z]{2}(-gov)?-[a-z]+-\d$/.test(v) ? undefined : 'a Region name such as us-east-1'),
  backupCopyRegion: (v) => (typeof v === 'string' && /^[a-z]{2}(-gov)?-[a-z]+-\d$/.test(v) ? undefined : 'a Region name such as us-west-2'),
  portalCertificateArn: (v) => (typeof v === 'string' && /^arn:aws[a-z-]*:acm:[a-z0-9-]+:\d{12}:certificate\/[A-Za-z0-9-]+$/.test(v) ? undefined : 'an ACM certificate ARN'),
  portalDomain: (v) => (typeof v === 'string' && /^([a-z0-9-]+\.)+[a-z]{2,}$/.test(v) ? undefined : 'a DNS name such as portal.example.com'),
  vpnServerCertificateArn: (v) => (typeof v === 'string' && /^arn:aws[a-z-]*:acm:[a-z0-9-]+:\d{12}:certificate\/[A-Za-z0-9-]+$/.test(v) ? undefined : 'an ACM certificate ARN'),
  samlProviderArn: (v) => (typeof v === 'string' && /^arn:aws[a-z-]*:iam::\d{12}:saml-provider\/[\w+=,.@-]+$/.test(v) ? undefined : 'an IAM SAML provider ARN'),
  vpnClientCidr: (v) => (typeof v === 'string' && /^\d{1,3}(\.\d{1,3}){3}\/(1[2-9]|2[0-2])$/.test(v) ? undefined : 'an IPv4 CIDR from /12 to /22'),
  vpnGroups: (v) => (Array.isArray(v) && v.length > 0 && v.every((g) => g && typeof g.groupId === 'string' && g.groupId && typeof g.cidr === 'string' && /^\d{1,3}(\.\d{1,3}){3}\/\d{1,2}$/.test(g.cidr) && typeof g.description === 'string')
    ? undefined : 'a non-empty list of { groupId, cidr, description }'),
  alertEmail: (v) => (typeof v === 'string' && /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(v) ? undefined : 'an e-mail address'),
  vpcCidr: (v) => (typeof v === 'string' && /^\d{1,3}(\.\d{1,3}){3}\/(1[6-9]|2[0-4])$/.test(v) ? undefined : 'an IPv4 CIDR from /16 to /24'),
};

/**
 * Read and validate the practice settings from context (`cdk.json` or `-c dermashield:practice=...`), with one error
 * that lists every missing or malformed setting.
 */
export function practiceSettingsFrom(node: Node, overrides: Partial<PracticeSettings> = {}): PracticeSettings {
  const raw = node.tryGetContext(PRACTICE_CONTEXT_KEY);
  const context = typeof raw === 'string' ? JSON.parse(raw) : raw ?? {};
  const merged: Record<string, unknown> = { ...context, ...overrides };
  const problems = (Object.keys(CHECKS) as (keyof PracticeSettings)[])
    .filter((key) => !Token.isUnresolved(merged[key]))
    .map((key) => {
      const problem = CHECKS[key](merged[key]);
      return problem ? `  - ${key}: got ${JSON.stringify(merged[key])}, expected ${problem}` : undefined;
    })
    .filter((p): p is string => p !== undefined);
  if (merged.region !== undefined && merged.region === merged.backupCopyRegion) {
    problems.push(`  - backupCopyRegion: got ${JSON.stringify(merged.backupCopyRegion)}, expected a Region other than region`);
  }
  if (problems.length) {
    throw DermaShieldError.forSubject('PracticeSettingsInvalid', 'DermaShield practice settings',
      `invalid settings (context key '${PRACTICE_CONTEXT_KEY}' in cdk.json):\n${problems.join('\n')}`);
  }
  return merged as unknown as PracticeSettings;
}
