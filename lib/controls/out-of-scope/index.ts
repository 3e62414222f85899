import { OUT_OF_SCOPE_A_TO_D } from './namespaces-a-to-d';
import { OUT_OF_SCOPE_E_TO_L } from './namespaces-e-to-l';
import { OUT_OF_SCOPE_M_TO_Z } from './namespaces-m-to-z';

/**
 * The reviewed out-of-scope register: resource types that have an encryption-relevant property (they are in the
 * generated universe, lib/checks/universe.generated.ts) but that no DermaShield rule judges, each with a one-line
 * reason of one of these kinds:
 * - the service is not HIPAA-eligible, so a practice must not put ePHI in it at all;
 * - the type holds no ePHI (configuration or metadata only), so its key protects nothing clinical;
 * - the control is judged on another type, which the reason names;
 * - AWS allows no customer-managed key or setting for it, so there is nothing to require.
 * A test fails when a universe type is neither judged nor listed here, when a listed type is judged, and when a
 * listed type is not a CloudFormation type of the pinned spec.
 */
export const OUT_OF_SCOPE: Readonly<Record<string, string>> = Object.freeze({
  ...OUT_OF_SCOPE_A_TO_D,
  ...OUT_OF_SCOPE_E_TO_L,
  ...OUT_OF_SCOPE_M_TO_Z,
});
