import { defineRule, notApplicable, requireCustomerManagedKey } from '../../rule';

/**
 * DS-CUSTOMERPROFILES-1: an object type that overrides the domain's key names a customer-managed one. Without
 * EncryptionKey its profile objects use the domain's DefaultEncryptionKey, judged by CustomerProfilesDomainCustomerManagedKey.
 */
export const CustomerProfilesObjectTypeKey = defineRule({
  name: 'CustomerProfilesObjectTypeKey',
  controlId: 'DS-CUSTOMERPROFILES-1',
  resourceTypes: ['AWS::CustomerProfiles::ObjectType', 'AWS::CustomerProfiles::DomainObjectType'],
  requirement: 'A Customer Profiles object type that sets EncryptionKey must name a customer-managed KMS key.',
  explanation: 'An EncryptionKey on the object type replaces the domain key for its profile objects; an AWS-managed alias '
    + 'there would undo the domain\'s customer-managed key. Remove it (the domain key applies) or name a PhiKey.',
  evaluate(resource, context) {
    if (resource.properties.EncryptionKey === undefined) return notApplicable();
    return requireCustomerManagedKey(resource, context, resource.properties.EncryptionKey, 'EncryptionKey');
  },
});
