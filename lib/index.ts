// Public API: re-exports only.
export * from './errors';
export * from './controls';
export * from './checks';
export * from './keys/phi-key';
