import { ConfigServiceClient, ConfigServiceClientConfig } from '@aws-sdk/client-config-service';

/** Default attempts per call (first try + retries) in the SDK's adaptive retry mode. */
export const DEFAULT_MAX_ATTEMPTS = 10;

/**
 * The run's pacing floor. The SDK's adaptive retry mode slows every call of the client after a throttle, down to
 * 0.5 requests per second: one throttled page in three then stretched a 2-second run to minutes. The evidence
 * CLI keeps adaptive retries (back-off, retry quota, client-side rate limiting) but never paces below this rate;
 * with at most `CONCURRENCY` (collect.ts) calls in flight and exponential back-off per call, a throttled account is
 * still asked gently, and a call throttled through every attempt makes the collection incomplete (exit 2).
 */
export const MIN_REQUESTS_PER_SECOND = 10;

/** One logical Config API call (one page), as kept beside the report. */
export interface RawCall {
  readonly seq: number;
  readonly operation: string;
  readonly input: unknown;
  readonly startedAt: string;
  readonly attempts?: number;
  readonly requestId?: string;
  readonly httpStatusCode?: number;
  readonly output?: unknown;
  readonly error?: { readonly name: string; readonly message: string };
}

export interface EvidenceClientOptions {
  /** Region to call; otherwise the SDK's chain (AWS_REGION, profile). */
  readonly region?: string;
  /** Shared-config profile; otherwise AWS_PROFILE / default. */
  readonly profile?: string;
  /** @default DEFAULT_MAX_ATTEMPTS */
  readonly maxAttempts?: number;
  /**
   * Extra SDK client configuration (tests: `endpoint`, static `credentials`, a `retryStrategy` with short delays).
   * Applied last.
   */
  readonly clientConfig?: Partial<ConfigServiceClientConfig>;
}

/**
 * A Config client on the SDK's standard credential chain and Region resolution, with adaptive retries, recording
 * every call (input, output or error, attempts) for the raw-responses folder.
 */
export function createEvidenceClient(options: EvidenceClientOptions, calls: RawCall[]): ConfigServiceClient {
  const client = new ConfigServiceClient({
    retryMode: 'adaptive',
    maxAttempts: options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
    ...(options.region ? { region: options.region } : {}),
    ...(options.profile ? { profile: options.profile } : {}),
    ...options.clientConfig,
  });
  let started = 0;
  client.middlewareStack.add(
    (next, context) => async (args) => {
      // Numbered when started: calls run concurrently and finish in any order.
      const seq = ++started;
      const startedAt = new Date().toISOString();
      const operation = String(context.commandName ?? 'Unknown').replace(/Command$/, '');
      const input = structuredCloneSafe(args.input);
      try {
        const result = await next(args);
        const { $metadata, ...output } = result.output as { $metadata?: { attempts?: number; requestId?: string; httpStatusCode?: number } };
        calls.push({
          seq, operation, input, startedAt,
          attempts: $metadata?.attempts, requestId: $metadata?.requestId, httpStatusCode: $metadata?.httpStatusCode,
          output,
        });
        return result;
      } catch (err) {
        const e = err as { name?: string; message?: string; $metadata?: { attempts?: number; requestId?: string; httpStatusCode?: number } };
        calls.push({
          seq, operation, input, startedAt,
          attempts: e.$metadata?.attempts, requestId: e.$metadata?.requestId, httpStatusCode: e.$metadata?.httpStatusCode,
          error: { name: e.name ?? 'Error', message: e.message ?? String(err) },
        });
        throw err;
      }
    },
    { step: 'initialize', name: 'dermashieldEvidenceRecorder' },
  );
  return client;
}

/**
 * Raise the adaptive rate limiter's floor of the client's retry strategy to `minRate` requests per second.
 * The SDK exposes no option for it: this sets `minFillRate` on the strategy's `rateLimiter` (SDK v3's
 * DefaultRateLimiter), and returns false, changing nothing, when the strategy has no such limiter.
 * (The clean alternative, constructing `AdaptiveRetryStrategy` with `new DefaultRateLimiter({ minFillRate })`,
 * needs `@smithy/core` as a declared dependency.)
 */
