/**
 * HIPAA Security Rule (45 CFR Part 164, Subpart C) citations used by the control catalog.
 * Named so a typo in a citation is a compile error, not a wrong audit report.
 */
export const HIPAA = Object.freeze({
  /** Security management: information system activity review. */
  ACTIVITY_REVIEW: '164.308(a)(1)(ii)(D)',
  /** Security awareness: log-in monitoring. */
  LOGIN_MONITORING: '164.308(a)(5)(ii)(C)',
  /** Security incident procedures: response and reporting. */
  INCIDENT_RESPONSE: '164.308(a)(6)(ii)',
  /** Contingency plan. */
  CONTINGENCY_PLAN: '164.308(a)(7)(i)',
  /** Contingency plan: data backup plan. */
  DATA_BACKUP: '164.308(a)(7)(ii)(A)',
  /** Contingency plan: disaster recovery plan. */
  DISASTER_RECOVERY: '164.308(a)(7)(ii)(B)',
  /** Contingency plan: testing and revision procedures. */
  CONTINGENCY_TESTING: '164.308(a)(7)(ii)(D)',
  /** Device and media controls: data backup and storage. */
  MEDIA_BACKUP: '164.310(d)(2)(iv)',
  /** Access control. */
  ACCESS_CONTROL: '164.312(a)(1)',
  /** Access control: unique user identification. */
  UNIQUE_USER: '164.312(a)(2)(i)',
  /** Access control: automatic logoff. */
  AUTOMATIC_LOGOFF: '164.312(a)(2)(iii)',
  /** Access control: encryption and decryption (at rest). */
  ENCRYPTION_AT_REST: '164.312(a)(2)(iv)',
  /** Audit controls. */
  AUDIT_CONTROLS: '164.312(b)',
  /** Integrity. */
  INTEGRITY: '164.312(c)(1)',
  /** Integrity: mechanism to authenticate ePHI. */
  INTEGRITY_AUTHENTICATION: '164.312(c)(2)',
  /** Person or entity authentication. */
  AUTHENTICATION: '164.312(d)',
  /** Transmission security. */
  TRANSMISSION_SECURITY: '164.312(e)(1)',
  /** Transmission security: integrity controls. */
  TRANSMISSION_INTEGRITY: '164.312(e)(2)(i)',
  /** Transmission security: encryption (in transit). */
  ENCRYPTION_IN_TRANSIT: '164.312(e)(2)(ii)',
  /** Documentation: retention for six years. */
  DOCUMENTATION_RETENTION: '164.316(b)(2)(i)',
});
