import { defineRule, notApplicable, pass, unverifiable } from '../../rule';
import { judgeRedirectOnlyActions, LISTENER, LISTENER_RULE, readProtocol } from './elb-support';

/** DS-ELB-2: plain-HTTP listeners (and the rules on them) only ever redirect to HTTPS. */
export const ElbHttpRedirect = defineRule({
  name: 'ElbHttpRedirect',
  controlId: 'DS-ELB-2',
  resourceTypes: [LISTENER, LISTENER_RULE],
  requirement: 'HTTP listeners, and every listener rule on them, must only redirect to HTTPS (RedirectConfig.Protocol HTTPS); '
    + 'they must never forward or answer in plain text.',
  explanation: 'A forward action on port 80 sends ePHI unencrypted. Use TlsLoadBalancer, or give the HTTP listener '
    + 'defaultAction: ListenerAction.redirect({ protocol: "HTTPS", port: "443", permanent: true }) and no other rules.',
  evaluate(resource) {
    if (resource.type === LISTENER) {
      const protocol = readProtocol(resource);
      if (protocol.state === 'unverifiable') return unverifiable(`Protocol is ${protocol.why}`);
      if (protocol.state === 'absent' || protocol.value !== 'HTTP') return notApplicable();
      return judgeRedirectOnlyActions(resource.properties, 'DefaultActions');
    }
    // A listener rule: judged only when it belongs to an HTTP listener.
    const target = resource.stack.resolve(resource.properties.ListenerArn);
    if (target.kind === 'resource' && target.resource.type === LISTENER) {
      const protocol = readProtocol(target.resource);
      if (protocol.state === 'unverifiable') return unverifiable(`the listener's Protocol is ${protocol.why}`);
      if (protocol.state === 'absent' || protocol.value !== 'HTTP') return notApplicable();
      return judgeRedirectOnlyActions(resource.properties, 'Actions');
    }
    // The listener is outside the template: a redirect-to-HTTPS rule is fine anywhere; anything else depends on it.
    const actions = judgeRedirectOnlyActions(resource.properties, 'Actions');
    if (actions.kind === 'pass') return pass();
    const why = target.kind === 'unverifiable' ? target.why
      : target.kind === 'literal' ? `${target.value} (outside this template)`
        : target.kind === 'resource' ? `${target.resource.logicalId} (${target.resource.type})` : 'not set';
    const detail = actions.kind === 'fail' || actions.kind === 'unverifiable' ? `: ${actions.reason}` : '';
    return unverifiable(`ListenerArn is ${why}, so whether this rule serves plain HTTP cannot be verified${detail}`);
  },
});
