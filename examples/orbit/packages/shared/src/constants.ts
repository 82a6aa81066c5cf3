/**
 * Canonical list of webhook event types Orbit emits, grouped by surface.
 *
 * Subscribing a webhook endpoint to a name outside this list is rejected with a 422
 * (see apps/api/src/routes/webhook-endpoints.ts). Keep this list in sync with the
 * dispatchTenantWebhook / buildWebhookJobs call sites.
 */
export const WEBHOOK_EVENT_TYPES = [
  // == Message ==
  /** Fired when an outbound message is accepted and queued for delivery. */
  'message.created',
  /** Fired when the message is handed off to the carrier / provider. */
  'message.sent',
  'message.delivered',
  /**
   * Terminal failure reported by the carrier (or a synthesised failure covering undelivered /
   * rejected).
   */
  'message.failed',
  'message.read',
  /** Inbound message from a recipient. */
  'message.received',
  /**
   * Carrier number deactivation sweep (R16FIX 2026-05-30) — fires once per deactivated MSISDN
   * the nightly carrier-feed sweep flips to DNC.
   */
  'message.recipient_deactivated',
  /**
   * MESSAGE_REPLIED — fires when an INBOUND message is received in response to an OUTBOUND
   * message (i.e. there is at least one prior outbound message in the same conversation).
   */
  'message.replied',

  // == Contact ==
  'contact.created',
  'contact.updated',
  'contact.deleted',
  /**
   * Computed-trait value transition for a single contact (DECISION —
   * CDPAAS_REAL_TIME_TRAIT_RECOMPUTE_2026_05_28).
   */
  'contact.trait_changed',
  /**
   * Fired once per bulk import batch (CSV upload or POST /v1/contacts/bulk), not once per row.
   * The payload summarises the whole batch.
   */
  'contact.bulk_imported',
  'contact.merged',
  /** Fired when a recipient sends a START / STOP keyword on a registered channel. */
  'contact.opted_out',
  /** Fired when a recipient sends a START / STOP keyword on a registered channel. */
  'contact.opted_in',
  /** FCC RMD annual consent recertification window opened on a contact. */
  'contact.recertification_due',
  // Predictive-scoring events (migration 077).
  /**
   * Predictive scorer flipped a contact’s segment label (e.g. champion → at_risk, passive →
   * engaged). Useful for triggering re-engagement plays from a CRM.
   */
  'contact.segment_changed',

  // == Campaign ==
  'campaign.started',
  'campaign.completed',
  'campaign.paused',
  'campaign.resumed',
  'campaign.drip_step.sent',
  /** Single drip step finished sending to its slice. */
  'campaign.drip_step.completed',
  /** Entire drip campaign finished its full schedule. */
  'campaign.drip.completed',
  'campaign.created',
  'campaign.updated',
  'campaign.deleted',

  // == Voice ==
  'call.initiated',
  'call.answered',
  'call.completed',
  'call.failed',
  'call.transferred',
  /** Mid-call DTMF inject through the API. */
  'call.dtmf_sent',
  /** SIPREC fork toggled mid-call. */
  'call.recording.paused',
  /** SIPREC fork toggled mid-call. */
  'call.recording.resumed',
  /** Outbound call hit a voicemail / fax (Telnyx AMD result = machine|fax). */
  'call.hit_voicemail',
  /**
   * Fires when an inbound call is detected by the SIP edge but before it is answered. Useful for
   * “live caller is dialing in” UI updates without waiting for the post-answer call.answered
   * event.
   *
   * @remarks Ringing is currently bundled with the call.initiated event for inbound calls. The
   * standalone call.ringing event is emitted by the underlying carrier webhook but only
   * forwarded to tenant subscribers when the org explicitly subscribes. If call.ringing is
   * missing from your delivery, fall back to listening for call.initiated with status:
   * "ringing".
   * @retry Idempotent — multiple ring callbacks during a single call can fire if the call is
   * being routed via multiple ring-group legs.
   */
  'call.ringing',
  // Conference lifecycle events (audit #BUG-R65).
  /** Fires when POST /api/v1/voice/conferences succeeds. */
  'conference.created',
  /**
   * Fires when a new participant successfully joins (after 200 OK to the SIP INVITE for that
   * leg).
   */
  'conference.participant_joined',
  /**
   * Fires when a participant disconnects — either via DELETE API call, BYE from the carrier, or
   * the conference moderator’s end-conference action.
   *
   * `reason` values: normal_disconnect (BYE from participant), kicked (DELETE via API),
   * conference_ended (moderator ended), network_failure (RTP timeout).
   */
  'conference.participant_left',
  /**
   * Fires when the conference’s active participant count drops to zero, or moderator hits
   * end-conference.
   *
   * `ended_reason` values: moderator_ended, last_participant_left, max_duration_reached.
   * @ordering Always the LAST event for a conference id.
   */
  'conference.ended',
  // Recording lifecycle events (audit #BUG-R65).
  /**
   * Fires when POST /api/v1/voice/calls/{id}/recording/start (or the per-call record:true flag)
   * starts a fresh recording.
   */
  'recording.started',
  /**
   * Alias for call.recording.ready (same payload + same recording_url). Documented separately
   * because the call-id may not be available for conference recordings — those carry
   * conference_id instead.
   */
  'recording.completed',
  /**
   * Fires when an upstream recording attempt fails (storage write failure, codec mismatch, AMD
   * aborted the recording before any audio was captured).
   */
  'recording.failed',
  /** Post-finalize QC failure (RTC-PaaS competitor-parity gap, 2026-05-29). */
  'recording.qc_failed',
  'voicemail.received',
  /** Fires when an originally-missing voicemail transcript is recovered by the retry pipeline. */
  'voicemail.transcript_updated',
  /** Telephony-aware CDP — CDP-016 parity wedge (2026-05-29). */
  'call.transcript_ready',
  'call.recording.ready',
  'call.transcription.ready',
  /**
   * AI summary / action-items / sentiment extracted from the transcript (opt-in). Legacy inline
   * pipeline.
   */
  'call.synthesis.ready',
  /**
   * Richer payload from the async synthesis scheduler (post-call synthesis pipeline). Gated on
   * tenant opt-in.
   */
  'call.synthesized',
  /**
   * Fires 24h before a retention-driven GCS purge so tenants can mirror the asset to their own
   * archive. Payload carries a signed download URL valid until purge_scheduled_at.
   */
  'recording.retention_deleted',
  /** RTC-PaaS auto-chaptering (2026-05-28). */
  'recording.chapters.ready',
  // Voice eval regression suite (migration 282, 2026-05-22).
  'voice_eval.run_started',
  'voice_eval.run_completed',
  'voice_eval.regression_detected',

  // == Agent ==
  'agent.conversation.started',
  'agent.conversation.ended',
  'agent.created',
  'agent.updated',
  'agent.deleted',
  'agent.deployed',
  /** Agent escalated to a human operator. */
  'agent.handoff.requested',
  /** Agent delegated to another specialist agent through the transfer_to_agent tool. */
  'agent.handoff_occurred',
  'agent.response',
  /** Fires from the agent’s create_calendar_event MCP tool. */
  'agent.calendar_event.created',
  /**
   * AIaaS-P0-BUG fix (2026-05-30): fired by POST /agents/dnc when an AI voice / text agent
   * invokes the mark_dnc MCP tool and the platform persists the suppression to suppression_list
   * (+ dnc_list mirror for voice/SMS).
   */
  'agent.dnc.marked',
  'agent.handed_off',
  'agent.state.changed',

  // == Flow ==
  'flow.execution.started',
  'flow.execution.completed',
  'flow.created',
  'flow.updated',
  'flow.deleted',
  'flow.published',
  /** Coarse terminal signal. `status` is completed, failed, or timeout. */
  'flow.executed',
  'flow.execution.failed',

  // == Verification ==
  /**
   * When a recent SIM swap is detected on the destination number, `sim_swap_warning: true` is
   * included alongside the payload.
   */
  'verification.sent',
  /** When the check was approved through silent network authentication, `channel` is "silent". */
  'verification.approved',
  /**
   * When the check was blocked by SIM-swap protection, `reason: "sim_swap_detected"` plus
   * `last_swap_date` are included.
   */
  'verification.failed',
  'verification.checked',
  /**
   * Fired by the scheduler-verify-fallback tick each time the async fallback engine advances to
   * a new channel.
   */
  'verification.fallback_triggered',
  /**
   * Fired when the async fallback engine has tried every channel in the fallbackConfig.channels
   * array without obtaining a verified status.
   */
  'verification.fallback_exhausted',

  // == Number / Porting ==
  /** `reclaimed: true` is included when the number was re-claimed from the parking pool. */
  'number.purchased',
  'number.released',
  'number.ported',
  /** Low DID inventory alert (NaaS gap, anchor: PROTOCOL — NAAS_TN_LOW_STOCK_ALERT_2026_05_31). */
  'number.inventory.low',
  'number.updated',
  /** Customer aborted an in-flight port. */
  'porting.request.cancelled',
  /** Port-IN fell back into manual-review mode (GAP2_NaaS_115, 2026-05-29). */
  'porting.request.manual_review_required',
  /** Port-IN LOA signed in-platform (cpaasparity2-porting-loa-workflow, 2026-05-29). */
  'porting.request.loa_signed',
  // Number port-OUT lifecycle events (NaaS-005 capability-gap fix, 2026-05-29).
  'number.port_out.requested',
  'number.port_out.cancelled',

  // == Conversation ==
  'conversation.created',
  /**
   * Fired by the auto-disposition service when a conversation is automatically closed/resolved
   * by an AI or rule-based disposition engine.
   */
  'conversation.disposed',
  /** Fired by the QM-scoring service when a conversation receives a quality-management score. */
  'conversation.scored',
  /**
   * CSPaaS LOW_CSAT_AUTOMATION_HOOK_2026_05_30 — fired when a customer-facing CSAT (1..5, < 3)
   * or NPS (0..10, 0..6) submission lands and qualifies as a detractor.
   */
  'conversation.csat_detractor',
  /**
   * CSPaaS Intercom Fin / Zendesk parity gap (2026-05-30) — CRM/CDP needs to distinguish
   * AI-resolved volume from human-resolved volume.
   */
  'conversation.deflected',
  // Conversation lifecycle — fired by the inbox/handoff pipeline.
  'conversation.started',
  'conversation.closed',

  // == List / Segment ==
  'list.created',
  'list.deleted',
  'segment.created',
  'segment.deleted',

  // == Webhook Endpoint ==
  'webhook_endpoint.created',
  'webhook_endpoint.updated',
  'webhook_endpoint.deleted',

  // == Billing ==
  'subscription.updated',
  'balance.topped_up',
  /**
   * Deprecated alias of balance.topped_up: same data plus a legacy `credits` field. Prefer
   * balance.topped_up for new integrations.
   * @deprecated Use BALANCE_TOPPED_UP instead.
   */
  'credits.purchased',
  'balance.low',
  /** @deprecated Use BALANCE_LOW instead. */
  'credits.low',
  'invoice.created',
  'payment.failed',

  // == Channel Failover ==
  /**
   * Fired when a messaging channel’s primary provider failed and Orbit automatically switched to
   * a backup.
   */
  'channel.failover',

  // == Push ==
  // Push notification SDK ack events.
  /** Mobile / web SDK acknowledged a push was rendered on-device. */
  'push.delivered',
  /** User tapped the push and the SDK reported the open. */
  'push.opened',

  // == Number Masking (Proxy) ==
  'proxy.session.created',
  'proxy.session.closed',
  'proxy.message.forwarded',

  // == WhatsApp ==
  'whatsapp.account.update',
  'whatsapp.account.banned',
  'whatsapp.account.restricted',
  'whatsapp.phone.quality_update',
  'whatsapp.phone.name_update',
  'whatsapp.capability.update',
  'whatsapp.security.alert',
  'whatsapp.flow.status_change',
  'whatsapp.template.approved',
  /** Includes `details.reason` with Meta’s rejection text. */
  'whatsapp.template.rejected',
  'whatsapp.template.quality_update',
  'whatsapp.template.category_update',
  /**
   * Meta auto-edits a template’s components for compliance (e.g. inserts the standard opt-out
   * hint into a MARKETING body).
   */
  'whatsapp.template.components_update',
  'whatsapp.quality.changed',
  /**
   * Legacy call event: also dispatched on every WhatsApp call lifecycle transition (connected,
   * accepted, terminated) for backward-compatible consumers.
   */
  'whatsapp.call.received',
  // WhatsApp Business Calling lifecycle events (Phase 2 — 2026-05-09).
  'whatsapp.call.connected',
  'whatsapp.call.accepted',
  'whatsapp.call.terminated',
  'whatsapp.call.permission_granted',
  'whatsapp.call.permission_revoked',
  /**
   * Meta-issued operational alert about the WABA (e.g. policy violation, pricing change
   * effective date, payment method failed).
   */
  'whatsapp.account.alert',
  /**
   * WABA went through a Meta-side review that updated its compliance status (e.g. moved to
   * RESTRICTED / FLAGGED).
   */
  'whatsapp.account.review_update',
  /**
   * Business profile status changed at Meta (verification badge, official business account flag,
   * business status).
   */
  'whatsapp.business.status_update',
  /** User-level marketing preference signal. */
  'whatsapp.user.preferences',
  /**
   * GDPR Article 15 (data subject access request) — user invoked “Request my data” inside the
   * conversation.
   */
  'whatsapp.data.export_request',
  /** GDPR Article 17 (right to erasure) — user invoked “Delete my data”. */
  'whatsapp.data.delete_request',
  /** WABA-level settings changed (commerce/profile/etc.). */
  'whatsapp.account.settings_update',
  /** Meta’s auto-detected business events (cart abandoned, etc.). */
  'whatsapp.automatic_events',
  /** WA Group lifecycle (created/deleted). */
  'whatsapp.group.lifecycle_update',
  /** WA Group participants joined/left. */
  'whatsapp.group.participants_update',
  /** WA Group renamed/description changed. */
  'whatsapp.group.settings_update',
  /** WA Group activated/archived. */
  'whatsapp.group.status_update',
  /** Initial-connection backfill of historical messages. */
  'whatsapp.history',
  /** Partner integration events. */
  'whatsapp.partner_solutions',
  /** Payment setup state changed (WA Pay). */
  'whatsapp.payment_configuration_update',
  /** SMB app state sync events. */
  'whatsapp.smb.app_state_sync',
  /** Echoes of messages sent from the SMB app (hybrid setups). */
  'whatsapp.smb.message_echoes',
  /** Meta detected the template’s category was wrong vs. its actual intent. */
  'whatsapp.template.correct_category_detection',
  /** Per-message tracking events (link clicks, etc.). */
  'whatsapp.tracking_events',

  // == Supervisor ==
  /** Fired when a supervisor initiates a warm-handoff takeover of a live call. */
  'supervisor.takeover_requested',
  /**
   * Fired when a supervisor takeover attempt fails (e.g. Jambonz REST error during the
   * leg-swap).
   */
  'supervisor.takeover_failed',
  /** Fired when the supervisor successfully takes over the call and becomes the active party. */
  'supervisor.takeover_completed',
  /**
   * Fired when a takeover is cancelled (call ended before handoff completed, or supervisor
   * explicitly aborted).
   */
  'supervisor.takeover_cancelled',

  // == SIP Trunk ==
  'sip_trunk.status_changed',

  // == CDP ==
  /**
   * CDP inbound — fired after a Segment-shaped /cdp/track or /cdp/identify payload is verified,
   * persisted to tenant_*.cdp_events, and identity-resolved against tenant_*.contacts.
   */
  'cdp.event.ingested',
  'cdp.identity.resolved',

  // == Other ==
  // Email engagement events (Resend webhook surface).
  'email.opened',
  'email.clicked',
  /** PARITY-RTC-R1 (2026-05-29) — video room recording QC verdict. */
  'video.recording.degraded',
  // GAP-RTC-R2 (2026-05-29) — video room + participant + recording lifecycle webhook fan-out.
  'video.room.started',
  'video.room.ended',
  'video.participant.joined',
  'video.participant.left',
  'video.recording.completed',
  'video.recording.failed',
  'ticket.deflected',
  /** Voice-queue wallboard SLA early-warning (CCaaS). */
  'wallboard.sla_warning',
  /** WFM intraday adherence breach (CCaaS / WFM pillar, 2026-05-30). */
  'wfm.adherence_breach',
  /** Post-call IVR survey response recorded (CCaaS, 2026-05-30). */
  'survey.csat.response_recorded',
  'survey.nps.response_recorded',
  // CCaaS queue-routing lifecycle webhooks (Five9 / Genesys parity — Interaction.Routed / Interaction.Abandoned).
  'queue.call.queued',
  'queue.call.abandoned',
  'queue.call.assigned',
] as const;

