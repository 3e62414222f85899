import { defineRule, fail, notApplicable, requireTrue, unverifiable } from '../../rule';
import { readBoolean, readString } from '../../values';

/** DS-KMS-1: symmetric customer-managed keys rotate automatically. */
export const KmsKeyRotation = defineRule({
  name: 'KmsKeyRotation',
  controlId: 'DS-KMS-1',
  resourceTypes: ['AWS::KMS::Key'],
  requirement: 'KMS keys must have automatic key rotation enabled (EnableKeyRotation: true).',
  explanation: 'Rotation limits how much ePHI one key version protects. Use PhiKey, or set enableKeyRotation: true. '
    + 'Asymmetric and HMAC keys cannot rotate and are not judged; imported key material cannot rotate automatically and fails.',
  evaluate(resource) {
    const spec = readString(resource.properties, 'KeySpec');
    if (spec.state === 'unverifiable') return unverifiable(`KeySpec is ${spec.why}`);
    if (spec.state === 'known' && spec.value !== 'SYMMETRIC_DEFAULT') return notApplicable();
    const origin = readString(resource.properties, 'Origin');
    if (origin.state === 'unverifiable') return unverifiable(`Origin is ${origin.why}`);
    if (origin.state === 'known' && origin.value === 'EXTERNAL') {
      return fail('Origin is EXTERNAL: imported key material cannot rotate automatically');
    }
    return requireTrue(readBoolean(resource.properties, 'EnableKeyRotation'), 'EnableKeyRotation');
  },
});
