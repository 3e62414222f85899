// The pack's public surface. The rule engine (effective.ts, values.ts, keys.ts, rule.ts) and the rules are private
// to lib/checks: they are imported by path inside the package, never through the package entry point (which is
// also the jsii entry point, and the engine's generics, unions and `unknown` have no jsii form).
export * from './acknowledge';
export * from './dermashield-checks';
export * from './validation-report';
export { ALL_RULES } from './rules';
