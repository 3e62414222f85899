import { IConstruct } from 'constructs';

/**
 * Thrown at construction time when a prop would weaken an encryption control (and for other bad input, such as
 * pack options or practice settings).
 *
 * Carries a stable `code` (for tests and support tickets; every code is listed in docs/errors.md), the construct
 * path and a message that names the property, the value given and what is allowed.
 *
 * TypeScript only: jsii cannot model a subclass of `Error`, so the class is left out of the jsii assembly. In Python,
 * Java, .NET and Go the same throw reaches the caller as the jsii runtime's error (e.g. Python's `RuntimeError`) with
 * this message.
 *
 * @jsii ignore
 */
export class DermaShieldError extends Error {
  /**
   * An error about input that no construct owns (pack options, practice settings, a catalog look-up).
   * @param subject what rejected the input, e.g. `DermaShieldChecks`; the message starts with it
   */
  public static forSubject(code: string, subject: string, message: string): DermaShieldError {
    return new DermaShieldError(code, undefined, `${subject}: ${message}`);
  }

  /** Stable, machine-readable code, e.g. `PhiKeyRotationDisabled`. */
  public readonly code: string;
  /** Path of the construct that rejected the prop; empty for errors made by {@link DermaShieldError.forSubject}. */
  public readonly constructPath: string;

  /**
   * @param scope the construct that rejected the prop; the message starts with its class and path
   */
  constructor(code: string, scope: IConstruct | undefined, message: string) {
    super(scope ? `${scope.constructor.name} '${scope.node.path}': ${message}` : message);
    this.name = 'DermaShieldError';
    this.code = code;
    this.constructPath = scope?.node.path ?? '';
  }
}
