import { defineRule, fail, pass, unverifiable } from '../../rule';
import { recordsAllManagementEvents } from './trail-selectors';

/** DS-TRAIL-10: some trail of the app records every management event, KMS included. */
export const CloudTrailManagementEvents = defineRule({
  name: 'CloudTrailManagementEvents',
  controlId: 'DS-TRAIL-10',
  resourceTypes: ['AWS::CloudTrail::Trail'],
  requirement: 'A trail that records neither all management events (read and write) nor KMS events must not be the only '
    + 'trail of the app: ExcludeManagementEventSources must not contain kms.amazonaws.com, and management events must not be '
    + 'dropped (IncludeManagementEvents false, ReadWriteType ReadOnly/WriteOnly, or advanced selectors that leave them out).',
  explanation: 'KMS Decrypt calls are the audit record of who read ePHI under a key, and they are read-only management '
    + 'events: excluding kms.amazonaws.com (a common cost cut) or recording only write events erases them. Keep the default '
    + 'selectors on the practice trail (PhiAuditTrail does), or add a trail to the app that records all management events.',
  evaluate(resource) {
    const own = recordsAllManagementEvents(resource);
    if (own.kind === 'yes') return pass();
    const others = resource.stack.app.ofType('AWS::CloudTrail::Trail').filter((t) => t !== resource).map(recordsAllManagementEvents);
    if (others.some((c) => c.kind === 'yes')) return pass(); // another trail of the app records them
    if (own.kind === 'unknown') return unverifiable(own.why);
    const unknown = others.find((c) => c.kind === 'unknown');
    if (unknown && unknown.kind === 'unknown') return unverifiable(`${own.why}, and whether another trail records them cannot be verified: ${unknown.why}`);
    return fail(`${own.why}, and no other trail of the app records all management events`);
  },
});
