import { defineRule, fail, notApplicable, pass, RuleOutcome, unverifiable, worst } from '../../rule';
import { readObject, readString } from '../../values';

const ENCRYPTED = new Set(['require', 'verify-ca', 'verify-full']);

/**
 * DS-DMS-1: data providers (the source and target databases of DMS homogeneous migrations and Schema Conversion) are
 * reached over TLS. Each engine's settings block has its own SslMode; `none` (the default) is cleartext.
 */
export const DmsDataProviderSsl = defineRule({
  name: 'DmsDataProviderSsl',
  controlId: 'DS-DMS-1',
  resourceTypes: ['AWS::DMS::DataProvider'],
  requirement: 'DMS data providers must set SslMode to require, verify-ca or verify-full in their engine settings.',
  explanation: 'Homogeneous data migrations copy every row between the data providers; SslMode none (the default) sends them '
    + 'in cleartext. Set Settings.<Engine>Settings.SslMode to verify-full (or verify-ca, or require where the engine '
    + 'offers nothing stronger) with the database\'s CertificateArn.',
  evaluate(resource) {
    const settings = readObject(resource.properties, 'Settings');
    if (settings.state === 'unverifiable') return unverifiable(`Settings is ${settings.why}`);
    if (settings.state === 'absent') return fail('Settings is not set, so the connection uses SslMode none');
    const outcomes: RuleOutcome[] = [];
    for (const name of Object.keys(settings.value)) {
      const block = readObject(settings.value, name);
      if (block.state === 'unverifiable') { outcomes.push(unverifiable(`Settings.${name} is ${block.why}`)); continue; }
      if (block.state === 'absent' || name === 'RedshiftSettings') continue; // Redshift data providers take no SslMode
      const mode = readString(block.value, 'SslMode');
      if (mode.state === 'unverifiable') outcomes.push(unverifiable(`Settings.${name}.SslMode is ${mode.why}`));
      else if (mode.state === 'absent') outcomes.push(fail(`Settings.${name}.SslMode is not set (the default is none)`));
      else if (!ENCRYPTED.has(mode.value.toLowerCase())) outcomes.push(fail(`Settings.${name}.SslMode is ${mode.value}`));
      else outcomes.push(pass());
    }
    return outcomes.length ? worst(outcomes) : notApplicable();
  },
});
