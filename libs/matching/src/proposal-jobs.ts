/**
 * Job ids derived from the proposal, so each timer and announcement exists at most once in the
 * queue however often it is added. (BullMQ refuses a custom id with a single ':', hence '-'.)
 */
export const proposalExpiryJobId = (proposalId: string): string => `proposal-expiry-${proposalId}`;
export const proposalCreatedJobId = (proposalId: string): string => `proposal-created-${proposalId}`;
