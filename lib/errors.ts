import { IConstruct } from 'constructs';

/**
 * Thrown at construction time when a prop would weaken an encryption control.
 *
 * Carries a stable `code` (for tests and support tickets), the construct path and a message that names the
 * property, the value given and what is allowed.
 */
export class DermaShieldError extends Error {
  /** Stable, machine-readable code, e.g. `PhiKeyRotationDisabled`. */
  public readonly code: string;
  /** Path of the construct that rejected the prop. */
  public readonly constructPath: string;

  constructor(code: string, scope: IConstruct, message: string) {
    super(`${scope.constructor.name} '${scope.node.path}': ${message}`);
    this.name = 'DermaShieldError';
    this.code = code;
    this.constructPath = scope.node.path;
  }
}
