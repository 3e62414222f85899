import { defineRule, fail, pass, requireTrue, unverifiable, worst } from '../../rule';
import { readBoolean, readString } from '../../values';

/** DS-MSK-2: clients and brokers talk TLS only. */
export const MskInTransitEncryption = defineRule({
  name: 'MskInTransitEncryption',
  controlId: 'DS-MSK-2',
  resourceTypes: ['AWS::MSK::Cluster'],
  requirement: "MSK clusters must keep EncryptionInfo.EncryptionInTransit.ClientBroker at 'TLS' (the default) and InCluster true "
    + '(the default).',
  explanation: "'TLS_PLAINTEXT' and 'PLAINTEXT' let clients produce and consume ePHI unencrypted; InCluster false sends it "
    + "between brokers in plaintext. Leave both at their defaults or set clientBroker: 'TLS', inCluster: true.",
  evaluate(resource) {
    const p = resource.properties;
    const clientBroker = readString(p, 'EncryptionInfo.EncryptionInTransit.ClientBroker');
    const client = clientBroker.state === 'unverifiable' ? unverifiable(`EncryptionInTransit.ClientBroker is ${clientBroker.why}`)
      : clientBroker.state === 'absent' || clientBroker.value === 'TLS' ? pass()
        : fail(`EncryptionInTransit.ClientBroker is '${clientBroker.value}', which accepts plaintext`);
    return worst([client, requireTrue(readBoolean(p, 'EncryptionInfo.EncryptionInTransit.InCluster'), 'EncryptionInTransit.InCluster', true)]);
  },
});
