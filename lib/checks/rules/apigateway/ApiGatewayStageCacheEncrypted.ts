import { defineRule, fail, notApplicable, pass, RuleOutcome, unverifiable, worst } from '../../rule';
import { describeIntrinsic, isIntrinsic, readBoolean, readList, readObject, Read } from '../../values';

/** The stage-wide method setting: it applies to every method a more specific entry does not override. */
const ALL_METHODS = '/*/*';

/**
 * DS-APIGW-21: a stage's response cache is encrypted. API Gateway caches per method only where `CachingEnabled` is on
 * (a method setting for `/*` `/*` sets the stage-wide default, a specific `ResourcePath`/`HttpMethod` entry overrides it),
 * and `CacheDataEncrypted` follows the same inheritance, defaulting to false. A stage without a cache cluster has
 * nothing to encrypt. The same settings in a Deployment's StageDescription create the stage they describe.
 */
export const ApiGatewayStageCacheEncrypted = defineRule({
  name: 'ApiGatewayStageCacheEncrypted',
  controlId: 'DS-APIGW-21',
  resourceTypes: ['AWS::ApiGateway::Stage', 'AWS::ApiGateway::Deployment'],
  requirement: 'A stage with a cache cluster must set CacheDataEncrypted true for every method that caches responses.',
  explanation: 'Cached responses (patient records returned by GET methods) are stored unencrypted unless CacheDataEncrypted '
    + 'is true; the default is false. Set cacheDataEncrypted: true in the stage options (deployOptions) next to '
    + 'cachingEnabled, and in every methodOptions entry that turns caching on.',
  evaluate(resource) {
    const stage = resource.type === 'AWS::ApiGateway::Deployment' ? readObject(resource.properties, 'StageDescription') : { state: 'known' as const, value: resource.properties };
    const where = resource.type === 'AWS::ApiGateway::Deployment' ? 'StageDescription.' : '';
    if (stage.state === 'unverifiable') return unverifiable(`StageDescription is ${stage.why}`);
    if (stage.state === 'absent') return notApplicable();
    const cluster = readBoolean(stage.value, 'CacheClusterEnabled');
    if (cluster.state === 'unverifiable') return unverifiable(`${where}CacheClusterEnabled is ${cluster.why}`);
    if (cluster.state === 'absent' || !cluster.value) return notApplicable();

    const settings = readList(stage.value, 'MethodSettings');
    if (settings.state === 'unverifiable') return unverifiable(`${where}MethodSettings is ${settings.why}`);
    const entries = settings.state === 'known' ? settings.value : [];
    // The stage-wide default: the StageDescription shorthand (Deployment only), then a `/*/*` method setting.
    let defaults = { caching: readFlag(stage.value, 'CachingEnabled', where), encrypted: readFlag(stage.value, 'CacheDataEncrypted', where) };
    const outcomes: RuleOutcome[] = [];
    const specific: { at: string; value: Record<string, unknown> }[] = [];
    entries.forEach((_, i) => {
      const entry = readObject(entries, String(i));
      const at = `${where}MethodSettings.${i}`;
      if (entry.state === 'unverifiable') { outcomes.push(unverifiable(`${at} is ${entry.why}`)); return; }
      if (entry.state === 'absent') return;
      const named = [entry.value.ResourcePath, entry.value.HttpMethod].find(isIntrinsic);
      if (named !== undefined) { outcomes.push(unverifiable(`${at} names its method with ${describeIntrinsic(named)}`)); return; }
      const path = `${entry.value.ResourcePath ?? '/*'}/${entry.value.HttpMethod ?? '*'}`;
      if (path === ALL_METHODS) {
        defaults = {
          caching: override(defaults.caching, readFlag(entry.value, 'CachingEnabled', `${at}.`)),
          encrypted: override(defaults.encrypted, readFlag(entry.value, 'CacheDataEncrypted', `${at}.`)),
        };
      } else {
        specific.push({ at, value: entry.value });
      }
    });
    outcomes.push(judge(where || 'the stage', defaults.caching, defaults.encrypted));
    for (const { at, value } of specific) {
      outcomes.push(judge(at, override(defaults.caching, readFlag(value, 'CachingEnabled', `${at}.`)),
        override(defaults.encrypted, readFlag(value, 'CacheDataEncrypted', `${at}.`))));
    }
    return worst(outcomes);
  },
});

interface Flag { readonly read: Read<boolean>; readonly what: string }

function readFlag(root: Record<string, unknown>, name: string, prefix: string): Flag {
  return { read: readBoolean(root, name), what: `${prefix}${name}` };
}

/** A more specific setting wins when it is present. */
function override(inherited: Flag, own: Flag): Flag {
  return own.read.state === 'absent' ? inherited : own;
}

function judge(where: string, caching: Flag, encrypted: Flag): RuleOutcome {
  if (caching.read.state === 'unverifiable') return unverifiable(`${caching.what} is ${caching.read.why}`);
  if (caching.read.state === 'absent' || !caching.read.value) return pass(); // this method caches nothing
  if (encrypted.read.state === 'unverifiable') return unverifiable(`${encrypted.what} is ${encrypted.read.why}`);
  if (encrypted.read.state === 'known' && encrypted.read.value) return pass();
  return fail(`${where} caches responses (${caching.what} is true) but ${encrypted.read.state === 'absent' ? 'CacheDataEncrypted is not set (the default is false)' : `${encrypted.what} is false`}`);
}
