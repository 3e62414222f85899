import { DermaShieldError } from '../../lib/errors';

/**
 * Assert that `fn` throws a DermaShieldError with this code, whose message matches every part; returns the error.
 * Fails (rather than passing silently) when `fn` does not throw.
 */
export function expectDermaShieldError(fn: () => unknown, code: string, ...message: (string | RegExp)[]): DermaShieldError {
  let error: unknown;
  try {
    fn();
  } catch (e) {
    error = e;
  }
  if (error === undefined) throw new Error(`expected a DermaShieldError ${code}, but nothing was thrown`);
  expect(error).toBeInstanceOf(DermaShieldError);
  const e = error as DermaShieldError;
  expect(e.code).toBe(code);
  for (const part of message) expect(e.message).toMatch(part);
  return e;
}
