import { ExceptionEntry } from './types';

/** Version of the exceptions register format this tool reads. */
export const EXCEPTIONS_REGISTER_VERSION = 1;

const REQUIRED: (keyof ExceptionEntry)[] = ['resource', 'control', 'reason', 'compensatingControl', 'owner', 'expiry'];

/** Thrown for an unreadable register: a broken register must stop the run, never be silently ignored. */
export class ExceptionsRegisterError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExceptionsRegisterError';
  }
}

/**
 * Parse and validate an exceptions register.
 *
 * Accepted shapes: `{ "schemaVersion": 1, "exceptions": [ ... ] }` or a bare array of entries. Every entry needs
 * `resource`, `control`, `reason`, `compensatingControl`, `owner` and `expiry` (ISO date); `opened` (ISO date) is
 * optional and gives "days open".
 */
export function parseExceptionsRegister(text: string, source: string, knownControlIds?: ReadonlySet<string>): ExceptionEntry[] {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new ExceptionsRegisterError(`Exceptions register ${source} is not valid JSON: ${(e as Error).message}`);
  }
  let list: unknown;
  if (Array.isArray(doc)) {
    list = doc;
  } else if (doc && typeof doc === 'object') {
    const version = (doc as Record<string, unknown>).schemaVersion;
    if (version !== undefined && version !== EXCEPTIONS_REGISTER_VERSION) {
      throw new ExceptionsRegisterError(
        `Exceptions register ${source}: schemaVersion ${JSON.stringify(version)} is not supported (supported: ${EXCEPTIONS_REGISTER_VERSION})`,
      );
    }
    list = (doc as Record<string, unknown>).exceptions;
  }
  if (!Array.isArray(list)) {
    throw new ExceptionsRegisterError(`Exceptions register ${source} must be an array or an object with an "exceptions" array`);
  }
  return list.map((raw, i) => {
    const where = `Exceptions register ${source}, entry ${i}`;
    if (!raw || typeof raw !== 'object') throw new ExceptionsRegisterError(`${where} must be an object`);
    const entry = raw as Record<string, unknown>;
    for (const key of REQUIRED) {
      if (typeof entry[key] !== 'string' || (entry[key] as string).trim() === '') {
        throw new ExceptionsRegisterError(`${where}: "${key}" is required and must be a non-empty string`);
      }
    }
    for (const key of ['expiry', 'opened'] as const) {
      if (entry[key] !== undefined && (typeof entry[key] !== 'string' || Number.isNaN(Date.parse(entry[key] as string)))) {
        throw new ExceptionsRegisterError(`${where}: "${key}" must be an ISO 8601 date, got ${JSON.stringify(entry[key])}`);
      }
    }
    if (knownControlIds && !knownControlIds.has(entry.control as string)) {
      throw new ExceptionsRegisterError(`${where}: control "${entry.control as string}" is not a DermaShield control id`);
    }
    return {
      resource: entry.resource as string,
      control: entry.control as string,
      reason: entry.reason as string,
      compensatingControl: entry.compensatingControl as string,
      owner: entry.owner as string,
      expiry: entry.expiry as string,
      ...(typeof entry.opened === 'string' ? { opened: entry.opened } : {}),
    };
  });
}

/** True when the exception is past its expiry at `now` (the whole expiry day is still in date). */
export function isExpired(entry: ExceptionEntry, now: Date): boolean {
  const expiry = Date.parse(entry.expiry);
  const endOfDay = /^\d{4}-\d{2}-\d{2}$/.test(entry.expiry) ? expiry + 86_400_000 : expiry;
  return now.getTime() >= endOfDay;
}

/** Whole days between two instants (floor), never negative. */
export function wholeDays(from: number, to: number): number {
  return Math.max(0, Math.floor((to - from) / 86_400_000));
}

/** Does a register `resource` string name this resource (id, name, ARN, or `type/id`)? */
export function exceptionMatches(
  entry: ExceptionEntry,
  resource: { resourceType: string; resourceId: string; resourceName?: string; arn?: string },
): boolean {
  const r = entry.resource;
  return (
    r === resource.resourceId ||
    (resource.resourceName !== undefined && r === resource.resourceName) ||
    (resource.arn !== undefined && r === resource.arn) ||
    r === `${resource.resourceType}/${resource.resourceId}` ||
    (r.startsWith('arn:') && r.endsWith(`/${resource.resourceId}`)) ||
    (r.startsWith('arn:') && r.endsWith(`:${resource.resourceId}`))
  );
}
