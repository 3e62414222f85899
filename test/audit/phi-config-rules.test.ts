import { Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { HIPAASecurityChecks } from 'cdk-nag';
import { Control, CONTROLS, GuardPolicies, PhiConfigRules } from '../../lib';
import { GUARD_POLICY_TEXT } from '../../lib/audit/guard-policies.generated';
import { expectNoFindings, synthWithPack, testApp } from '../support/harness';
import { expectDermaShieldError } from '../support/errors';
import { acknowledgedRules, openFindings, synthWithAllPacks } from '../support/all-packs';

function build(props?: ConstructorParameters<typeof PhiConfigRules>[2]) {
  const app = testApp();
  const stack = new Stack(app, 'S', { env: { account: '111122223333', region: 'us-east-1' } });
  const rules = new PhiConfigRules(stack, 'Config', props);
  return { app, stack, rules, template: () => Template.fromStack(stack) };
}

/** Every Config rule reference in the catalog, grouped by identifier. */
function catalogByIdentifier(controls: readonly Control[] = CONTROLS) {
  const map = new Map<string, { controls: string[]; parameters?: Record<string, string>; types?: Set<string> | null }>();
  for (const c of controls) {
    for (const r of c.configRules) {
      const e = map.get(r.identifier) ?? { controls: [], parameters: r.parameters as Record<string, string> | undefined, types: undefined };
      e.controls.push(c.id);
      e.types = e.types === null || !r.resourceTypes ? null : new Set([...(e.types ?? []), ...r.resourceTypes]);
      map.set(r.identifier, e);
    }
  }
  return map;
}

const control = (id: string, configRules: Control['configRules']): Control =>
  ({ id, title: id, citations: [], guidance: '', ruleIds: [], configRules });

describe('PhiConfigRules', () => {
  describe('defaults', () => {
    test('every Config rule identifier in the catalog is deployed exactly once, with its parameters and scope', () => {
      const { template } = build();
      const expected = catalogByIdentifier();
      expect(expected.size).toBeGreaterThan(0);
      const deployed = Object.values(template().findResources('AWS::Config::ConfigRule'))
        .filter((r) => r.Properties.Source.Owner !== 'CUSTOM_POLICY');
      const identifiers = deployed.map((r) => r.Properties.Source.SourceIdentifier);
      expect(identifiers.sort()).toEqual([...expected.keys()].sort());
      for (const r of deployed) {
        const e = expected.get(r.Properties.Source.SourceIdentifier)!;
        expect(r.Properties.Source.Owner).toBe('AWS');
        expect(r.Properties.InputParameters).toEqual(e.parameters);
        if (e.types) expect(r.Properties.Scope.ComplianceResourceTypes.sort()).toEqual([...e.types].sort());
        else expect(r.Properties.Scope).toBeUndefined();
        expect(r.Properties.Description).toContain(e.controls[0]);
      }
    });

    test('rule names are the prefix plus the identifier in lower case with dashes', () => {
      const { template } = build();
      template().hasResourceProperties('AWS::Config::ConfigRule', {
        ConfigRuleName: 'dermashield-cmk-backing-key-rotation-enabled',
        Source: { Owner: 'AWS', SourceIdentifier: 'CMK_BACKING_KEY_ROTATION_ENABLED' },
        Scope: { ComplianceResourceTypes: ['AWS::KMS::Key'] },
      });
    });

    test('parameters are passed explicitly, as the catalog gives them', () => {
      const { template } = build();
      template().hasResourceProperties('AWS::Config::ConfigRule', {
        Source: { SourceIdentifier: 'VPC_FLOW_LOGS_ENABLED' },
        InputParameters: { trafficType: 'ALL' },
      });
      template().hasResourceProperties('AWS::Config::ConfigRule', {
        Source: { SourceIdentifier: 'CLOUDWATCH_ALARM_ACTION_CHECK' },
        InputParameters: { alarmActionRequired: 'true', insufficientDataActionRequired: 'false', okActionRequired: 'false' },
      });
    });

    test('no conformance pack is created or edited', () => {
      build().template().resourceCountIs('AWS::Config::ConformancePack', 0);
    });
  });

  describe('custom policy rules', () => {
    const customRules = (t: Template) => Object.values(t.findResources('AWS::Config::ConfigRule'))
      .filter((r) => r.Properties.Source.Owner === 'CUSTOM_POLICY');
    const withPolicy = CONTROLS.filter((c) => c.guardPolicy);

    test('one CUSTOM_POLICY rule per control with a guardPolicy: named after it, scoped, the policy inline, detective', () => {
      const deployed = customRules(build().template());
      expect(deployed.map((r) => r.Properties.ConfigRuleName).sort())
        .toEqual(withPolicy.map((c) => `dermashield-${c.id.toLowerCase()}`).sort());
      for (const control of withPolicy) {
        const rule = deployed.find((r) => r.Properties.ConfigRuleName === `dermashield-${control.id.toLowerCase()}`)!;
        expect(rule.Properties.Scope.ComplianceResourceTypes.sort()).toEqual([...control.guardPolicy!.resourceTypes].sort());
        expect(rule.Properties.Source.CustomPolicyDetails).toEqual({
          PolicyRuntime: 'guard-2.x.x', PolicyText: GUARD_POLICY_TEXT[control.id], EnableDebugLogDelivery: false,
        });
        expect(rule.Properties.Source.SourceDetails).toEqual([
          { EventSource: 'aws.config', MessageType: 'ConfigurationItemChangeNotification' },
          { EventSource: 'aws.config', MessageType: 'OversizedConfigurationItemChangeNotification' },
        ]);
        expect(rule.Properties.EvaluationModes).toEqual([{ Mode: 'DETECTIVE' }]);
        expect(rule.Properties.Description).toBe(`DermaShield evidence for ${control.id}: ${control.title}`);
        expect(rule.Properties.InputParameters).toBeUndefined();
      }
    });

    test('they sit beside the managed rules, and the construct exposes them by control id', () => {
      const { template, rules } = build();
      const all = Object.values(template().findResources('AWS::Config::ConfigRule'));
      expect(all.length).toBe(Object.keys(rules.rules).length + withPolicy.length);
      expect(Object.keys(build().rules.customPolicies).sort()).toEqual(withPolicy.map((c) => c.id).sort());
    });

    test('the rule name prefix applies to them too', () => {
      build({ ruleNamePrefix: 'clinic2-' }).template().hasResourceProperties('AWS::Config::ConfigRule', {
        ConfigRuleName: 'clinic2-ds-s3-3', Source: { Owner: 'CUSTOM_POLICY' },
      });
    });

    test('customPolicyRules: false deploys the managed rules only', () => {
      const { template, rules } = build({ customPolicyRules: false });
      expect(customRules(template())).toHaveLength(0);
      expect(rules.customPolicies).toEqual({});
      expect(Object.keys(rules.rules).length).toBeGreaterThan(0);
    });

    test('enableGuardDebugLog turns on debug log delivery', () => {
      const deployed = customRules(build({ enableGuardDebugLog: true }).template());
      expect(deployed.length).toBe(withPolicy.length);
      for (const r of deployed) expect(r.Properties.Source.CustomPolicyDetails.EnableDebugLogDelivery).toBe(true);
    });

    test('a subset of controls deploys only their custom rules; a control without a guardPolicy deploys none', () => {
      const subset = CONTROLS.filter((c) => ['DS-SQS-1', 'DS-KMS-1'].includes(c.id));
      const deployed = customRules(build({ controls: subset }).template());
      expect(deployed.map((r) => r.Properties.ConfigRuleName)).toEqual(['dermashield-ds-sqs-1']);
    });

    test('a control whose guardPolicy has no shipped policy throws, naming the file it needs', () => {
      expect(() => build({ controls: [{ ...control('DS-NEW-1', []), guardPolicy: { resourceTypes: ['AWS::S3::Bucket'] } }] }))
        .toThrow(/DS-NEW-1 has a guardPolicy but DermaShield ships no Guard policy for it \(lib\/audit\/guard-policies\/ds-new-1.guard\)/);
    });
  });

  describe('GuardPolicies', () => {
    test('lists the controls with a policy, returns each text, and names rules like PhiConfigRules', () => {
      expect(GuardPolicies.controlIds()).toEqual(CONTROLS.filter((c) => c.guardPolicy).map((c) => c.id));
      expect(GuardPolicies.policyText('DS-VPN-6')).toBe(GUARD_POLICY_TEXT['DS-VPN-6']);
      expect(GuardPolicies.policyText('DS-VPN-6')).toContain('configuration.SplitTunnel == false');
      expect(GuardPolicies.ruleName('DS-VPN-6')).toBe('dermashield-ds-vpn-6');
      expect(GuardPolicies.ruleName('DS-VPN-6', 'clinic2-')).toBe('clinic2-ds-vpn-6');
    });

    test('an unknown control throws, listing the controls that have a policy', () => {
      expectDermaShieldError(() => GuardPolicies.policyText('DS-KMS-2'), 'GuardPolicyNotFound', /no Guard policy for control 'DS-KMS-2'. Controls with one: DS-S3-1, DS-S3-3/);
    });
  });

  describe('merging', () => {
    test('an identifier named by two controls is deployed once, scoped to the union of their types, citing both', () => {
      const { template, rules } = build({ controls: [
        control('DS-A-1', [{ identifier: 'SAME_RULE', resourceTypes: ['AWS::S3::Bucket'] }]),
        control('DS-B-1', [{ identifier: 'SAME_RULE', resourceTypes: ['AWS::RDS::DBInstance'] }]),
      ] });
      const deployed = Object.values(template().findResources('AWS::Config::ConfigRule'));
      expect(deployed).toHaveLength(1);
      expect(deployed[0].Properties.Scope.ComplianceResourceTypes).toEqual(['AWS::RDS::DBInstance', 'AWS::S3::Bucket']);
      expect(deployed[0].Properties.Description).toBe('DermaShield evidence for DS-A-1, DS-B-1');
      expect(rules.controlIdsByRule.SAME_RULE).toEqual(['DS-A-1', 'DS-B-1']);
    });

    test('an unscoped reference makes the merged rule unscoped', () => {
      const { template } = build({ controls: [
        control('DS-A-1', [{ identifier: 'SAME_RULE', resourceTypes: ['AWS::S3::Bucket'] }]),
        control('DS-B-1', [{ identifier: 'SAME_RULE' }]),
      ] });
      const [rule] = Object.values(template().findResources('AWS::Config::ConfigRule'));
      expect(rule.Properties.Scope).toBeUndefined();
    });

    test('conflicting parameters for one identifier throw, naming both controls', () => {
      expect(() => build({ controls: [
        control('DS-A-1', [{ identifier: 'SAME_RULE', parameters: { x: '1' } }]),
        control('DS-B-1', [{ identifier: 'SAME_RULE', parameters: { x: '2' } }]),
      ] })).toThrow(/different parameters to SAME_RULE: DS-A-1 use \{"x":"1"\}, DS-B-1 uses \{"x":"2"\}/);
    });

    test('the same parameters in another order are not a conflict', () => {
      const { template } = build({ controls: [
        control('DS-A-1', [{ identifier: 'SAME_RULE', parameters: { a: '1', b: '2' } }]),
        control('DS-B-1', [{ identifier: 'SAME_RULE', parameters: { b: '2', a: '1' } }]),
      ] });
      template().resourceCountIs('AWS::Config::ConfigRule', 1);
    });
  });

  describe('validation', () => {
    test('a custom prefix is used', () => {
      build({ ruleNamePrefix: 'clinic2-' }).template().hasResourceProperties('AWS::Config::ConfigRule', {
        ConfigRuleName: 'clinic2-cmk-backing-key-rotation-enabled',
      });
    });

    test.each([['-bad'], ['has space'], ['a'.repeat(42)]])('ruleNamePrefix %j throws', (ruleNamePrefix) => {
      expect(() => build({ ruleNamePrefix })).toThrow(/ruleNamePrefix .* is not allowed; use 1-41 letters/);
    });
  });

  describe('nag', () => {
    test('all four packs and Control Tower\'s proactive controls: zero open findings', () => {
      const result = synthWithAllPacks(build().app, { controlTower: true });
      expect(openFindings(result)).toEqual([]);
      expect(acknowledgedRules(result)).toEqual([]);
    });

    test('Config rules raise no findings', () => {
      expectNoFindings(synthWithPack(build().app, undefined, new HIPAASecurityChecks()));
    });
  });
});
