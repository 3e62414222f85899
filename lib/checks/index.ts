export * from './acknowledge';
export * from './dermashield-checks';
export * from './effective';
export * from './keys';
export * from './rule';
export * from './validation-report';
export * from './values';
export { ALL_RULES } from './rules';
