import { TableEntry } from './entry';

/** Amazon SES and SES Mail Manager (controls DS-SES-*); S3 actions are judged by hand-written rules. */
export const SES_ENTRIES: readonly TableEntry[] = [
  {
    name: 'SesConfigurationSetTlsRequired',
    controlId: 'DS-SES-1',
    resourceTypes: ['AWS::SES::ConfigurationSet'],
    requirement: 'SES configuration sets must set DeliveryOptions.TlsPolicy to REQUIRE.',
    fix: 'With the default TlsPolicy OPTIONAL, SES delivers mail (appointment letters, results) in plaintext when the '
      + 'recipient\'s mail server does not offer TLS. Set DeliveryOptions.TlsPolicy: REQUIRE so such messages are not sent.',
    checks: [{ kind: 'one-of', path: 'DeliveryOptions.TlsPolicy', allowed: ['REQUIRE'], absentMeans: 'OPTIONAL' }],
  },
  {
    name: 'SesReceiptRuleTlsRequired',
    controlId: 'DS-SES-1',
    resourceTypes: ['AWS::SES::ReceiptRule'],
    requirement: 'SES receipt rules must set Rule.TlsPolicy to Require.',
    fix: 'With the default TlsPolicy Optional, SES accepts inbound mail (referrals, patient messages) sent in plaintext. '
      + 'Set Rule.TlsPolicy: Require so that SES bounces mail not received over TLS.',
    checks: [{ kind: 'one-of', path: 'Rule.TlsPolicy', allowed: ['Require'], absentMeans: 'Optional' }],
  },
  {
    name: 'SesMailManagerIngressTlsRequired',
    controlId: 'DS-SES-1',
    resourceTypes: ['AWS::SES::MailManagerIngressPoint'],
    requirement: 'SES Mail Manager ingress points must set TlsPolicy to REQUIRED or FIPS.',
    fix: 'An ingress point with TlsPolicy OPTIONAL accepts SMTP sessions in plaintext. Set TlsPolicy: REQUIRED (or FIPS) '
      + 'explicitly.',
    checks: [{ kind: 'one-of', path: 'TlsPolicy', allowed: ['REQUIRED', 'FIPS'] }],
  },
  {
    name: 'SesMailManagerArchiveCustomerManagedKey',
    controlId: 'DS-SES-2',
    resourceTypes: ['AWS::SES::MailManagerArchive'],
    requirement: 'SES Mail Manager archives must name a customer-managed KMS key (KmsKeyArn).',
    fix: 'An archive keeps every message it receives; without KmsKeyArn it is encrypted with an AWS-owned key. Set '
      + 'KmsKeyArn to a PhiKey\'s keyArn.',
    checks: [{ kind: 'customer-managed-key', path: 'KmsKeyArn' }],
  },
];
