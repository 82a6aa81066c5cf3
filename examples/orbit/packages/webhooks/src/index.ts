export { dispatchTenantWebhook } from './dispatch';
export { buildWebhookJobs, type WebhookJob } from './jobs';
export { webhookQueue } from './queue';
export { saveEndpoint, removeEndpoint, type WebhookEndpointRecord } from './endpoints';
export {
  buildEnvelope,
  WEBHOOK_MAX_PAYLOAD_BYTES,
  TRUNCATION_POINTER_FIELDS,
  type WebhookEnvelope,
} from './envelope';
export { WEBHOOK_RETRY_DELAYS_MS, WEBHOOK_MAX_ATTEMPTS, nextRetryDelay } from './retry-policy';
