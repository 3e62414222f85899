import { Token } from 'aws-cdk-lib';
import * as config from 'aws-cdk-lib/aws-config';
import { Construct } from 'constructs';
import { Control, CONTROLS, guardRuleDescription } from '../controls';
import { DermaShieldError } from '../errors';
import { GuardPolicies } from './guard-policies';
import { GUARD_POLICY_TEXT } from './guard-policies.generated';

export { GuardPolicies } from './guard-policies';

/** Properties of a {@link PhiConfigRules}. */
export interface PhiConfigRulesProps {
  /**
   * The controls whose AWS Config managed rules to deploy.
   * @default - the whole DermaShield control catalog (`CONTROLS`)
   */
  readonly controls?: Control[];
  /**
   * Prefix of every rule name (the rest is the identifier in lower case with dashes, e.g.
   * `dermashield-cmk-backing-key-rotation-enabled`). Change it only to deploy a second copy in one account and Region.
   * @default 'dermashield-'
   */
  readonly ruleNamePrefix?: string;
  /**
   * Deploy the AWS Config custom policy (CloudFormation Guard) rules of the controls that have a `guardPolicy`,
   * beside the managed rules. Turn it off only where the same policies are deployed another way (e.g. through the
   * practice's own conformance pack, from `dermashield-guard-policies --format conformance-pack`).
   * @default true
   */
  readonly customPolicyRules?: boolean;
  /**
   * Deliver debug logs of the custom policy rules' Guard evaluations to CloudWatch Logs (`EnableDebugLogDelivery`).
   * @default false
   */
  readonly enableGuardDebugLog?: boolean;
}

/** One managed rule to deploy, merged from every control that names its identifier. */
interface PlannedRule {
  readonly identifier: string;
  readonly parameters?: Readonly<Record<string, string>>;
  /** Undefined: the managed rule's own scope (some control asked for it unscoped, or all did). */
  resourceTypes?: Set<string>;
  readonly controlIds: string[];
}

/**
 * The AWS Config managed rules named in the DermaShield control catalog, deployed as standalone rules with their
 * parameters passed explicitly (AWS fills defaults only in the console), so the evidence CLI has results to read;
 * and, for each control with a `guardPolicy`, an AWS Config custom policy rule (`CUSTOM_POLICY`, runtime
 * `guard-2.x.x`, the policy text inline) named `<prefix><control id in lower case>`, scoped to the policy's resource
 * types and evaluated on configuration changes (detective mode only: proactive evaluation hands a rule the resource's
 * CloudFormation properties, not the configuration item these policies are written for).
 *
 * They sit beside AWS's "Operational Best Practices for HIPAA Security" conformance pack, which is at the 130-rule cap
 * and lacks several of these (KMS rotation, log-group encryption, Client VPN, ALB TLS policy, Aurora encryption); the
 * pack is never edited. Each identifier is deployed once, however many controls name it; a rule's scope is the union
 * of the resource types the controls give it.
 *
 * Needs an AWS Config configuration recorder in the account and Region (Control Tower and the conformance pack set one
 * up); this construct does not create one.
 */
export class PhiConfigRules extends Construct {
  /** The deployed rules, by managed rule identifier. */
  public readonly rules: Readonly<Record<string, config.ManagedRule>>;
  /** The control ids each rule evidences, by managed rule identifier. */
  public readonly controlIdsByRule: Readonly<Record<string, string[]>>;
  /** The deployed custom policy (Guard) rules, by control id; empty when `customPolicyRules` is false. */
  public readonly customPolicies: Readonly<Record<string, config.CustomPolicy>>;

