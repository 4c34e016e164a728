/**
 * Published in-process once a customer's key is destroyed, for the stores outside the event log
 * that keep copies of its personal data (the webhook queue) to forget them. Not a stored event.
 */
export class PersonalDataErasedNotice {
  constructor(readonly customerId: string) {}
}
