import type { E164, IsoTimestamp, Metadata } from '@orbit/shared';

/** agent.created / agent.updated / agent.deleted */
export interface AgentPayload {
  agent_id: string;
  name: string;
  modality: 'voice' | 'text';
  /** LLM the agent runs on. @example "gpt-4.1-mini" */
  model: string;
  /** MCP tools the agent may call. */
  tools: string[];
  version: number;
  updated_at: IsoTimestamp;
}

/** agent.deployed */
export type AgentDeployedPayload = Pick<AgentPayload, 'agent_id' | 'version'> & {
  deployment_id: string;
  /** Phone numbers / channels now routed to this version. */
  bound_numbers: E164[];
  deployed_at: IsoTimestamp;
};

/** agent.dnc.marked */
export interface AgentDncMarkedPayload {
  agent_id: string;
  conversation_id: string;
  phone_number: E164;
  channel: 'voice' | 'sms' | 'whatsapp';
  /** Reason the agent passed to mark_dnc, verbatim. */
  reason: string;
  suppression_id: string;
  /** True when the number was also mirrored into dnc_list (voice and SMS only). */
  dnc_list_mirrored: boolean;
  marked_at: IsoTimestamp;
}

/** A node of a flow graph; branches nest as children. */
export interface FlowStep {
  id: string;
  type: 'send_message' | 'wait' | 'branch' | 'webhook' | 'agent' | 'end';
  /** Step-specific settings, all serialised as strings by the builder. */
  config: Metadata;
  children: FlowStep[];
}

/** flow.created / flow.updated / flow.published / flow.deleted */
export interface FlowPayload {
  flow_id: string;
  name: string;
  version: number;
  trigger: 'inbound_message' | 'inbound_call' | 'api' | 'schedule';
  steps: FlowStep[];
  published: boolean;
  updated_at: IsoTimestamp;
}

/** Channels a verification can be delivered or approved on. */
export type VerificationChannel = 'sms' | 'voice' | 'whatsapp' | 'email' | 'silent';

/** verification.sent */
export interface VerificationSentPayload {
  verification_id: string;
  to: E164;
  channel: Exclude<VerificationChannel, 'silent'>;
  expires_at: IsoTimestamp;
  /** Present (and true) when a SIM swap was seen on the number recently; the code is still sent. */
  sim_swap_warning?: true;
}

/** verification.approved */
export interface VerificationApprovedPayload {
  verification_id: string;
  to: E164;
  /** "silent" when approved through silent network authentication (no code entered). */
  channel: VerificationChannel;
  attempts: number;
  approved_at: IsoTimestamp;
}

/** verification.failed */
export interface VerificationFailedPayload {
  verification_id: string;
  to: E164;
  reason: 'max_attempts_reached' | 'expired' | 'invalid_code' | 'sim_swap_detected';
  /** Only with reason "sim_swap_detected": when the carrier last saw a SIM swap. */
  last_swap_date?: IsoTimestamp;
  failed_at: IsoTimestamp;
}

/** verification.checked */
export interface VerificationCheckedPayload {
  verification_id: string;
  status: 'pending' | 'approved' | 'denied';
  attempts: number;
  checked_at: IsoTimestamp;
}

/** number.purchased / number.released / number.updated */
export interface PhoneNumberPayload {
  number_id: string;
  phone_number: E164;
  /** ISO 3166-1 alpha-2. */
  country: string;
  capabilities: Array<'sms' | 'mms' | 'voice' | 'fax'>;
  /** Monthly price in the tenant's billing currency, minor units. */
  monthly_cost_cents: number;
  messaging_profile_id: string | null;
  voice_app_id: string | null;
  /** Present (and true) when the number was re-claimed from the parking pool. */
  reclaimed?: true;
}

/** A port request, inbound (port-IN) or outbound (port-OUT). */
export interface PortRequestPayload {
  port_request_id: string;
  direction: 'in' | 'out';
  phone_numbers: E164[];
  /** Carrier losing (port-IN) or gaining (port-OUT) the numbers. */
  counterparty_carrier: string;
  status: 'submitted' | 'manual_review' | 'loa_signed' | 'foc_confirmed' | 'completed' | 'cancelled';
  /** Firm order commitment date, once the carrier confirmed it. */
  foc_date: IsoTimestamp | null;
  updated_at: IsoTimestamp;
}
