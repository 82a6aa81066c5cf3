import { buildWebhookJobs, webhookQueue, type WebhookJob } from '@orbit/webhooks';
import type {
  MetaJson,
  WhatsAppAccountEventPayload,
  WhatsAppDataRequestPayload,
  WhatsAppRawFieldPayload,
  WhatsAppTemplatePayload,
  WhatsAppTemplateRejectedPayload,
} from './types';

/** One `entry[].changes[]` item of a Meta WABA webhook, after signature verification. */
export interface MetaChange {
  waba_id: string;
  field: string;
  value: { [key: string]: MetaJson };
}

/** Events that share the account / business / phone payload shape. */
type AccountShapedEvent =
  | 'whatsapp.account.update'
  | 'whatsapp.account.banned'
  | 'whatsapp.account.restricted'
  | 'whatsapp.account.alert'
  | 'whatsapp.account.review_update'
  | 'whatsapp.account.settings_update'
  | 'whatsapp.business.status_update'
  | 'whatsapp.phone.quality_update'
  | 'whatsapp.phone.name_update'
  | 'whatsapp.capability.update'
  | 'whatsapp.security.alert'
  | 'whatsapp.flow.status_change'
  | 'whatsapp.quality.changed';

function str(value: MetaJson | undefined): string | null {
  return typeof value === 'string' ? value : null;
}

function accountPayload(change: MetaChange): WhatsAppAccountEventPayload {
  return {
    waba_id: change.waba_id,
    phone_number_id: str(change.value.phone_number_id),
    occurred_at: new Date().toISOString(),
    details: {
      event: str(change.value.event) ?? change.field,
      state: str(change.value.ban_state) ?? str(change.value.current_limit) ?? null,
      description: str(change.value.description),
      restrictions: [],
    },
  };
}

function accountJobs(tenantId: string, event: AccountShapedEvent, change: MetaChange): WebhookJob[] {
  return buildWebhookJobs({ tenantId, event, payload: accountPayload(change) });
}

function templatePayload(change: MetaChange): WhatsAppTemplatePayload {
  return {
    waba_id: change.waba_id,
    phone_number_id: null,
    occurred_at: new Date().toISOString(),
    template_id: String(change.value.message_template_id ?? ''),
    template_name: str(change.value.message_template_name) ?? '',
    language: str(change.value.message_template_language) ?? 'en_US',
    details: {
      previous_status: str(change.value.previous_status),
      new_status: str(change.value.event) ?? 'UNKNOWN',
      previous_category: null,
      new_category: null,
      quality_score: null,
    },
  };
}

function rawPayload(change: MetaChange): WhatsAppRawFieldPayload {
  return {
    waba_id: change.waba_id,
    phone_number_id: str(change.value.phone_number_id),
    occurred_at: new Date().toISOString(),
    field: change.field,
    details: change.value,
  };
}

function dataRequestPayload(change: MetaChange, article: 15 | 17): WhatsAppDataRequestPayload {
  const receivedAt = new Date();
  return {
    waba_id: change.waba_id,
    phone_number_id: str(change.value.phone_number_id),
    occurred_at: receivedAt.toISOString(),
    request_id: str(change.value.request_id) ?? `dsr_${receivedAt.getTime().toString(36)}`,
    wa_id: str(change.value.wa_id) ?? '',
    gdpr_article: article,
    respond_by: new Date(receivedAt.getTime() + 30 * 86_400_000).toISOString(),
    details: { requested_in_conversation_id: str(change.value.conversation_id) },
  };
}

