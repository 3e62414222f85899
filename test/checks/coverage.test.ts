import * as fs from 'fs';
import * as path from 'path';
import { ALL_RULES } from '../../lib/checks/rules';
import { ENCRYPTION_UNIVERSE, OTHER_RESOURCE_TYPES, UNIVERSE_SPEC_VERSION } from '../../lib/checks/universe.generated';
import { MIN_REASON_LENGTH, OUT_OF_SCOPE } from '../../lib/controls';
import { computeCoverage, renderCoverage } from '../../scripts/coverage';
import { buildUniverse, loadSpec, renderUniverse, UNIVERSE_FILE } from '../../scripts/universe';

const root = path.join(__dirname, '..', '..');

describe('resource-type universe', () => {
  test('the committed universe matches the pinned @aws-cdk/aws-service-spec (run `npm run universe` when this fails)', () => {
    const { db, version } = loadSpec(root);
    expect(UNIVERSE_SPEC_VERSION).toBe(version);
    expect(fs.readFileSync(path.join(root, UNIVERSE_FILE), 'utf8')).toBe(renderUniverse(version, buildUniverse(db)));
  });

  test('it finds the encryption properties of well-known types, and no type is listed twice', () => {
    expect(ENCRYPTION_UNIVERSE['AWS::HealthImaging::Datastore']).toEqual(['K:KmsKeyArn']);
    expect(ENCRYPTION_UNIVERSE['AWS::WorkSpaces::Workspace']).toEqual(['R:RootVolumeEncryptionEnabled', 'R:UserVolumeEncryptionEnabled', 'K:VolumeEncryptionKey']);
    expect(ENCRYPTION_UNIVERSE['AWS::Transfer::Server']).toContain('T:SecurityPolicyName');
    expect(ENCRYPTION_UNIVERSE['AWS::S3::Bucket']).toContain('K:ReplicationConfiguration.Rules[].Destination.EncryptionConfiguration.ReplicaKmsKeyID');
    const all = [...Object.keys(ENCRYPTION_UNIVERSE), ...OTHER_RESOURCE_TYPES];
    expect(new Set(all).size).toBe(all.length);
    expect(OTHER_RESOURCE_TYPES).toContain('AWS::SNS::Subscription');
  });
});

describe('coverage', () => {
  const coverage = computeCoverage();

  test('every type with an encryption property is judged by a rule or listed out of scope with a reason (run `npm run coverage -- --list-unaccounted`)', () => {
    expect(coverage.unaccounted).toEqual([]);
  });

  test('the out-of-scope register lists only known types that no rule judges, each with a real reason', () => {
    const judged = new Set(ALL_RULES.flatMap((r) => r.resourceTypes));
    const known = new Set([...Object.keys(ENCRYPTION_UNIVERSE), ...OTHER_RESOURCE_TYPES]);
    for (const [type, reason] of Object.entries(OUT_OF_SCOPE)) {
      expect({ type, known: known.has(type), judged: judged.has(type), reasoned: reason.trim().length >= MIN_REASON_LENGTH })
        .toEqual({ type, known: true, judged: false, reasoned: true });
    }
  });

  test('every type a rule names is a type of the pinned spec', () => {
    const known = new Set([...Object.keys(ENCRYPTION_UNIVERSE), ...OTHER_RESOURCE_TYPES]);
    const unknown = ALL_RULES.flatMap((r) => r.resourceTypes.filter((t) => !known.has(t)).map((t) => `${r.name}: ${t}`));
    expect(unknown).toEqual([]);
  });

  test('docs/coverage.md is current (run `npm run coverage` when this fails)', () => {
    expect(fs.readFileSync(path.join(root, 'docs', 'coverage.md'), 'utf8')).toBe(renderCoverage(coverage));
  });
});
