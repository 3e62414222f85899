import * as path from 'path';
import { Stack } from 'aws-cdk-lib';
import * as cfninc from 'aws-cdk-lib/cloudformation-include';
import { dermaShield, expectFinding, synthWithPack, testApp } from '../support/harness';

const FIXTURES = path.join(__dirname, '../fixtures');

/**
 * Resources that come from a plain CloudFormation template through CfnInclude are judged like any other: the pack reads
 * the effective template, matched on the type string, so an included data store cannot slip past it.
 */
describe('CfnInclude: included templates are judged by the pack', () => {
  test('every non-compliant included data store is reported, with the control it breaks', () => {
    const app = testApp();
    const s = new Stack(app, 'Legacy');
    new cfninc.CfnInclude(s, 'Tpl', { templateFile: path.join(FIXTURES, 'data-stores-noncompliant.json') });
    const result = synthWithPack(app);
    const expected: Array<[string, string, string]> = [
      ['S3CustomerManagedKey', 'Legacy/Tpl/PhotoBucket', 'DS-S3-1'],
      ['KmsKeyRotation', 'Legacy/Tpl/LooseKey', 'DS-KMS-1'],
      ['ElastiCacheCustomerManagedKey', 'Legacy/Tpl/SessionCache', 'DS-ELASTICACHE-1'],
      ['ElastiCacheInTransitEncryption', 'Legacy/Tpl/SessionCache', 'DS-ELASTICACHE-2'],
      ['KinesisStreamCustomerManagedKey', 'Legacy/Tpl/EventStream', 'DS-KINESIS-1'],
      ['OpenSearchCustomerManagedKey', 'Legacy/Tpl/NotesSearch', 'DS-OPENSEARCH-1'],
      ['OpenSearchNodeToNodeEncryption', 'Legacy/Tpl/NotesSearch', 'DS-OPENSEARCH-2'],
      ['OpenSearchHttpsTls', 'Legacy/Tpl/NotesSearch', 'DS-OPENSEARCH-3'],
      ['DocDbCustomerManagedKey', 'Legacy/Tpl/Records', 'DS-DOCDB-1'],
      ['DocDbTls', 'Legacy/Tpl/Records', 'DS-DOCDB-2'],
      ['RedshiftCustomerManagedKey', 'Legacy/Tpl/Warehouse', 'DS-REDSHIFT-1'],
      ['RedshiftRequireSsl', 'Legacy/Tpl/Warehouse', 'DS-REDSHIFT-2'],
      ['CloudFrontViewerTls', 'Legacy/Tpl/Portal', 'DS-CLOUDFRONT-1'],
      ['CloudFrontViewerHttps', 'Legacy/Tpl/Portal', 'DS-CLOUDFRONT-2'],
      ['CloudFrontOriginTls', 'Legacy/Tpl/Portal', 'DS-CLOUDFRONT-3'],
      ['ApiGatewayDomainTls', 'Legacy/Tpl/ApiDomain', 'DS-APIGW-1'],
      ['MskCustomerManagedKey', 'Legacy/Tpl/Events', 'DS-MSK-1'],
      ['MskInTransitEncryption', 'Legacy/Tpl/Events', 'DS-MSK-2'],
    ];
    for (const [rule, at, control] of expected) {
      expect(expectFinding(result, rule, at).description).toContain(`[${control}]`);
    }
  });

  test('the compliant included template passes every DermaShield rule', () => {
    const app = testApp();
    const s = new Stack(app, 'Modern');
    const tpl = new cfninc.CfnInclude(s, 'Tpl', { templateFile: path.join(FIXTURES, 'data-stores-compliant.json') });
    const result = synthWithPack(app);
    expect(dermaShield(result.findings).map((f) => `${f.ruleId} @ ${f.path}`)).toEqual([]);
    // The included resources really were judged: they are L1 constructs of the stack, under the include.
    expect(tpl.getResource('Records').cfnResourceType).toBe('AWS::DocDB::DBCluster');
  });

  test('an escape-hatch override on an included resource is seen', () => {
    const app = testApp();
    const s = new Stack(app, 'Modern');
    const tpl = new cfninc.CfnInclude(s, 'Tpl', { templateFile: path.join(FIXTURES, 'data-stores-compliant.json') });
    tpl.getResource('NotesSearch').addPropertyOverride('DomainEndpointOptions.TLSSecurityPolicy', 'Policy-Min-TLS-1-0-2019-07');
    tpl.getResource('Warehouse').addPropertyDeletionOverride('ClusterParameterGroupName');
    const result = synthWithPack(app);
    expectFinding(result, 'OpenSearchHttpsTls', 'Modern/Tpl/NotesSearch');
    expectFinding(result, 'RedshiftRequireSsl', 'Modern/Tpl/Warehouse');
    expect(dermaShield(result.findings)).toHaveLength(2);
  });
});
