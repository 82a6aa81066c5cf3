export { WEBHOOK_EVENT_TYPES, WEBHOOK_EVENTS } from './constants';
export type { WebhookEventType } from './constants';
export type {
  E164,
  IsoTimestamp,
  Metadata,
  MessagingChannel,
  Paginated,
  TenantContext,
} from './types';
