import { HIPAA } from './citations';
import { defineControls } from './types';

/** AWS Transfer Family: SFTP/FTPS/AS2 endpoints that labs, referrers and billing partners send files to. */
export const TRANSFER_CONTROLS = defineControls([
  {
    id: 'DS-TRANSFER-1',
    title: 'Transfer Family servers use a current security policy and no plain FTP',
    citations: [HIPAA.TRANSMISSION_SECURITY, HIPAA.ENCRYPTION_IN_TRANSIT],
    guidance: 'Transfer Family servers set SecurityPolicyName to TransferSecurityPolicy-2022-03 or later (CloudFormation defaults to 2018-11) and offer only SFTP, FTPS or AS2.',
    ruleIds: ['DermaShield-TransferServerSecurityPolicy', 'DermaShield-TransferServerNoFtp'],
    configRules: [
      { identifier: 'TRANSFER_FAMILY_SERVER_NO_FTP', resourceTypes: ['AWS::Transfer::Server'] },
    ],
  },
  {
    id: 'DS-TRANSFER-2',
    title: 'Transfer Family AS2 connectors encrypt messages with AES',
    citations: [HIPAA.TRANSMISSION_SECURITY, HIPAA.ENCRYPTION_IN_TRANSIT],
    guidance: 'AS2 connectors set As2Config.EncryptionAlgorithm to AES128_CBC, AES192_CBC or AES256_CBC (not NONE, not DES_EDE3_CBC).',
    ruleIds: ['DermaShield-TransferAs2ConnectorEncryption'],
    configRules: [
      { identifier: 'TRANSFER_CONNECTOR_AS2_ENCRYPTION_ALGORITHM_CHECK', resourceTypes: ['AWS::Transfer::Connector'] },
    ],
  },
]);
