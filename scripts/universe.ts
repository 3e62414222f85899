// Generates lib/checks/universe.generated.ts from the pinned @aws-cdk/aws-service-spec: `npm run universe`.
//
// For every CloudFormation resource type the spec knows, the property paths that set encryption at rest, encryption
// in transit or the KMS key, found by walking each type's properties (through nested type definitions) and matching
// property names. The file also names every other resource type of that spec version, so the pack can tell "a type
// with nothing to encrypt" from "a type newer than the spec" (DermaShield-UnknownResourceType).
// test/checks/universe.test.ts fails when the committed file is stale for the pinned spec.
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';

/** What an encryption-relevant property sets. */
export type Facet = 'key' | 'rest' | 'transit';

/** One encryption-relevant property path, e.g. `SSESpecification.KMSMasterKeyId` (`[]` marks a list element). */
export interface UniverseProperty {
  readonly path: string;
  readonly facet: Facet;
}

interface SpecType { type: string; reference?: { $ref: string }; element?: SpecType; types?: SpecType[] }
interface SpecProperty { type: SpecType }
interface SpecDefinition { properties?: Record<string, SpecProperty> }
interface SpecResource { cloudFormationType: string; properties?: Record<string, SpecProperty> }

const KEY = /kms|cmk|[a-z]Key(Id|ID|Arn|ARN|Identifier)$|^Key(Id|Arn)$|EncryptionKey|MasterKey|CustomerManagedKey/i;
const TRANSIT = /Tls|TLS|Ssl|SSL|Https|HTTPS|InTransit|TransitEncryption|SecurityPolicy|SslPolicy|MinimumProtocolVersion|SecureTransport|ViewerProtocolPolicy|OriginProtocolPolicy|RequireSecure|EncryptionInTransit/;
const REST = /Encrypt|encrypt|SSE|Sse|ServerSide|AtRest|KmsEncrypted/;
/** Names that match the patterns above but are not about encryption (public key material, key pairs, etc.). */
const NOT_ENCRYPTION = /PublicKey|KeyPair|KeyName$|SshKey|KeyPrefix|ApiKey|KeyGroup|PartitionKey|SortKey|HashKey|RangeKey|KeySchema|KeyAttribute|SigningKey|KeyUsage|KeySpec|KeyAlgorithm|SslSupportMethod|CertificateTransparency/;

function facetOf(name: string): Facet | undefined {
  if (NOT_ENCRYPTION.test(name)) return undefined;
  if (KEY.test(name)) return 'key';
  if (TRANSIT.test(name)) return 'transit';
  if (REST.test(name)) return 'rest';
  return undefined;
}

/** Walk a type's properties, depth-first, following type references (each definition once per path). */
function collect(properties: Record<string, SpecProperty> | undefined, defs: Record<string, SpecDefinition>, prefix: string,
  seen: ReadonlySet<string>, out: UniverseProperty[], depth: number): void {
  if (!properties || depth > 6) return;
  for (const name of Object.keys(properties).sort()) {
    const p = `${prefix}${name}`;
    const facet = facetOf(name);
    if (facet) out.push({ path: p, facet });
    const visit = (t: SpecType | undefined, suffix: string): void => {
      if (!t) return;
      if (t.type === 'ref' && t.reference && !seen.has(t.reference.$ref)) {
        const def = defs[t.reference.$ref];
        collect(def?.properties, defs, `${p}${suffix}.`, new Set([...seen, t.reference.$ref]), out, depth + 1);
      } else if (t.type === 'array' || t.type === 'map') {
        visit(t.element, `${suffix}${t.type === 'array' ? '[]' : '.*'}`);
      } else if (t.type === 'union') {
        for (const u of t.types ?? []) visit(u, suffix);
      }
    };
    visit(properties[name].type, '');
  }
}

/** The universe of one spec database. */
export function buildUniverse(db: any): { judged: Record<string, UniverseProperty[]>; others: string[] } {
  const resources = Object.values<SpecResource>(db.schema.resource.entities);
  // Type definitions are referenced by their `$id`, not by their position in the entity list.
  const defs: Record<string, SpecDefinition> = Object.fromEntries(Object.values<SpecDefinition & { $id: string }>(db.schema.typeDefinition.entities).map((d) => [d.$id, d]));
  const judged: Record<string, UniverseProperty[]> = {};
  const others: string[] = [];
  for (const r of resources.sort((a, b) => a.cloudFormationType.localeCompare(b.cloudFormationType))) {
    const out: UniverseProperty[] = [];
    collect(r.properties, defs, '', new Set(), out, 0);
    const unique = [...new Map(out.map((o) => [o.path, o])).values()];
    if (unique.length) judged[r.cloudFormationType] = unique;
    else others.push(r.cloudFormationType);
  }
  return { judged, others };
}

export function loadSpec(root: string): { db: any; version: string } {
  const dir = path.join(root, 'node_modules', '@aws-cdk', 'aws-service-spec');
  const version = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).version as string;
  return { db: JSON.parse(zlib.gunzipSync(fs.readFileSync(path.join(dir, 'db.json.gz'))).toString('utf8')), version };
}

/** The generated TypeScript module. */
export function renderUniverse(version: string, u: { judged: Record<string, UniverseProperty[]>; others: string[] }): string {
  const code = (f: Facet) => ({ key: 'K', rest: 'R', transit: 'T' })[f];
  const lines = Object.entries(u.judged).map(([type, props]) =>
    `  ${JSON.stringify(type)}: ${JSON.stringify(props.map((p) => `${code(p.facet)}:${p.path}`))},`);
  return [
    '// Generated by `npm run universe` (scripts/universe.ts) from @aws-cdk/aws-service-spec. Do not edit by hand.',
    '',
    `/** The @aws-cdk/aws-service-spec version this universe was generated from. */`,
    `export const UNIVERSE_SPEC_VERSION = ${JSON.stringify(version)};`,
    '',
    '/**',
    ' * Resource types with an encryption-relevant property, each path prefixed with what it sets:',
    ' * `K:` the KMS key, `R:` encryption at rest, `T:` encryption in transit. `[]` marks a list element, `.*` a map value.',
    ' */',
    'export const ENCRYPTION_UNIVERSE: Readonly<Record<string, readonly string[]>> = {',
    ...lines,
    '};',
    '',
    '/** Every other resource type of the spec: nothing in its properties sets encryption or a key. */',
    'export const OTHER_RESOURCE_TYPES: readonly string[] = [',
    ...chunk(u.others, 4).map((c) => `  ${c.map((t) => JSON.stringify(t)).join(', ')},`),
    '];',
    '',
  ].join('\n');
}

function chunk<T>(items: readonly T[], n: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += n) out.push(items.slice(i, i + n));
  return out;
}

export const UNIVERSE_FILE = path.join('lib', 'checks', 'universe.generated.ts');

if (require.main === module) {
  const root = path.join(__dirname, '..');
  const { db, version } = loadSpec(root);
  const u = buildUniverse(db);
  fs.writeFileSync(path.join(root, UNIVERSE_FILE), renderUniverse(version, u));
  console.log(`${UNIVERSE_FILE}: ${Object.keys(u.judged).length} types with encryption properties, ${u.others.length} others (spec ${version})`);
}
