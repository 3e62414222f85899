import { defineRule, fail, pass, unverifiable } from '../../rule';
import { readString } from '../../values';

/** The first Neptune engine version that accepts HTTPS with TLS 1.2 or later only, in every Region. */
export const NEPTUNE_TLS12_ONLY_SINCE = [1, 0, 4, 0];

/** DS-NEPTUNE-2: Neptune accepts only HTTPS with TLS 1.2 or later. */
export const NeptuneTls = defineRule({
  name: 'NeptuneTls',
  controlId: 'DS-NEPTUNE-2',
  resourceTypes: ['AWS::Neptune::DBCluster'],
  requirement: 'Neptune clusters must run engine version 1.0.4.0 or later, which accepts only HTTPS with TLS 1.2 or later.',
  explanation: 'From engine 1.0.4.0 Neptune refuses HTTP and TLS below 1.2 on every endpoint, whatever neptune_enforce_ssl says; '
    + 'earlier engines allowed HTTP in some Regions and TLS 1.1. Omit EngineVersion (the current default) or pin 1.0.4.0 or later.',
  evaluate(resource) {
    const version = readString(resource.properties, 'EngineVersion');
    if (version.state === 'unverifiable') return unverifiable(`EngineVersion is ${version.why}`);
    if (version.state === 'absent') return pass();
    const parts = version.value.split('.').map((n) => Number(n));
    if (parts.some((n) => !Number.isInteger(n))) return unverifiable(`EngineVersion ${version.value} is not a dotted version number`);
    for (let i = 0; i < NEPTUNE_TLS12_ONLY_SINCE.length; i++) {
      const have = parts[i] ?? 0;
      if (have !== NEPTUNE_TLS12_ONLY_SINCE[i]) {
        return have > NEPTUNE_TLS12_ONLY_SINCE[i] ? pass() : fail(`EngineVersion ${version.value} predates 1.0.4.0 and accepts TLS below 1.2 (and HTTP in some Regions)`);
      }
    }
    return pass();
  },
});
