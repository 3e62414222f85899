import { TableEntry } from './entry';

/** SNS subscriptions: the delivery leg of a topic (control DS-SNS-11). */
export const SNS_ENTRIES: readonly TableEntry[] = [
  {
    name: 'SnsSubscriptionHttps',
    controlId: 'DS-SNS-11',
    resourceTypes: ['AWS::SNS::Subscription'],
    requirement: 'SNS subscriptions must not use the http protocol (use https, or an AWS endpoint such as sqs, lambda or firehose).',
    fix: 'With Protocol http SNS delivers every message, ePHI included, in cleartext to the endpoint. Subscribe an https:// '
      + 'endpoint (UrlSubscription with protocol HTTPS) or an AWS-native endpoint instead.',
    checks: [{
      kind: 'one-of', path: 'Protocol',
      allowed: ['https', 'sqs', 'lambda', 'firehose', 'application', 'email', 'email-json', 'sms'],
    }],
  },
];
