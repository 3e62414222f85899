import { Control, CONTROLS, guardRuleDescription } from '../controls';
import { GuardPolicies } from './guard-policies';

/**
 * The `dermashield-guard-policies` command: prints the catalog's CloudFormation Guard policies so a practice can
 * deploy them without `PhiConfigRules` (e.g. in its own conformance pack). Pure: returns what to print and the exit
 * code; bin/dermashield-guard-policies.ts writes it. Not part of the construct library's public API.
 */

/** What the command prints, and its exit code. */
export interface CommandOutput {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

const RUNTIME = 'guard-2.x.x';
const FORMATS = ['text', 'json', 'conformance-pack'] as const;
type Format = typeof FORMATS[number];

export const GUARD_POLICIES_USAGE = `Usage: dermashield-guard-policies [--format text|json|conformance-pack] [--control ID]... [--prefix PREFIX]

Prints the AWS Config custom policy rules (CloudFormation Guard, runtime ${RUNTIME}) that PhiConfigRules deploys,
one per control, so they can be deployed another way.

  --format text              the policies, each under a comment header naming control, rule and scope (default)
  --format json              [{ controlId, title, ruleName, resourceTypes, policyRuntime, policyText, caveat? }]
  --format conformance-pack  a conformance pack template (JSON) with one AWS::Config::ConfigRule per policy
  --control ID               only this control (repeatable), e.g. --control DS-S3-3
  --prefix PREFIX            rule-name prefix (default ${GuardPolicies.DEFAULT_RULE_NAME_PREFIX})
  --help                     this text
`;

/** Run the command with these arguments. */
export function guardPoliciesCommand(argv: readonly string[]): CommandOutput {
  let format: Format = 'text';
  let prefix = GuardPolicies.DEFAULT_RULE_NAME_PREFIX;
  const wanted: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${arg} needs a value`);
      return v;
    };
    try {
      if (arg === '--help' || arg === '-h') return { exitCode: 0, stdout: GUARD_POLICIES_USAGE, stderr: '' };
      else if (arg === '--format') {
        const f = value();
        if (!(FORMATS as readonly string[]).includes(f)) throw new UsageError(`unknown format '${f}'; use one of ${FORMATS.join(', ')}`);
        format = f as Format;
      } else if (arg === '--control') wanted.push(value());
      else if (arg === '--prefix') {
        prefix = value();
        if (!/^[A-Za-z0-9][A-Za-z0-9_-]{0,40}$/.test(prefix)) throw new UsageError(`--prefix ${JSON.stringify(prefix)} is not allowed; use 1-41 letters, digits, '-' or '_'`);
      } else throw new UsageError(`unknown argument '${arg}'`);
    } catch (err) {
      if (err instanceof UsageError) return { exitCode: 2, stdout: '', stderr: `dermashield-guard-policies: ${err.message}\n\n${GUARD_POLICIES_USAGE}` };
      throw err;
    }
  }

  const available = CONTROLS.filter((c) => c.guardPolicy);
  const unknown = wanted.filter((id) => !available.some((c) => c.id === id));
  if (unknown.length) {
    return {
      exitCode: 2,
      stdout: '',
      stderr: `dermashield-guard-policies: no Guard policy for ${unknown.join(', ')}. Controls with one: ${available.map((c) => c.id).join(', ')}\n`,
    };
  }
  const controls = wanted.length ? available.filter((c) => wanted.includes(c.id)) : available;
  return { exitCode: 0, stdout: render(format, controls, prefix), stderr: '' };
}

class UsageError extends Error {}

function render(format: Format, controls: readonly Control[], prefix: string): string {
  switch (format) {
    case 'text':
      return controls.map((c) => [
        `# ==== ${c.id}  ${c.title}`,
        `# Config rule: ${GuardPolicies.ruleName(c.id, prefix)}  scope: ${c.guardPolicy!.resourceTypes.join(', ')}  runtime: ${RUNTIME}`,
        ...(c.guardPolicy!.caveat ? [`# Caveat: ${c.guardPolicy!.caveat}`] : []),
        GuardPolicies.policyText(c.id).trimEnd(),
        '',
      ].join('\n')).join('\n');
    case 'json':
      return `${JSON.stringify(controls.map((c) => ({
        controlId: c.id,
        title: c.title,
        ruleName: GuardPolicies.ruleName(c.id, prefix),
        resourceTypes: c.guardPolicy!.resourceTypes,
        policyRuntime: RUNTIME,
        policyText: GuardPolicies.policyText(c.id),
        ...(c.guardPolicy!.caveat ? { caveat: c.guardPolicy!.caveat } : {}),
      })), null, 2)}\n`;
    case 'conformance-pack':
      return `${JSON.stringify({
        Description: 'DermaShield AWS Config custom policy (Guard) rules, one per catalog control.',
        Resources: Object.fromEntries(controls.map((c) => [`DermaShield${c.id.replace(/-/g, 'x')}`, {
          Type: 'AWS::Config::ConfigRule',
          Properties: {
            ConfigRuleName: GuardPolicies.ruleName(c.id, prefix),
            Description: guardRuleDescription(c).slice(0, 256),
            Scope: { ComplianceResourceTypes: [...c.guardPolicy!.resourceTypes] },
            Source: {
              Owner: 'CUSTOM_POLICY',
              SourceDetails: [
                { EventSource: 'aws.config', MessageType: 'ConfigurationItemChangeNotification' },
                { EventSource: 'aws.config', MessageType: 'OversizedConfigurationItemChangeNotification' },
              ],
              CustomPolicyDetails: { PolicyRuntime: RUNTIME, PolicyText: GuardPolicies.policyText(c.id), EnableDebugLogDelivery: false },
            },
          },
        }])),
      }, null, 2)}\n`;
  }
}
