/**
 * Every fenced `ts` block in README.md and docs/*.md type-checks against the library as users import it
 * (`dermashield` and `dermashield/evidence`, mapped to lib/ here).
 *
 * Each block is compiled after a small preamble, documented below: a `declare const`, with its real type, for each name
 * the examples take as given (the user's `stack`, `vpc`, roles, services; per page, the constructs an earlier block
 * made) that the block uses without declaring or importing it. A block without imports is a fragment (a few lines
 * showing one call) and also gets the common imports. Each block is its own module, so names never leak between blocks.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

const ROOT = path.join(__dirname, '..', '..');

/** The imports a fragment (a block without imports of its own) is compiled after. */
const FRAGMENT_IMPORTS = `
import { App, Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import {
  acknowledgeRule, ClinicalImageBucket, ClinicalImageRetention, ClinicVpnEndpoint, DermaShieldChecks, EhrDatabase,
  EhrDatabaseEngine, EncryptionAlarms, PhiAuditTrail, PhiBackupVault, PhiConfigRules, PhiKey, PhiNetwork, TlsLoadBalancer,
} from 'dermashield';
`;

/**
 * Names the examples take as given (the user's own app, stack, VPC, roles, services), with their types. A block is
 * compiled after a `declare const` for each one it uses but neither declares nor imports itself.
 */
const GIVEN: Record<string, string> = {
  app: "import('aws-cdk-lib').App",
  stack: "import('aws-cdk-lib').Stack",
  vpc: "import('aws-cdk-lib/aws-ec2').IVpc",
  cert: "import('aws-cdk-lib/aws-certificatemanager').ICertificate",
  certificate: "import('aws-cdk-lib/aws-certificatemanager').ICertificate",
  zone: "import('aws-cdk-lib/aws-route53').IHostedZone",
  caBucket: "import('aws-cdk-lib/aws-s3').IBucket",
  appRole: "import('aws-cdk-lib/aws-iam').IRole",
  uploader: "import('aws-cdk-lib/aws-iam').IRole",
  viewer: "import('aws-cdk-lib/aws-iam').IRole",
  appTaskRole: "import('aws-cdk-lib/aws-iam').IRole",
  incidentResponderRole: "import('aws-cdk-lib/aws-iam').IRole",
  appService: "import('aws-cdk-lib/aws-ec2').IConnectable",
  fargateService: "import('aws-cdk-lib/aws-ecs').FargateService",
  apiService: "import('aws-cdk-lib/aws-ecs').FargateService",
  serverCertificateArn: 'string',
  samlProviderArn: 'string',
  drVaultArn: 'string',
};

/** Names one page's examples also take as given: constructs an earlier block of the page made. */
const PAGE_GIVEN: Record<string, Record<string, string>> = {
  'README.md': {
    network: "import('dermashield').PhiNetwork",
    images: "import('dermashield').ClinicalImageBucket",
    ehr: "import('dermashield').EhrDatabase",
    logsKey: "import('dermashield').PhiKey",
  },
  'docs/clinic-vpn-endpoint.md': { ehrDatabase: "import('dermashield').EhrDatabase" },
  'docs/data-stores.md': { phiKey: "import('dermashield').PhiKey" },
  'docs/ehr-database.md': { network: "import('dermashield').PhiNetwork", vault: "import('dermashield').PhiBackupVault" },
  'docs/network-and-audit.md': { images: "import('dermashield').ClinicalImageBucket" },
  'docs/tls-load-balancer.md': { portal: "import('dermashield').TlsLoadBalancer" },
};

/** Identifiers a block declares or imports. */
function ownNames(code: string): Set<string> {
  const names = [...code.matchAll(/\b(?:const|let|var|class|function)\s+([A-Za-z_$][\w$]*)/g)].map((m) => m[1]);
  for (const m of code.matchAll(/^\s*import\s+(?:type\s+)?([^'"]*?)\s+from\s/gm)) {
    names.push(...m[1].replace(/[{}]/g, ',').split(',').map((x) => x.trim().split(/\s+as\s+|\*\s+as\s+/).pop()!.trim()).filter(Boolean));
  }
  return new Set(names);
}

function preamble(page: string, code: string): string {
  const own = ownNames(code);
  const fragment = !/^\s*import\s/m.test(code);
  const given = Object.entries({ ...GIVEN, ...PAGE_GIVEN[page] }).filter(([name]) => !own.has(name));
  return `${fragment ? FRAGMENT_IMPORTS : ''}${given.map(([name, type]) => `declare const ${name}: ${type};`).join('\n')}\n`;
}

interface Block { readonly page: string; readonly line: number; readonly code: string }

function blocks(): Block[] {
  const pages = ['README.md', ...fs.readdirSync(path.join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
  const out: Block[] = [];
  for (const page of pages) {
    const lines = fs.readFileSync(path.join(ROOT, page), 'utf8').split('\n');
    for (let i = 0; i < lines.length; i++) {
      const open = /^(\s*)```(ts|typescript)\s*$/.exec(lines[i]);
      if (!open) continue;
      const indent = open[1].length;
      const start = i + 1;
      while (i + 1 < lines.length && !/^\s*```\s*$/.test(lines[i + 1])) i++;
      out.push({ page, line: start + 1, code: lines.slice(start, i + 1).map((l) => l.slice(indent)).join('\n') });
      i++;
    }
  }
  return out;
}

const BLOCKS = blocks();

/** Type-check all blocks in one program (loading aws-cdk-lib's types once), from memory; diagnostics by block. */
function typeCheck(): Map<Block, string[]> {
  // Virtual files inside the repository, so that aws-cdk-lib, cdk-nag and @types resolve from its node_modules.
  const files = BLOCKS.map((b, i) => {
    const head = preamble(b.page, b.code);
    // Every block is a module (`export {}`), so its names stay its own.
    return { file: path.join(ROOT, '__docs_examples__', `block${i}.ts`), text: `${head}${b.code}\nexport {};\n`, block: b, offset: head.split('\n').length - 1 };
  });
  const byName = new Map(files.map((f) => [f.file, f.text]));
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ES2022,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2022.d.ts'],
    types: ['node'],
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    esModuleInterop: true,
    baseUrl: ROOT,
    paths: { 'dermashield': ['lib/index.ts'], 'dermashield/evidence': ['lib/evidence/index.ts'] },
  };
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.getSourceFile = (name, language, ...rest) => byName.has(name)
    ? ts.createSourceFile(name, byName.get(name)!, language) : getSourceFile.call(host, name, language, ...rest);
  host.fileExists = (name) => byName.has(name) || fileExists.call(host, name);
  host.readFile = (name) => byName.get(name) ?? readFile.call(host, name);
  const program = ts.createProgram(files.map((f) => f.file), options, host);
  const result = new Map<Block, string[]>();
  for (const f of files) {
    const source = program.getSourceFile(f.file)!;
    const diagnostics = [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)];
    result.set(f.block, diagnostics.map((d) => {
      const { line } = d.start !== undefined ? source.getLineAndCharacterOfPosition(d.start) : { line: 0 };
      return `${f.block.page}:${f.block.line + line - f.offset}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
    }));
  }
  return result;
}

describe('code examples in README.md and docs/', () => {
  test('there are examples to check', () => {
    expect(BLOCKS.length).toBeGreaterThanOrEqual(11);
  });

  const diagnostics = typeCheck();
  test.each(BLOCKS.map((b) => [`${b.page}:${b.line}`, b] as const))('%s type-checks', (_where, block) => {
    expect(diagnostics.get(block)).toEqual([]);
  });
});
