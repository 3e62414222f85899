import { APIGATEWAY_SECURITY_POLICIES } from '../rules/apigateway/ApiGatewayDomainTls';
import { TableEntry } from './entry';

/** API Gateway domain security policies that accept TLS 1.2 or later only. */
const TLS12_POLICIES = Object.entries(APIGATEWAY_SECURITY_POLICIES).filter(([, min]) => min !== '1.0').map(([name]) => name);

/**
 * AWS SAM resources as they appear in an untransformed template (control DS-SAM-1): the pack sees
 * `AWS::Serverless::*` when a template with `Transform: AWS::Serverless-2016-10-31` is included or synthesised.
 */
export const SERVERLESS_ENTRIES: readonly TableEntry[] = [
  {
    name: 'SamFunctionEnvironmentCustomerManagedKey',
    controlId: 'DS-SAM-1',
    resourceTypes: ['AWS::Serverless::Function'],
    requirement: 'SAM functions with environment variables must name a customer-managed KMS key (KmsKeyArn).',
    fix: 'Without KmsKeyArn Lambda encrypts environment variables (connection strings, sometimes patient identifiers) '
      + 'with the AWS-managed key aws/lambda. Set KmsKeyArn to a PhiKey\'s ARN.',
    checks: [{ kind: 'customer-managed-key', path: 'KmsKeyArn' }],
    when: { path: 'Environment.Variables' },
  },
  {
    name: 'SamApiDomainTls',
    controlId: 'DS-SAM-1',
    resourceTypes: ['AWS::Serverless::Api'],
    requirement: 'SAM REST API custom domains must set Domain.SecurityPolicy to TLS_1_2 or an enhanced TLS 1.2+ policy.',
    fix: 'SAM creates an AWS::ApiGateway::DomainName, whose default SecurityPolicy TLS_1_0 accepts TLS 1.0 and 1.1. Set '
      + 'Domain.SecurityPolicy: TLS_1_2 (or a SecurityPolicy_TLS13_* policy).',
    checks: [{ kind: 'one-of', path: 'Domain.SecurityPolicy', allowed: TLS12_POLICIES, absentMeans: 'TLS_1_0' }],
    when: { path: 'Domain.DomainName' },
  },
  {
    name: 'SamHttpApiDomainTls',
    controlId: 'DS-SAM-1',
    resourceTypes: ['AWS::Serverless::HttpApi'],
    requirement: 'SAM HTTP API custom domains must use Domain.SecurityPolicy TLS_1_2 or an enhanced TLS 1.2+ policy.',
    fix: 'HTTP API domains default to TLS_1_2; do not override Domain.SecurityPolicy with a weaker policy.',
    checks: [{ kind: 'one-of', path: 'Domain.SecurityPolicy', allowed: TLS12_POLICIES, absentMeans: 'TLS_1_2' }],
    when: { path: 'Domain.DomainName' },
  },
  {
    name: 'SamSimpleTableCustomerManagedKey',
    controlId: 'DS-SAM-1',
    resourceTypes: ['AWS::Serverless::SimpleTable'],
    requirement: 'SAM simple tables must set SSESpecification with SSEEnabled true, SSEType KMS and a customer-managed KMSMasterKeyId.',
    fix: 'SAM passes SSESpecification to the DynamoDB table: without it the table uses an AWS-owned key, and with '
      + 'SSEEnabled alone the AWS-managed aws/dynamodb key. Add SSEType: KMS and KMSMasterKeyId naming a PhiKey, or use '
      + 'AWS::DynamoDB::Table.',
    checks: [
      { kind: 'true', path: 'SSESpecification.SSEEnabled', absentMeans: false },
      { kind: 'one-of', path: 'SSESpecification.SSEType', allowed: ['KMS'], absentMeans: 'KMS' },
      { kind: 'customer-managed-key', path: 'SSESpecification.KMSMasterKeyId' },
    ],
  },
];
