import { TableEntry } from './entry';

/** Amazon Chime SDK Voice Connectors (control DS-CHIME-1). */
export const CHIME_ENTRIES: readonly TableEntry[] = [
  {
    name: 'ChimeVoiceConnectorEncryption',
    controlId: 'DS-CHIME-1',
    resourceTypes: ['AWS::Chime::VoiceConnector'],
    requirement: 'Chime SDK Voice Connectors must set RequireEncryption to true.',
    fix: 'With RequireEncryption false the connector accepts unencrypted SIP signalling and RTP media, so patient calls '
      + 'cross the network in the clear. Set RequireEncryption true (TLS for SIP, SRTP for media).',
    checks: [{ kind: 'true', path: 'RequireEncryption', absentMeans: false }],
  },
];
