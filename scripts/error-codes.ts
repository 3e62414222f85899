// Lists every DermaShieldError code the library can throw, read from the source: `npm run docs` writes
// docs/errors.md from it, and test/errors-doc.test.ts fails when the committed page is stale.
import * as fs from 'fs';
import * as path from 'path';

/** One error code and where it is thrown. */
export interface ErrorCode {
  readonly code: string;
  /** Source files (relative to the repository root) that throw it. */
  readonly files: readonly string[];
  /** The start of each distinct message, with `${...}` placeholders written as `…`. */
  readonly messages: readonly string[];
}

// `new DermaShieldError('Code', scope, msg)`, `DermaShieldError.forSubject('Code', subject, msg)` and the shared
// validators of lib/validation.ts, `requireX(scope, 'Code', prop, ...)`.
const THROW = /(?:new DermaShieldError\(|DermaShieldError\.forSubject\(|\b(require(?:WholeDays|LogRetention|Reason|CustomerManagedKey))\(\s*[\w.]+,)\s*'([A-Za-z]+)'/g;
const PROP = /^\s*,\s*(?:'([^']*)'|([\w.]+))/;

/** The messages the shared validators of lib/validation.ts build, for a prop. */
const VALIDATOR_MESSAGES: Record<string, (prop: string) => string> = {
  requireWholeDays: (prop) => `${prop} … days is not allowed; use a whole number of days (range and reason given in the message).`,
  requireLogRetention: (prop) => `${prop} … days is below the allowed minimum of … days; use RetentionDays.ONE_YEAR or longer.`,
  requireCustomerManagedKey: (prop) => `${prop} … is an AWS-managed key, which is not allowed; pass a customer-managed key (a PhiKey or your own kms.IKey) or omit the prop (control …).`,
  requireReason: (prop) => `${prop} … is not allowed; write a reason of at least 20 characters (what it must name is given in the message).`,
};
const LITERAL = /'((?:[^'\\]|\\.)*)'|`((?:[^`\\]|\\.)*)`/;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

/** Every error code thrown under `lib/`, sorted by code. */
export function collectErrorCodes(root: string): ErrorCode[] {
  const byCode = new Map<string, { files: Set<string>; messages: Set<string> }>();
  for (const file of sourceFiles(path.join(root, 'lib'))) {
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(THROW)) {
      const [, validator, code] = m;
      const entry = byCode.get(code) ?? { files: new Set(), messages: new Set() };
      byCode.set(code, entry);
      entry.files.add(path.relative(root, file).split(path.sep).join('/'));
      const rest = text.slice(m.index! + m[0].length, m.index! + m[0].length + 600);
      if (validator) {
        const prop = PROP.exec(rest);
        entry.messages.add(VALIDATOR_MESSAGES[validator](prop?.[1] ?? `<${prop?.[2] ?? 'prop'}>`));
        continue;
      }
      // The message: the first string literal after the code and the scope or subject argument.
      const literal = LITERAL.exec(rest.replace(/^\s*,\s*(?:'[^']*'|[\w.]+)\s*,/, ','));
      if (literal) entry.messages.add((literal[1] ?? literal[2]).replace(/\$\{[^}]*\}/g, '…').replace(/\s+/g, ' ').trim());
    }
  }
  return [...byCode.entries()].sort(([a], [b]) => a.localeCompare(b))
    .map(([code, e]) => ({ code, files: [...e.files].sort(), messages: [...e.messages].sort() }));
}

/** docs/errors.md. */
export function renderErrorCodes(codes: readonly ErrorCode[]): string {
  const escape = (s: string) => s.replace(/\|/g, '\\|');
  return [
    '# Error codes',
    '',
    '<!-- Generated from the source by `npm run docs`; a test fails when this page is stale. Do not edit by hand. -->',
    '',
    'Every `DermaShieldError` carries a stable `code` (catch it with `error instanceof DermaShieldError && error.code === ...`),',
    'the path of the construct that rejected the input (`constructPath`, empty when no construct owns it) and a message',
    'that names the property, the value given and what is allowed. Messages below show `…` where the value goes.',
    '',
    '| Code | Thrown by | Message |',
    '| --- | --- | --- |',
    ...codes.map((c) => `| \`${c.code}\` | ${c.files.map((f) => `\`${f}\``).join(', ')} | ${c.messages.map(escape).join('<br>') || '(message built at run time)'} |`),
    '',
  ].join('\n');
}

if (require.main === module) {
  const root = path.join(__dirname, '..');
  const codes = collectErrorCodes(root);
  fs.writeFileSync(path.join(root, 'docs', 'errors.md'), renderErrorCodes(codes));
  console.log(`docs/errors.md: ${codes.length} error codes`);
}
