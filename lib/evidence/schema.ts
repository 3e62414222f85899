import { EVIDENCE_SCHEMA_VERSION } from './report';

const ratio = {
  type: 'object',
  required: ['numerator', 'denominator', 'percent'],
  properties: {
    numerator: { type: 'integer', minimum: 0 },
    denominator: { type: 'integer', minimum: 0 },
    percent: { type: ['number', 'null'], description: 'null when the denominator is 0' },
  },
};
const counts = {
  type: 'object',
  required: ['total', 'compliant', 'nonCompliant', 'notApplicable', 'insufficientData', 'excepted'],
  properties: Object.fromEntries(['total', 'compliant', 'nonCompliant', 'notApplicable', 'insufficientData', 'excepted'].map((k) => [k, { type: 'integer', minimum: 0 }])),
};
const compliance = { enum: ['COMPLIANT', 'NON_COMPLIANT', 'NOT_APPLICABLE', 'INSUFFICIENT_DATA'] };
const verdict = { enum: ['COMPLIANT', 'COMPLIANT_WITH_EXCEPTIONS', 'NON_COMPLIANT', 'NOT_EVALUATED', 'INCOMPLETE', 'NO_RESOURCES', 'NO_CONFIG_RULE'] };
const keyClass = { enum: ['customer-managed', 'aws-managed', 'sse-s3', 'unencrypted', 'unknown'] };
const strings = { type: 'array', items: { type: 'string' } };
const shownName = 'The name a reader knows it by, shown with the id beside it: a KMS key\'s recorded aliases (`AWS::KMS::Alias`, sorted, comma-separated), otherwise Config\'s resourceName or tag Name. Presentation only: exceptions match the id, ARN or recorded name, never an alias';

/**
 * JSON Schema (draft 2020-12) of `evidence-report.json`. Written beside every report as
 * `evidence-report.schema.json`. Compatible additions bump the minor version; removals or changed meanings the major.
 */
