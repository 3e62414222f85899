import * as fs from 'fs';
import * as path from 'path';
import { collectErrorCodes, renderErrorCodes } from '../scripts/error-codes';

const root = path.join(__dirname, '..');

describe('docs/errors.md', () => {
  const codes = collectErrorCodes(root);

  test('lists every error code the source throws (run `npm run docs` when this fails)', () => {
    expect(fs.readFileSync(path.join(root, 'docs', 'errors.md'), 'utf8')).toBe(renderErrorCodes(codes));
  });

  test('finds codes thrown directly, through forSubject and through the shared validators', () => {
    const byCode = new Map(codes.map((c) => [c.code, c]));
    expect(byCode.get('PhiKeyRotationDisabled')?.files).toEqual(['lib/keys/phi-key.ts']);
    expect(byCode.get('DermaShieldChecksExternalKeyArn')?.files).toEqual(['lib/checks/dermashield-checks.ts']);
    expect(byCode.get('PhiNetworkFlowLogRetention')?.messages).toEqual([expect.stringMatching(/^flowLogRetention … days is below the allowed minimum/)]);
    expect(codes.every((c) => c.messages.length > 0)).toBe(true);
  });

  test('every code in the page is thrown somewhere, and codes are unique', () => {
    const page = fs.readFileSync(path.join(root, 'docs', 'errors.md'), 'utf8');
    const listed = [...page.matchAll(/^\| `([A-Za-z]+)` \|/gm)].map((m) => m[1]);
    expect(listed).toEqual(codes.map((c) => c.code));
    expect(new Set(listed).size).toBe(listed.length);
  });
});
