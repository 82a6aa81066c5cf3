import type { E164, IsoTimestamp } from '@orbit/shared';

/** queue.call.queued / queue.call.abandoned / queue.call.assigned */
export interface QueueCallPayload {
  queue_id: string;
  call_id: string;
  from: E164;
  /** 1-based position when the call entered the queue. */
  position: number;
  /** Skills the routing engine matched on. */
  required_skills: string[];
  queued_at: IsoTimestamp;
  /** Seconds waited so far (queued: 0). */
  wait_seconds: number;
}

/** queue.call.assigned */
export type QueueCallAssignedPayload = QueueCallPayload & { agent_id: string; assigned_at: IsoTimestamp };

/** queue.call.abandoned */
export type QueueCallAbandonedPayload = QueueCallPayload & { abandoned_at: IsoTimestamp; /** Caller hung up during the IVR announcement. */ during_announcement: boolean };

/** wallboard.sla_warning */
export interface WallboardSlaWarningPayload {
  queue_id: string;
  /** Share of calls answered within the SLA target over the window, 0..1. */
  service_level: number;
  target_service_level: number;
  /** SLA answer target in seconds. @example 20 */
  target_answer_seconds: number;
  calls_waiting: number;
  longest_wait_seconds: number;
  window_minutes: number;
}

/** wfm.adherence_breach */
export interface WfmAdherenceBreachPayload {
  agent_id: string;
  scheduled_activity: 'available' | 'break' | 'lunch' | 'training' | 'meeting';
  actual_state: 'available' | 'on_call' | 'after_call_work' | 'away' | 'offline';
  /** Minutes out of adherence when the breach fired. */
  out_of_adherence_minutes: number;
  schedule_id: string;
  breached_at: IsoTimestamp;
}

/** survey.csat.response_recorded / survey.nps.response_recorded */
export interface SurveyResponsePayload {
  survey_id: string;
  call_id: string | null;
  conversation_id: string | null;
  contact_id: string | null;
  kind: 'csat' | 'nps';
  /** CSAT 1..5 or NPS 0..10. */
  score: number;
  /** Free-text comment, when the survey asked for one. */
  comment: string | null;
  channel: 'ivr' | 'sms' | 'email' | 'web';
  recorded_at: IsoTimestamp;
}

/** conversation.csat_detractor */
export interface CsatDetractorPayload {
  conversation_id: string;
  contact_id: string | null;
  survey_id: string;
  kind: SurveyResponsePayload['kind'];
  score: number;
  assignee_id: string | null;
  agent_id: string | null;
}

/** conversation.disposed */
export interface ConversationDisposedPayload {
  conversation_id: string;
  disposition: string;
  engine: 'ai' | 'rule';
  /** Rule id or model name that chose the disposition. */
  decided_by: string;
  confidence: number | null;
  disposed_at: IsoTimestamp;
}

/** conversation.scored */
export interface ConversationScoredPayload {
  conversation_id: string;
  scorecard_id: string;
  /** Overall score 0..100. */
  score: number;
  criteria: Array<{ criterion: string; score: number; max: number; comment: string | null }>;
  scored_by: 'ai' | 'reviewer';
  scored_at: IsoTimestamp;
}

/** conversation.deflected / ticket.deflected */
export interface DeflectionPayload {
  conversation_id: string;
  /** Set on ticket.deflected: the help-desk ticket that was never opened or auto-closed. */
  ticket_id: string | null;
  resolved_by: 'ai_agent' | 'help_center' | 'flow';
  agent_id: string | null;
  /** Articles or answers shown to the customer. */
  sources: Array<{ title: string; url: string }>;
  deflected_at: IsoTimestamp;
}