  constructor(scope: Construct, id: string, props: PhiConfigRulesProps = {}) {
    super(scope, id);
    const prefix = props.ruleNamePrefix ?? 'dermashield-';
    if (!Token.isUnresolved(prefix) && !/^[A-Za-z0-9][A-Za-z0-9_-]{0,40}$/.test(prefix)) {
      throw new DermaShieldError('PhiConfigRulesPrefix', this,
        `ruleNamePrefix ${JSON.stringify(prefix)} is not allowed; use 1-41 letters, digits, '-' or '_', starting with a letter or digit.`);
    }
    const planned = plan(this, props.controls ?? CONTROLS);

    const rules: Record<string, config.ManagedRule> = {};
    const controlIds: Record<string, string[]> = {};
    for (const rule of planned) {
      const description = `DermaShield evidence for ${rule.controlIds.join(', ')}`;
      rules[rule.identifier] = new config.ManagedRule(this, rule.identifier, {
        identifier: rule.identifier,
        configRuleName: `${prefix}${rule.identifier.toLowerCase().replace(/_/g, '-')}`,
        description: description.length <= 256 ? description : `${description.slice(0, 253)}...`,
        inputParameters: rule.parameters ? { ...rule.parameters } : undefined,
        ruleScope: rule.resourceTypes
          ? config.RuleScope.fromResources([...rule.resourceTypes].sort().map((t) => config.ResourceType.of(t)))
          : undefined,
      });
      controlIds[rule.identifier] = Object.freeze([...rule.controlIds]) as string[]; // frozen at run time; jsii has no readonly arrays
    }
    this.rules = rules;
    this.controlIdsByRule = controlIds;

    const customPolicies: Record<string, config.CustomPolicy> = {};
    if (props.customPolicyRules ?? true) {
      for (const control of props.controls ?? CONTROLS) {
        if (!control.guardPolicy) continue;
        const policyText = GUARD_POLICY_TEXT[control.id];
        if (policyText === undefined) {
          throw new DermaShieldError('PhiConfigRulesNoGuardPolicy', this,
            `control ${control.id} has a guardPolicy but DermaShield ships no Guard policy for it (lib/audit/guard-policies/${control.id.toLowerCase()}.guard).`);
        }
        const description = guardRuleDescription(control);
        customPolicies[control.id] = new config.CustomPolicy(this, control.id, {
          configRuleName: GuardPolicies.ruleName(control.id, prefix),
          description: description.length <= 256 ? description : `${description.slice(0, 253)}...`,
          policyText,
          enableDebugLog: props.enableGuardDebugLog ?? false,
          ruleScope: config.RuleScope.fromResources(control.guardPolicy.resourceTypes.map((t) => config.ResourceType.of(t))),
          evaluationModes: config.EvaluationMode.DETECTIVE,
        });
      }
    }
    this.customPolicies = customPolicies;
  }
}

/** Merge the catalog's Config rule references: one entry per identifier. */
function plan(scope: Construct, controls: readonly Control[]): PlannedRule[] {
  const byIdentifier = new Map<string, PlannedRule>();
  for (const control of controls) {
    for (const ref of control.configRules) {
      const existing = byIdentifier.get(ref.identifier);
      if (!existing) {
        byIdentifier.set(ref.identifier, {
          identifier: ref.identifier,
          parameters: ref.parameters,
          resourceTypes: ref.resourceTypes ? new Set(ref.resourceTypes) : undefined,
          controlIds: [control.id],
        });
        continue;
      }
      if (JSON.stringify(sorted(existing.parameters)) !== JSON.stringify(sorted(ref.parameters))) {
        throw new DermaShieldError('PhiConfigRulesConflictingParameters', scope,
          `the catalog passes different parameters to ${ref.identifier}: ${existing.controlIds.join(', ')} use `
          + `${JSON.stringify(existing.parameters ?? {})}, ${control.id} uses ${JSON.stringify(ref.parameters ?? {})}. One rule per identifier is deployed; make them agree.`);
      }
      if (!existing.controlIds.includes(control.id)) existing.controlIds.push(control.id);
      if (!existing.resourceTypes || !ref.resourceTypes) existing.resourceTypes = undefined;
      else for (const t of ref.resourceTypes) existing.resourceTypes.add(t);
    }
  }
  return [...byIdentifier.values()];
}

function sorted(parameters?: Readonly<Record<string, string>>): [string, string][] {
  return Object.entries(parameters ?? {}).sort(([a], [b]) => a.localeCompare(b));
}
