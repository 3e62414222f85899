/**
 * How an alarm says which control it guards: its description starts with the control id in square brackets,
 * e.g. `[DS-KMS-1] PHI key rotation turned off`. The same marker works for CloudWatch alarms (`AlarmDescription`),
 * composite alarms and EventBridge rules (`Description`), shows up in the console and in every notification, and
 * needs no tag support from the resource type.
 */
export const GUARD_MARKER = /^\[(DS-[A-Z0-9]+-\d+)\]/;

/** The control id an alarm description names as guarded, or undefined when it guards none. */
export function guardedControlId(description: string): string | undefined {
  return GUARD_MARKER.exec(description)?.[1];
}

/** A description that marks an alarm as guarding `controlId`: `[DS-KMS-1] <text>`. */
export function guardDescription(controlId: string, text: string): string {
  return `[${controlId}] ${text}`;
}
