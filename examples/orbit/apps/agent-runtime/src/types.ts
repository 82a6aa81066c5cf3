import type { IsoTimestamp, Metadata } from '@orbit/shared';

/** agent.conversation.started */
export interface AgentConversationStartedPayload {
  agent_id: string;
  conversation_id: string;
  channel: 'voice' | 'sms' | 'whatsapp' | 'web_chat';
  contact_id: string | null;
  started_at: IsoTimestamp;
}

/** agent.conversation.ended */
export type AgentConversationEndedPayload = AgentConversationStartedPayload & {
  ended_at: IsoTimestamp;
  turns: number;
  outcome: 'resolved' | 'handed_off' | 'abandoned' | 'error';
  /** LLM usage for the whole conversation. */
  usage: { input_tokens: number; output_tokens: number };
};

/** agent.response: one agent turn. */
export interface AgentResponsePayload {
  agent_id: string;
  conversation_id: string;
  turn: number;
  text: string;
  tool_calls: Array<{ name: string; arguments: Metadata; duration_ms: number }>;
  latency_ms: number;
}

/** What an agent is doing; the payload of agent.state.changed is discriminated by `state`. */
export type AgentState =
  | { state: 'idle' }
  | { state: 'in_conversation'; conversation_id: string }
  | { state: 'calling_tool'; conversation_id: string; tool: string }
  | { state: 'error'; error_code: string; message: string };

/** agent.state.changed */
export type AgentStateChangedPayload = AgentState & {
  agent_id: string;
  previous_state: AgentState['state'];
  changed_at: IsoTimestamp;
};

/** agent.handoff.requested: escalation to a human operator. */
export interface AgentHandoffRequestedPayload {
  agent_id: string;
  conversation_id: string;
  reason: string;
  /** Inbox queue the conversation was routed to. */
  queue_id: string;
  /** Agent-written summary handed to the human. */
  summary: string;
  requested_at: IsoTimestamp;
}

/** agent.handed_off: a human accepted the conversation. */
export interface AgentHandedOffPayload {
  agent_id: string;
  conversation_id: string;
  assignee_id: string;
  wait_seconds: number;
  handed_off_at: IsoTimestamp;
}

/** agent.handoff_occurred: delegation to another specialist agent. */
export interface AgentHandoffOccurredPayload {
  conversation_id: string;
  from_agent_id: string;
  to_agent_id: string;
  /** Reason passed to transfer_to_agent. */
  reason: string;
  /** Context variables carried over to the specialist. */
  context: Metadata;
  occurred_at: IsoTimestamp;
}

/** agent.calendar_event.created */
export interface AgentCalendarEventPayload {
  agent_id: string;
  conversation_id: string;
  calendar_event_id: string;
  provider: 'google' | 'microsoft' | 'calendly';
  title: string;
  starts_at: IsoTimestamp;
  ends_at: IsoTimestamp;
  attendees: Array<{ email: string; name: string | null }>;
}