/** Maps one Meta change to the tenant's webhook jobs. Unknown fields are dropped (logged upstream). */
export function jobsForMetaChange(tenantId: string, change: MetaChange): WebhookJob[] {
  const metaEvent = str(change.value.event);
  switch (change.field) {
    case 'account_update':
      if (metaEvent === 'DISABLED_UPDATE') return accountJobs(tenantId, 'whatsapp.account.banned', change);
      if (metaEvent === 'ACCOUNT_RESTRICTION') return accountJobs(tenantId, 'whatsapp.account.restricted', change);
      return accountJobs(tenantId, 'whatsapp.account.update', change);
    case 'account_alerts':
      return accountJobs(tenantId, 'whatsapp.account.alert', change);
    case 'account_review_update':
      return accountJobs(tenantId, 'whatsapp.account.review_update', change);
    case 'account_settings_update':
      return accountJobs(tenantId, 'whatsapp.account.settings_update', change);
    case 'business_status_update':
      return accountJobs(tenantId, 'whatsapp.business.status_update', change);
    case 'phone_number_quality_update':
      return [
        ...accountJobs(tenantId, 'whatsapp.phone.quality_update', change),
        // Legacy name kept for consumers of the v1 integration guide.
        ...accountJobs(tenantId, 'whatsapp.quality.changed', change),
      ];
    case 'phone_number_name_update':
      return accountJobs(tenantId, 'whatsapp.phone.name_update', change);
    case 'business_capability_update':
      return accountJobs(tenantId, 'whatsapp.capability.update', change);
    case 'security':
      return accountJobs(tenantId, 'whatsapp.security.alert', change);
    case 'flows':
      return accountJobs(tenantId, 'whatsapp.flow.status_change', change);

    case 'message_template_status_update': {
      const template = templatePayload(change);
      if (metaEvent === 'APPROVED') return buildWebhookJobs({ tenantId, event: 'whatsapp.template.approved', payload: template });
      if (metaEvent === 'REJECTED') {
        const rejected: WhatsAppTemplateRejectedPayload = {
          ...template,
          details: { ...template.details, reason: str(change.value.reason) ?? 'NONE' },
        };
        return buildWebhookJobs({ tenantId, event: 'whatsapp.template.rejected', payload: rejected });
      }
      return [];
    }
    case 'message_template_quality_update':
      return buildWebhookJobs({ tenantId, event: 'whatsapp.template.quality_update', payload: templatePayload(change) });
    case 'template_category_update':
      return buildWebhookJobs({ tenantId, event: 'whatsapp.template.category_update', payload: templatePayload(change) });
    case 'message_template_components_update':
      return buildWebhookJobs({ tenantId, event: 'whatsapp.template.components_update', payload: templatePayload(change) });
    case 'template_correct_category_detection':
      return buildWebhookJobs({ tenantId, event: 'whatsapp.template.correct_category_detection', payload: templatePayload(change) });

    case 'data_export_request':
      return buildWebhookJobs({ tenantId, event: 'whatsapp.data.export_request', payload: dataRequestPayload(change, 15) });
    case 'data_delete_request':
      return buildWebhookJobs({ tenantId, event: 'whatsapp.data.delete_request', payload: dataRequestPayload(change, 17) });

    // v25 fields: relayed with Meta's payload under `details`.
    case 'automatic_events':
      return buildWebhookJobs({ tenantId, event: 'whatsapp.automatic_events', payload: rawPayload(change) });
    case 'history':
      return buildWebhookJobs({ tenantId, event: 'whatsapp.history', payload: rawPayload(change) });
    case 'partner_solutions':
      return buildWebhookJobs({ tenantId, event: 'whatsapp.partner_solutions', payload: rawPayload(change) });
    case 'payment_configuration_update':
      return buildWebhookJobs({ tenantId, event: 'whatsapp.payment_configuration_update', payload: rawPayload(change) });
    case 'smb_app_state_sync':
      return buildWebhookJobs({ tenantId, event: 'whatsapp.smb.app_state_sync', payload: rawPayload(change) });
    case 'smb_message_echoes':
      return buildWebhookJobs({ tenantId, event: 'whatsapp.smb.message_echoes', payload: rawPayload(change) });
    case 'tracking_events':
      return buildWebhookJobs({ tenantId, event: 'whatsapp.tracking_events', payload: rawPayload(change) });
    case 'user_preferences':
      return buildWebhookJobs({ tenantId, event: 'whatsapp.user.preferences', payload: rawPayload(change) });
    case 'group_lifecycle_update':
      return buildWebhookJobs({ tenantId, event: 'whatsapp.group.lifecycle_update', payload: rawPayload(change) });
    case 'group_participants_update':
      return buildWebhookJobs({ tenantId, event: 'whatsapp.group.participants_update', payload: rawPayload(change) });
    case 'group_settings_update':
      return buildWebhookJobs({ tenantId, event: 'whatsapp.group.settings_update', payload: rawPayload(change) });
    case 'group_status_update':
      return buildWebhookJobs({ tenantId, event: 'whatsapp.group.status_update', payload: rawPayload(change) });
    default:
      return [];
  }
}

/** Entry point of the whatsapp-ingest worker. */
export function ingestMetaChanges(tenantId: string, changes: MetaChange[]): number {
  let enqueued = 0;
  for (const change of changes) {
    for (const job of jobsForMetaChange(tenantId, change)) {
      webhookQueue.enqueue(job);
      enqueued++;
    }
  }
  return enqueued;
}