export const EVIDENCE_REPORT_SCHEMA = Object.freeze({
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: `https://github.com/dermashield/dermashield/schemas/evidence-report-${EVIDENCE_SCHEMA_VERSION}.json`,
  title: 'DermaShield encryption evidence report',
  type: 'object',
  required: ['schemaVersion', 'collectionStatus', 'overallVerdict', 'exitCode', 'provenance', 'problems', 'summary', 'causes', 'overall', 'controls', 'metrics', 'exceptions'],
  properties: {
    schemaVersion: { const: EVIDENCE_SCHEMA_VERSION },
    collectionStatus: { enum: ['COMPLETE', 'INCOMPLETE'] },
    overallVerdict: { enum: ['COMPLIANT', 'NON_COMPLIANT', 'INCOMPLETE'], description: 'Never COMPLIANT when collectionStatus is INCOMPLETE' },
    exitCode: { enum: [0, 1, 2] },
    provenance: {
      type: 'object',
      required: ['tool', 'toolVersion', 'sdk', 'startedAt', 'finishedAt', 'mode', 'clientRegion', 'accounts', 'regions', 'healthyRules', 'unhealthyRules', 'sources', 'apiCalls', 'retriedCalls', 'retryAttempts', 'staleAfterHours'],
      properties: {
        tool: { type: 'string' }, toolVersion: { type: 'string' }, sdk: { type: 'string' },
        startedAt: { type: 'string', format: 'date-time' }, finishedAt: { type: 'string', format: 'date-time' },
        mode: { enum: ['account', 'conformance-pack', 'aggregator'] }, scopeName: { type: 'string' }, clientRegion: { type: 'string' },
        accounts: strings, regions: strings, healthyRules: strings, unhealthyRules: strings,
        sources: { type: 'array', items: { type: 'object', required: ['name'] } },
        apiCalls: { type: 'integer' }, retriedCalls: { type: 'integer' }, retryAttempts: { type: 'integer' }, staleAfterHours: { type: 'number', minimum: 0 },
        exceptionsRegister: { type: 'string' },
      },
    },
    problems: {
      type: 'array',
      items: {
        type: 'object', required: ['kind', 'message'],
        properties: { kind: { type: 'string' }, operation: { type: 'string' }, message: { type: 'string' }, subject: { type: 'string' }, cause: { type: 'string' }, rule: { type: 'string' }, identifier: { type: 'string' }, resourceType: { type: 'string' } },
      },
    },
    summary: {
      type: 'object', required: ['headline', 'collection', 'controls'],
      description: 'The verdict line, computed from the control verdicts',
      properties: {
        headline: { type: 'string' }, collection: { type: 'string' },
        controls: { type: 'object', required: ['compliant', 'nonCompliant', 'incomplete', 'noResources', 'notEvidenced'], properties: Object.fromEntries(['compliant', 'nonCompliant', 'incomplete', 'noResources', 'notEvidenced'].map((k) => [k, { type: 'integer', minimum: 0 }])) },
      },
    },
    causes: {
      type: 'array',
      description: 'Problems grouped by identical cause',
      items: { type: 'object', required: ['kind', 'cause', 'subjects', 'controls'], properties: { kind: { type: 'string' }, operation: { type: 'string' }, cause: { type: 'string' }, subjects: strings, controls: strings } },
    },
    overall: { allOf: [counts, { type: 'object', required: ['controlsByVerdict'], properties: { controlsByVerdict: { type: 'object' } } }] },
    controls: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'title', 'citations', 'guidance', 'configRules', 'evidencedBy', 'verdict', 'complete', 'counts', 'resources', 'notes'],
        properties: {
          id: { type: 'string', pattern: '^DS-[A-Z0-9]+-[0-9]+$' }, title: { type: 'string' }, citations: strings, guidance: { type: 'string' },
          configRules: {
            type: 'array',
            items: {
              type: 'object', required: ['identifier', 'ruleNames', 'missing', 'rules'],
              properties: {
                identifier: { type: 'string' }, ruleNames: strings, missing: { type: 'boolean' }, caveat: { type: 'string' },
                decidedByRecord: { type: 'object', required: ['blindTo', 'resourceType', 'attribute'] },
                rules: { type: 'array', items: { type: 'object', required: ['name', 'stale'], properties: { name: { type: 'string' }, lastSuccessfulEvaluation: { type: 'string', format: 'date-time' }, maximumFrequency: { type: 'string' }, healthy: { type: 'boolean' }, stale: { type: 'boolean' } } } },
              },
            },
          },
          guardPolicy: {
            type: 'object', description: 'The control\'s AWS Config custom policy (Guard) rule',
            required: ['expectedName', 'ruleNames', 'missing', 'resourceTypes', 'decidesManagedRuleCaveat', 'rules'],
            properties: {
              expectedName: { type: 'string' }, ruleNames: strings, missing: { type: 'boolean' }, resourceTypes: strings,
              decidesManagedRuleCaveat: { type: 'boolean' }, caveat: { type: 'string' }, keyJoin: { type: 'object', additionalProperties: { type: 'string' } },
              rules: { type: 'array', items: { type: 'object', required: ['name', 'stale'] } },
            },
          },
          evidencedBy: { enum: ['managed', 'custom-guard', 'managed-and-custom-guard', 'not-evidenced'], description: 'Which kind of AWS Config rule evidences the control' },
          notEvidencedReason: { type: 'string', description: 'Why nothing in AWS Config evidences the control (verdict NO_CONFIG_RULE)' },
          verdict, complete: { type: 'boolean' }, counts, notes: strings,
          resources: {
            type: 'array',
            items: {
              type: 'object',
              required: ['accountId', 'region', 'resourceType', 'resourceId', 'status', 'rules'],
              properties: {
                accountId: { type: 'string' }, region: { type: 'string' }, resourceType: { type: 'string' }, resourceId: { type: 'string' },
                resourceName: { type: 'string', description: shownName }, status: compliance, note: { type: 'string' }, keyClass,
                rules: { type: 'array', items: { type: 'object', required: ['ruleName', 'compliance', 'source'], properties: { ruleName: { type: 'string' }, compliance, annotation: { type: 'string' }, source: { enum: ['rule', 'scope', 'record'] }, ruleKind: { enum: ['managed', 'custom-guard'] } } } },
                exception: { type: 'object', required: ['reason', 'owner', 'expiry', 'status'], properties: { status: { enum: ['accepted', 'unresolved'] } } },
              },
            },
          },
        },
      },
    },
    metrics: {
      type: 'object',
      required: ['phiDataStores', 'loadBalancerListeners', 'kmsKeyRotation', 'backupVaults', 'clientVpnLogging'],
      properties: {
        phiDataStores: {
          type: 'object', required: ['cmkEncrypted', 'byClass', 'complete', 'resources'],
          properties: { cmkEncrypted: ratio, byClass: { type: 'object' }, complete: { type: 'boolean' }, resources: { type: 'array', items: { type: 'object', required: ['resourceType', 'resourceId', 'keyClass', 'detail'], properties: { keyClass } } } },
        },
        loadBalancerListeners: {
          type: 'object', required: ['tls12Plus', 'tls13', 'plaintext', 'complete', 'listeners'],
          properties: { tls12Plus: ratio, tls13: ratio, plaintext: { type: 'integer' }, complete: { type: 'boolean' }, listeners: { type: 'array', items: { type: 'object', required: ['resourceId', 'protocol', 'grade'], properties: { grade: { enum: ['tls13', 'tls12', 'legacy', 'plaintext', 'unknown-policy'] } } } } },
        },
        kmsKeyRotation: { type: 'object', required: ['rotationEnabled', 'complete', 'keys'], properties: { rotationEnabled: ratio, complete: { type: 'boolean' }, keys: { type: 'array', items: { type: 'object', properties: { name: { type: 'string', description: shownName } } } } } },
        backupVaults: { type: 'object', required: ['encryptedWithCmk', 'locked', 'complete', 'vaults'], properties: { encryptedWithCmk: ratio, locked: ratio, complete: { type: 'boolean' }, vaults: { type: 'array' } } },
        clientVpnLogging: { type: 'object', required: ['loggingEnabled', 'complete', 'endpoints'], properties: { loggingEnabled: ratio, complete: { type: 'boolean' }, endpoints: { type: 'array' } } },
      },
    },
    exceptions: {
      type: 'array',
      items: {
        type: 'object',
        required: ['resource', 'control', 'reason', 'compensatingControl', 'owner', 'expiry', 'status', 'matchedResources'],
        properties: {
          status: { enum: ['accepted', 'unresolved', 'unused'] }, daysOpen: { type: 'integer' }, daysExpired: { type: 'integer' }, matchedResources: strings,
        },
      },
    },
  },
});
