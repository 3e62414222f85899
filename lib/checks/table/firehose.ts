import { TableEntry } from './entry';

/** Kinesis Data Firehose HTTP endpoint destinations (control DS-FIREHOSE-2). */
export const FIREHOSE_ENTRIES: readonly TableEntry[] = [
  {
    name: 'FirehoseHttpEndpointHttps',
    controlId: 'DS-FIREHOSE-2',
    resourceTypes: ['AWS::KinesisFirehose::DeliveryStream'],
    requirement: 'Firehose HTTP endpoint destinations must deliver to an https:// URL (HttpEndpointDestinationConfiguration.EndpointConfiguration.Url).',
    fix: 'Records leave AWS for the endpoint: over http:// the ePHI crosses the internet in cleartext. Use the partner\'s or '
      + 'your own https:// endpoint.',
    // Url is required in an HTTP endpoint destination: absent means the stream has none, so nothing to judge.
    checks: [{ kind: 'scheme', path: 'HttpEndpointDestinationConfiguration.EndpointConfiguration.Url', allowed: ['https://'], absentMeans: 'pass' }],
  },
];