export async function paceAdaptiveRetries(client: ConfigServiceClient, minRate = MIN_REQUESTS_PER_SECOND): Promise<boolean> {
  const strategy = (await client.config.retryStrategy()) as { rateLimiter?: { minFillRate?: unknown } };
  const limiter = strategy?.rateLimiter;
  if (!limiter || typeof limiter.minFillRate !== 'number') return false;
  limiter.minFillRate = Math.max(limiter.minFillRate, minRate);
  return true;
}

function structuredCloneSafe(value: unknown): unknown {
  try {
    return JSON.parse(JSON.stringify(value ?? null));
  } catch {
    return String(value);
  }
}

/** How a failed call affects the collection. */
export type FailureKind = 'credentials' | 'region' | 'access-denied' | 'throttled' | 'server-error' | 'not-enabled' | 'not-found' | 'network' | 'error';

/** Classify an SDK error and explain it in words an operator can act on. */
export function explainError(err: unknown, operation: string, region?: string): { kind: FailureKind; message: string } {
  const e = err as { name?: string; message?: string; code?: string; $metadata?: { httpStatusCode?: number; attempts?: number } };
  const name = e?.name ?? '';
  const msg = e?.message ?? String(err);
  const attempts = e?.$metadata?.attempts;
  if (name === 'CredentialsProviderError' || /Could not load credentials|credential/i.test(msg) && !e?.$metadata?.httpStatusCode) {
    return {
      kind: 'credentials',
      message:
        'No AWS credentials found. Pass --profile NAME, set AWS_PROFILE, or export AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY ' +
        `(for SSO: aws sso login --profile NAME). SDK said: ${msg}`,
    };
  }
  if (/Region is missing/i.test(msg)) {
    return { kind: 'region', message: 'No AWS Region: pass --region (e.g. --region us-east-1) or set AWS_REGION.' };
  }
  if (e?.code === 'ENOTFOUND' || /getaddrinfo ENOTFOUND/.test(msg)) {
    return {
      kind: 'region',
      message: `Cannot reach the AWS Config endpoint for Region '${region ?? '?'}' (${msg}). Check --region: it must be a Region where AWS Config is available.`,
    };
  }
  if (name === 'UnrecognizedClientException' || name === 'InvalidClientTokenId' || name === 'ExpiredTokenException' || name === 'InvalidSignatureException') {
    return { kind: 'credentials', message: `AWS rejected the credentials on ${operation} (${name}): ${msg}. Refresh them (aws sso login) or check the profile.` };
  }
  if (name === 'AccessDeniedException' || e?.$metadata?.httpStatusCode === 403) {
    return {
      kind: 'access-denied',
      message:
        `Access denied on config:${operation}. The evidence CLI needs read-only Config permissions ` +
        `(the AWS managed policy AWSConfigUserAccess, or config:Describe*, config:Get*, config:Select*). SDK said: ${msg}`,
    };
  }
  if (name === 'NoSuchConfigurationRecorderException' || name === 'NoAvailableConfigurationRecorderException') {
    return { kind: 'not-enabled', message: `AWS Config is not enabled in Region ${region ?? '?'} (no configuration recorder). Enable Config there, or check --region.` };
  }
  if (name === 'NoSuchConfigurationAggregatorException' || name === 'NoSuchConformancePackException') {
    return { kind: 'not-found', message: `${msg || name} (Region ${region ?? '?'}). Check the name and --region.` };
  }
  const throttled = /Throttl|TooManyRequests|LimitExceeded|RequestLimitExceeded/.test(name) || e?.$metadata?.httpStatusCode === 429;
  if (throttled) {
    return { kind: 'throttled', message: `Throttled out on ${operation} after ${attempts ?? '?'} attempts (${name}): ${msg}` };
  }
  if ((e?.$metadata?.httpStatusCode ?? 0) >= 500) {
    return { kind: 'server-error', message: `AWS Config server error on ${operation} after ${attempts ?? '?'} attempts (HTTP ${e.$metadata?.httpStatusCode} ${name}): ${msg}` };
  }
  if (/ECONNREFUSED|ECONNRESET|ETIMEDOUT|EAI_AGAIN|socket hang up/.test(msg) || /ECONN|ETIMEDOUT/.test(e?.code ?? '')) {
    return { kind: 'network', message: `Network error calling ${operation}: ${msg}` };
  }
  return { kind: 'error', message: `${operation} failed (${name || 'Error'}): ${msg}` };
}