/** One of the webhook event names in {@link WEBHOOK_EVENT_TYPES}. */
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/**
 * Constant names for every webhook event, for call sites that prefer an identifier over a
 * string literal (`WEBHOOK_EVENTS.MESSAGE_DELIVERED`).
 */
export const WEBHOOK_EVENTS = {
  MESSAGE_CREATED: 'message.created',
  MESSAGE_SENT: 'message.sent',
  MESSAGE_DELIVERED: 'message.delivered',
  MESSAGE_FAILED: 'message.failed',
  MESSAGE_READ: 'message.read',
  MESSAGE_RECEIVED: 'message.received',
  MESSAGE_RECIPIENT_DEACTIVATED: 'message.recipient_deactivated',
  MESSAGE_REPLIED: 'message.replied',
  CONTACT_CREATED: 'contact.created',
  CONTACT_UPDATED: 'contact.updated',
  CONTACT_DELETED: 'contact.deleted',
  CONTACT_TRAIT_CHANGED: 'contact.trait_changed',
  CONTACT_BULK_IMPORTED: 'contact.bulk_imported',
  CONTACT_MERGED: 'contact.merged',
  CONTACT_OPTED_OUT: 'contact.opted_out',
  CONTACT_OPTED_IN: 'contact.opted_in',
  CONTACT_RECERTIFICATION_DUE: 'contact.recertification_due',
  CONTACT_SEGMENT_CHANGED: 'contact.segment_changed',
  CAMPAIGN_STARTED: 'campaign.started',
  CAMPAIGN_COMPLETED: 'campaign.completed',
  CAMPAIGN_PAUSED: 'campaign.paused',
  CAMPAIGN_RESUMED: 'campaign.resumed',
  CAMPAIGN_DRIP_STEP_SENT: 'campaign.drip_step.sent',
  CAMPAIGN_DRIP_STEP_COMPLETED: 'campaign.drip_step.completed',
  CAMPAIGN_DRIP_COMPLETED: 'campaign.drip.completed',
  CAMPAIGN_CREATED: 'campaign.created',
  CAMPAIGN_UPDATED: 'campaign.updated',
  CAMPAIGN_DELETED: 'campaign.deleted',
  CALL_INITIATED: 'call.initiated',
  CALL_ANSWERED: 'call.answered',
  CALL_COMPLETED: 'call.completed',
  CALL_FAILED: 'call.failed',
  CALL_TRANSFERRED: 'call.transferred',
  CALL_DTMF_SENT: 'call.dtmf_sent',
  CALL_RECORDING_PAUSED: 'call.recording.paused',
  CALL_RECORDING_RESUMED: 'call.recording.resumed',
  CALL_HIT_VOICEMAIL: 'call.hit_voicemail',
  CALL_RINGING: 'call.ringing',
  CONFERENCE_CREATED: 'conference.created',
  CONFERENCE_PARTICIPANT_JOINED: 'conference.participant_joined',
  CONFERENCE_PARTICIPANT_LEFT: 'conference.participant_left',
  CONFERENCE_ENDED: 'conference.ended',
  RECORDING_STARTED: 'recording.started',
  RECORDING_COMPLETED: 'recording.completed',
  RECORDING_FAILED: 'recording.failed',
  RECORDING_QC_FAILED: 'recording.qc_failed',
  VOICEMAIL_RECEIVED: 'voicemail.received',
  VOICEMAIL_TRANSCRIPT_UPDATED: 'voicemail.transcript_updated',
  CALL_TRANSCRIPT_READY: 'call.transcript_ready',
  CALL_RECORDING_READY: 'call.recording.ready',
  CALL_TRANSCRIPTION_READY: 'call.transcription.ready',
  CALL_SYNTHESIS_READY: 'call.synthesis.ready',
  CALL_SYNTHESIZED: 'call.synthesized',
  RECORDING_RETENTION_DELETED: 'recording.retention_deleted',
  RECORDING_CHAPTERS_READY: 'recording.chapters.ready',
  VOICE_EVAL_RUN_STARTED: 'voice_eval.run_started',
  VOICE_EVAL_RUN_COMPLETED: 'voice_eval.run_completed',
  VOICE_EVAL_REGRESSION_DETECTED: 'voice_eval.regression_detected',
  AGENT_CONVERSATION_STARTED: 'agent.conversation.started',
  AGENT_CONVERSATION_ENDED: 'agent.conversation.ended',
  AGENT_CREATED: 'agent.created',
  AGENT_UPDATED: 'agent.updated',
  AGENT_DELETED: 'agent.deleted',
  AGENT_DEPLOYED: 'agent.deployed',
  AGENT_HANDOFF_REQUESTED: 'agent.handoff.requested',
  AGENT_HANDOFF_OCCURRED: 'agent.handoff_occurred',
  AGENT_RESPONSE: 'agent.response',
  AGENT_CALENDAR_EVENT_CREATED: 'agent.calendar_event.created',
  AGENT_DNC_MARKED: 'agent.dnc.marked',
  AGENT_HANDED_OFF: 'agent.handed_off',
  AGENT_STATE_CHANGED: 'agent.state.changed',
  FLOW_EXECUTION_STARTED: 'flow.execution.started',
  FLOW_EXECUTION_COMPLETED: 'flow.execution.completed',
  FLOW_CREATED: 'flow.created',
  FLOW_UPDATED: 'flow.updated',
  FLOW_DELETED: 'flow.deleted',
  FLOW_PUBLISHED: 'flow.published',
  FLOW_EXECUTED: 'flow.executed',
  FLOW_EXECUTION_FAILED: 'flow.execution.failed',
  VERIFICATION_SENT: 'verification.sent',
  VERIFICATION_APPROVED: 'verification.approved',
  VERIFICATION_FAILED: 'verification.failed',
  VERIFICATION_CHECKED: 'verification.checked',
  VERIFICATION_FALLBACK_TRIGGERED: 'verification.fallback_triggered',
  VERIFICATION_FALLBACK_EXHAUSTED: 'verification.fallback_exhausted',
  NUMBER_PURCHASED: 'number.purchased',
  NUMBER_RELEASED: 'number.released',
  NUMBER_PORTED: 'number.ported',
  NUMBER_INVENTORY_LOW: 'number.inventory.low',
  NUMBER_UPDATED: 'number.updated',
  PORTING_REQUEST_CANCELLED: 'porting.request.cancelled',
  PORTING_REQUEST_MANUAL_REVIEW_REQUIRED: 'porting.request.manual_review_required',
  PORTING_REQUEST_LOA_SIGNED: 'porting.request.loa_signed',
  NUMBER_PORT_OUT_REQUESTED: 'number.port_out.requested',
  NUMBER_PORT_OUT_CANCELLED: 'number.port_out.cancelled',
  CONVERSATION_CREATED: 'conversation.created',
  CONVERSATION_DISPOSED: 'conversation.disposed',
  CONVERSATION_SCORED: 'conversation.scored',
  CONVERSATION_CSAT_DETRACTOR: 'conversation.csat_detractor',
  CONVERSATION_DEFLECTED: 'conversation.deflected',
  CONVERSATION_STARTED: 'conversation.started',
  CONVERSATION_CLOSED: 'conversation.closed',
  LIST_CREATED: 'list.created',
  LIST_DELETED: 'list.deleted',
  SEGMENT_CREATED: 'segment.created',
  SEGMENT_DELETED: 'segment.deleted',
  WEBHOOK_ENDPOINT_CREATED: 'webhook_endpoint.created',
  WEBHOOK_ENDPOINT_UPDATED: 'webhook_endpoint.updated',
  WEBHOOK_ENDPOINT_DELETED: 'webhook_endpoint.deleted',
  SUBSCRIPTION_UPDATED: 'subscription.updated',
  BALANCE_TOPPED_UP: 'balance.topped_up',
  CREDITS_PURCHASED: 'credits.purchased',
  BALANCE_LOW: 'balance.low',
  CREDITS_LOW: 'credits.low',
  INVOICE_CREATED: 'invoice.created',
  PAYMENT_FAILED: 'payment.failed',
  CHANNEL_FAILOVER: 'channel.failover',
  PUSH_DELIVERED: 'push.delivered',
  PUSH_OPENED: 'push.opened',
  PROXY_SESSION_CREATED: 'proxy.session.created',
  PROXY_SESSION_CLOSED: 'proxy.session.closed',
  PROXY_MESSAGE_FORWARDED: 'proxy.message.forwarded',
  WHATSAPP_ACCOUNT_UPDATE: 'whatsapp.account.update',
  WHATSAPP_ACCOUNT_BANNED: 'whatsapp.account.banned',
  WHATSAPP_ACCOUNT_RESTRICTED: 'whatsapp.account.restricted',
  WHATSAPP_PHONE_QUALITY_UPDATE: 'whatsapp.phone.quality_update',
  WHATSAPP_PHONE_NAME_UPDATE: 'whatsapp.phone.name_update',
  WHATSAPP_CAPABILITY_UPDATE: 'whatsapp.capability.update',
  WHATSAPP_SECURITY_ALERT: 'whatsapp.security.alert',
  WHATSAPP_FLOW_STATUS_CHANGE: 'whatsapp.flow.status_change',
  WHATSAPP_TEMPLATE_APPROVED: 'whatsapp.template.approved',
  WHATSAPP_TEMPLATE_REJECTED: 'whatsapp.template.rejected',
  WHATSAPP_TEMPLATE_QUALITY_UPDATE: 'whatsapp.template.quality_update',
  WHATSAPP_TEMPLATE_CATEGORY_UPDATE: 'whatsapp.template.category_update',
  WHATSAPP_TEMPLATE_COMPONENTS_UPDATE: 'whatsapp.template.components_update',
  WHATSAPP_QUALITY_CHANGED: 'whatsapp.quality.changed',
  WHATSAPP_CALL_RECEIVED: 'whatsapp.call.received',
  WHATSAPP_CALL_CONNECTED: 'whatsapp.call.connected',
  WHATSAPP_CALL_ACCEPTED: 'whatsapp.call.accepted',
  WHATSAPP_CALL_TERMINATED: 'whatsapp.call.terminated',
  WHATSAPP_CALL_PERMISSION_GRANTED: 'whatsapp.call.permission_granted',
  WHATSAPP_CALL_PERMISSION_REVOKED: 'whatsapp.call.permission_revoked',
  WHATSAPP_ACCOUNT_ALERT: 'whatsapp.account.alert',
  WHATSAPP_ACCOUNT_REVIEW_UPDATE: 'whatsapp.account.review_update',
  WHATSAPP_BUSINESS_STATUS_UPDATE: 'whatsapp.business.status_update',
  WHATSAPP_USER_PREFERENCES: 'whatsapp.user.preferences',
  WHATSAPP_DATA_EXPORT_REQUEST: 'whatsapp.data.export_request',
  WHATSAPP_DATA_DELETE_REQUEST: 'whatsapp.data.delete_request',
  WHATSAPP_ACCOUNT_SETTINGS_UPDATE: 'whatsapp.account.settings_update',
  WHATSAPP_AUTOMATIC_EVENTS: 'whatsapp.automatic_events',
  WHATSAPP_GROUP_LIFECYCLE_UPDATE: 'whatsapp.group.lifecycle_update',
  WHATSAPP_GROUP_PARTICIPANTS_UPDATE: 'whatsapp.group.participants_update',
  WHATSAPP_GROUP_SETTINGS_UPDATE: 'whatsapp.group.settings_update',
  WHATSAPP_GROUP_STATUS_UPDATE: 'whatsapp.group.status_update',
  WHATSAPP_HISTORY: 'whatsapp.history',
  WHATSAPP_PARTNER_SOLUTIONS: 'whatsapp.partner_solutions',
  WHATSAPP_PAYMENT_CONFIGURATION_UPDATE: 'whatsapp.payment_configuration_update',
  WHATSAPP_SMB_APP_STATE_SYNC: 'whatsapp.smb.app_state_sync',
  WHATSAPP_SMB_MESSAGE_ECHOES: 'whatsapp.smb.message_echoes',
  WHATSAPP_TEMPLATE_CORRECT_CATEGORY_DETECTION: 'whatsapp.template.correct_category_detection',
  WHATSAPP_TRACKING_EVENTS: 'whatsapp.tracking_events',
  SUPERVISOR_TAKEOVER_REQUESTED: 'supervisor.takeover_requested',
  SUPERVISOR_TAKEOVER_FAILED: 'supervisor.takeover_failed',
  SUPERVISOR_TAKEOVER_COMPLETED: 'supervisor.takeover_completed',
  SUPERVISOR_TAKEOVER_CANCELLED: 'supervisor.takeover_cancelled',
  SIP_TRUNK_STATUS_CHANGED: 'sip_trunk.status_changed',
  CDP_EVENT_INGESTED: 'cdp.event.ingested',
  CDP_IDENTITY_RESOLVED: 'cdp.identity.resolved',
  EMAIL_OPENED: 'email.opened',
  EMAIL_CLICKED: 'email.clicked',
  VIDEO_RECORDING_DEGRADED: 'video.recording.degraded',
  VIDEO_ROOM_STARTED: 'video.room.started',
  VIDEO_ROOM_ENDED: 'video.room.ended',
  VIDEO_PARTICIPANT_JOINED: 'video.participant.joined',
  VIDEO_PARTICIPANT_LEFT: 'video.participant.left',
  VIDEO_RECORDING_COMPLETED: 'video.recording.completed',
  VIDEO_RECORDING_FAILED: 'video.recording.failed',
  TICKET_DEFLECTED: 'ticket.deflected',
  WALLBOARD_SLA_WARNING: 'wallboard.sla_warning',
  WFM_ADHERENCE_BREACH: 'wfm.adherence_breach',
  SURVEY_CSAT_RESPONSE_RECORDED: 'survey.csat.response_recorded',
  SURVEY_NPS_RESPONSE_RECORDED: 'survey.nps.response_recorded',
  QUEUE_CALL_QUEUED: 'queue.call.queued',
  QUEUE_CALL_ABANDONED: 'queue.call.abandoned',
  QUEUE_CALL_ASSIGNED: 'queue.call.assigned',
} as const;
