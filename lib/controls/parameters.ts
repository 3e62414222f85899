/**
 * The numbers and names the controls are defined by. Constructs validate props against them and the rule pack
 * judges templates against them, so both read them from here (the ground floor), never from each other.
 */

/** The pack name: rule ids are `DermaShield-<Rule>` and acknowledgements `DermaShield::DermaShield-<Rule>`. */
export const PACK_NAME = 'DermaShield';

/** Suffix of the rule id reported when a control cannot be verified at synth. */
export const UNVERIFIABLE_SUFFIX = '[Unverifiable]';

/** The shortest acknowledgement or exception reason accepted: enough for "what compensates, and why". */
export const MIN_REASON_LENGTH = 20;

/** The pack's default and loosest KMS rotation-period ceiling, in days. */
export const DEFAULT_MAX_ROTATION_PERIOD_DAYS = 365;

/** KMS's shortest allowed rotation period, in days. */
export const MIN_ROTATION_PERIOD_DAYS = 90;

/** The lowest TLS version S3 requests may use (DS-S3 TLS floor). */
export const S3_MINIMUM_TLS_VERSION = 1.2;

/** The ALB listener attribute (HTTP header modification) that adds `Strict-Transport-Security` to responses. */
export const HSTS_ATTRIBUTE = 'routing.http.response.strict_transport_security.header_value';

/** One year, the shortest HSTS max-age DermaShield accepts (and the HSTS preload list's minimum). */
export const MIN_HSTS_MAX_AGE_SECONDS = 31_536_000;

/** Log groups holding ePHI-adjacent audit data keep it at least this long, in days. */
export const MIN_LOG_RETENTION_DAYS = 365;
