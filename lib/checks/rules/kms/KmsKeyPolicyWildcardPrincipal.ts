import { EffectiveStack } from '../../effective';
import { defineRule, fail, pass, unverifiable } from '../../rule';
import { describeIntrinsic, isIntrinsic } from '../../values';
import { judgeStatements, statementLabel } from '../s3/policy';
import { glob } from '../transport';

/** Actions that read or hand out the key: any of them allowed to everyone exposes every ciphertext under the key. */
const SENSITIVE_ACTIONS = ['kms:decrypt', 'kms:reencryptfrom', 'kms:reencryptto', 'kms:creategrant'];

/** Condition keys that pin a request to the account, the organization, a service or named principals. */
const PINNING_KEYS = new Set([
  'kms:calleraccount', 'kms:viaservice', 'aws:principalaccount', 'aws:principalorgid', 'aws:principalorgpaths',
  'aws:principalarn', 'aws:sourceaccount', 'aws:sourcearn', 'aws:sourceorgid',
]);

/** Condition operators that require the key to match (a negated or IfExists operator does not pin). */
const PINNING_OPERATORS = /^(forallvalues:|foranyvalue:)?(stringequals|stringequalsignorecase|stringlike|arnequals|arnlike)$/i;

type Verdict = { kind: 'yes' } | { kind: 'no' } | { kind: 'unknown'; why: string };

/** DS-KMS-11: no key policy statement allows decrypt, re-encrypt or grants to every principal without pinning it. */
export const KmsKeyPolicyWildcardPrincipal = defineRule({
  name: 'KmsKeyPolicyWildcardPrincipal',
  controlId: 'DS-KMS-11',
  resourceTypes: ['AWS::KMS::Key', 'AWS::KMS::ReplicaKey'],
  requirement: 'No Allow statement of a key policy may give kms:Decrypt, kms:ReEncrypt*, kms:CreateGrant, kms:* or * to a '
    + 'wildcard principal (or through NotPrincipal) unless a condition pins it to the account, the organization or a '
    + 'service (kms:CallerAccount, aws:PrincipalAccount, aws:PrincipalOrgID, kms:ViaService, aws:SourceAccount, ...).',
  explanation: 'A key policy that lets "*" decrypt or create grants lets any AWS account that can reach the ciphertext read '
    + 'the ePHI under the key, whatever the bucket or database policy says. Name the principals (the account root, roles), '
    + 'or add a StringEquals condition on kms:CallerAccount / aws:PrincipalOrgID / kms:ViaService. PhiKey refuses "*" '
    + 'principals at construction; this rule makes it true for every key, escape hatches included.',
  evaluate(resource) {
    const policy = resource.properties.KeyPolicy;
    if (policy === undefined || policy === null) return pass(); // the default key policy names only the account
    const problems: string[] = [];
    const unknowns: string[] = [];
    const odd = judgeStatements(policy, (statement, i) => {
      const label = statementLabel(statement, i);
      const verdicts = [allows(statement), toEveryone(statement, resource.stack), sensitive(statement), unpinned(statement)];
      if (verdicts.some((v) => v.kind === 'no')) return;
      const unknown = verdicts.find((v): v is Extract<Verdict, { kind: 'unknown' }> => v.kind === 'unknown');
      if (unknown) unknowns.push(`${label}: ${unknown.why}`);
      else problems.push(`${label} allows ${JSON.stringify(statement.Action ?? statement.NotAction)} to every principal with no condition pinning the account, organization or service`);
    });
    if (odd) unknowns.push(odd.why);
    if (problems.length) return fail(problems.join('; '));
    if (unknowns.length) return unverifiable(unknowns.join('; '));
    return pass();
  },
});

function allows(statement: Record<string, unknown>): Verdict {
  if (isIntrinsic(statement.Effect)) return { kind: 'unknown', why: `Effect is ${describeIntrinsic(statement.Effect)}` };
  return statement.Effect === 'Allow' ? { kind: 'yes' } : { kind: 'no' };
}

function toEveryone(statement: Record<string, unknown>, stack: EffectiveStack): Verdict {
  if (statement.NotPrincipal !== undefined) return { kind: 'yes' }; // Allow + NotPrincipal: everyone but the listed
  const principal = statement.Principal;
  if (principal === '*') return { kind: 'yes' };
  if (isIntrinsic(principal)) return { kind: 'unknown', why: `Principal is ${describeIntrinsic(principal)}` };
  if (!principal || typeof principal !== 'object') return { kind: 'no' };
  const values = Object.values(principal as Record<string, unknown>).flatMap((v) => (Array.isArray(v) ? v : [v]));
  if (values.includes('*')) return { kind: 'yes' };
  // A reference to a resource (a role's ARN) or an ARN built from pseudo parameters names one principal.
  const hidden = values.find((v) => isIntrinsic(v) && stack.resolve(v).kind === 'unverifiable');
  return hidden ? { kind: 'unknown', why: `Principal contains ${describeIntrinsic(hidden)}` } : { kind: 'no' };
}

function sensitive(statement: Record<string, unknown>): Verdict {
  if (statement.NotAction !== undefined) return { kind: 'yes' }; // every action but a few
  const actions = Array.isArray(statement.Action) ? statement.Action : [statement.Action];
  const hidden = actions.find(isIntrinsic);
  const matches = actions.some((a) => typeof a === 'string' && SENSITIVE_ACTIONS.some((s) => glob(a).test(s)));
  if (matches) return { kind: 'yes' };
  return hidden ? { kind: 'unknown', why: `Action contains ${describeIntrinsic(hidden)}` } : { kind: 'no' };
}

/** 'no' when some condition pins the request; 'unknown' when the pinning value is decided at deploy time. */
function unpinned(statement: Record<string, unknown>): Verdict {
  const condition = statement.Condition;
  if (condition === undefined) return { kind: 'yes' };
  if (isIntrinsic(condition) || !condition || typeof condition !== 'object') return { kind: 'unknown', why: `Condition is ${describeIntrinsic(condition)}` };
  let unknown: string | undefined;
  for (const [operator, block] of Object.entries(condition as Record<string, unknown>)) {
    if (!PINNING_OPERATORS.test(operator) || !block || typeof block !== 'object' || isIntrinsic(block)) continue;
    for (const [key, value] of Object.entries(block as Record<string, unknown>)) {
      if (!PINNING_KEYS.has(key.toLowerCase())) continue;
      const values = Array.isArray(value) ? value : [value];
      if (values.length === 0) continue;
      const literal = values.every((v) => (typeof v === 'string' && v.trim() !== '' && v.trim() !== '*') || isPseudoAccount(v));
      if (literal) return { kind: 'no' };
      const hidden = values.find((v) => isIntrinsic(v) && !isPseudoAccount(v));
      if (hidden) unknown = `the ${key} condition compares with ${describeIntrinsic(hidden)}`;
    }
  }
  return unknown ? { kind: 'unknown', why: unknown } : { kind: 'yes' };
}

/** `{ Ref: AWS::AccountId }` (or a Join/Sub of pseudo parameters and literals): the deploying account, a real pin. */
function isPseudoAccount(value: unknown): boolean {
  if (!isIntrinsic(value)) return false;
  const text = JSON.stringify(value);
  return !/"Ref":"(?!AWS::)/.test(text) && !/Fn::(ImportValue|If|GetAtt|FindInMap|Select)/.test(text);
}

