// Stream naming. Only customer streams start with `customer-`, so `$ce-customer` and prefix filters see customers alone.
export const CUSTOMER_STREAM_PREFIX = 'customer-';
export const customerStream = (customerId: string): string => `${CUSTOMER_STREAM_PREFIX}${customerId}`;
export const customerIdOfStream = (streamId: string): string => streamId.slice(CUSTOMER_STREAM_PREFIX.length);
export const userStream = (userId: string): string => `user-${userId}`;
export const usernameStream = (username: string): string => `username-${username.toLowerCase()}`;
export const codeReservationStream = (code: string): string => `code-reservation-${code}`;
export const identityClaimStream = (fingerprint: string): string => `identity-claim-${fingerprint}`;
export const idempotencyStream = (fingerprint: string): string => `idempotency-${fingerprint}`;
export const webhookStream = (webhookId: string): string => `webhook-${webhookId}`;
export const roleStream = (roleId: string): string => `role-${roleId}`;
export const reportStream = (reportId: string): string => `report-${reportId}`;
/** Operators' actions on the running system (retries of parked saga reactions), as an audit trail. */
export const OPERATIONS_STREAM = 'operations';
