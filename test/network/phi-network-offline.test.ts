import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { PhiNetwork } from '../../lib';
import { expectDermaShieldError } from '../support/errors';

/** Issue #18 item 5: a stack with an account in `env` synthesizes without credentials (no AZ lookup). */
describe('PhiNetwork offline synthesis', () => {
  const ENV = { account: '111122223333', region: 'us-east-1' };

  test('with an account in env and no zones given, the CDK needs a lookup (what the helper avoids)', () => {
    const app = new App();
    new PhiNetwork(new Stack(app, 'S', { env: ENV }), 'Network');
    expect(app.synth().manifest.missing?.map((m) => m.provider)).toEqual(['availability-zones']);
  });

  test('availabilityZonesContext: no lookup, and the subnets use the zones given', () => {
    const app = new App({ context: PhiNetwork.availabilityZonesContext(ENV.account, ENV.region, ['us-east-1d', 'us-east-1f']) });
    const stack = new Stack(app, 'S', { env: ENV });
    new PhiNetwork(stack, 'Network');
    expect(app.synth().manifest.missing).toBeUndefined();
    const azs = Object.values(Template.fromStack(stack).findResources('AWS::EC2::Subnet')).map((r: any) => r.Properties.AvailabilityZone);
    expect(new Set(azs)).toEqual(new Set(['us-east-1d', 'us-east-1f']));
  });

  test('env with a Region only needs no lookup either', () => {
    const app = new App();
    new PhiNetwork(new Stack(app, 'S', { env: { region: 'us-east-1' } }), 'Network');
    expect(app.synth().manifest.missing).toBeUndefined();
  });

  test.each([
    ['1111', ENV.region, ['us-east-1a'], /account "1111" is not a 12-digit AWS account id/],
    [ENV.account, ENV.region, [], /availabilityZones \[\] is not allowed; name one or more zones of us-east-1/],
    [ENV.account, ENV.region, ['us-west-2a'], /availabilityZones \["us-west-2a"\] is not allowed/],
  ])('availabilityZonesContext(%j, %j, %j) throws', (account, region, zones, message) => {
    expectDermaShieldError(() => PhiNetwork.availabilityZonesContext(account, region, zones), 'PhiNetworkAvailabilityZones', message);
  });
});
