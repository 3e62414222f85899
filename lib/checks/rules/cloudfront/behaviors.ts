import { Read, readList, readObject } from '../../values';

/** One cache behavior of a distribution, with where it sits for messages. */
export interface Behavior {
  readonly where: string;
  readonly value: Record<string, unknown>;
}

/**
 * The default and ordered cache behaviors of a distribution (`DistributionConfig`), or why they cannot be read.
 * A behavior hidden behind an intrinsic makes the whole list unverifiable.
 */
export function cacheBehaviors(props: Record<string, unknown>): Read<Behavior[]> {
  const out: Behavior[] = [];
  const def = readObject(props, 'DistributionConfig.DefaultCacheBehavior');
  if (def.state === 'unverifiable') return { state: 'unverifiable', why: `DefaultCacheBehavior is ${def.why}` };
  if (def.state === 'known') out.push({ where: 'DefaultCacheBehavior', value: def.value });
  const list = readList(props, 'DistributionConfig.CacheBehaviors');
  if (list.state === 'unverifiable') return { state: 'unverifiable', why: `CacheBehaviors is ${list.why}` };
  if (list.state === 'known') {
    for (let i = 0; i < list.value.length; i++) {
      const b = readObject(list.value, String(i));
      if (b.state === 'unverifiable') return { state: 'unverifiable', why: `CacheBehaviors.${i} is ${b.why}` };
      if (b.state === 'known') out.push({ where: `CacheBehaviors.${i}`, value: b.value });
    }
  }
  return { state: 'known', value: out };
}

/** Viewer protocol policies that never serve ePHI over plain HTTP. */
export const HTTPS_VIEWER_POLICIES: ReadonlySet<string> = new Set(['https-only', 'redirect-to-https']);
