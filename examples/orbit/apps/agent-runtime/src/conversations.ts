import { WEBHOOK_EVENTS } from '@orbit/shared';
import { dispatchTenantWebhook } from '@orbit/webhooks';
import type {
  AgentConversationEndedPayload,
  AgentConversationStartedPayload,
  AgentResponsePayload,
  AgentState,
  AgentStateChangedPayload,
} from './types';

interface Session {
  tenantId: string;
  started: AgentConversationStartedPayload;
  turns: number;
  inputTokens: number;
  outputTokens: number;
}

const sessions = new Map<string, Session>();
const agentStates = new Map<string, AgentState>();

/** Records a state transition of an agent worker. */
export async function setAgentState(tenantId: string, agentId: string, next: AgentState): Promise<void> {
  const previous = agentStates.get(agentId) ?? { state: 'idle' };
  agentStates.set(agentId, next);
  const payload: AgentStateChangedPayload = {
    ...next,
    agent_id: agentId,
    previous_state: previous.state,
    changed_at: new Date().toISOString(),
  };
  await dispatchTenantWebhook(tenantId, WEBHOOK_EVENTS.AGENT_STATE_CHANGED, payload);
}

/** An agent picked up an inbound call or message thread. */
export async function beginConversation(tenantId: string, started: AgentConversationStartedPayload): Promise<void> {
  sessions.set(started.conversation_id, { tenantId, started, turns: 0, inputTokens: 0, outputTokens: 0 });
  await dispatchTenantWebhook(tenantId, WEBHOOK_EVENTS.AGENT_CONVERSATION_STARTED, started);
  await setAgentState(tenantId, started.agent_id, { state: 'in_conversation', conversation_id: started.conversation_id });
}

/** One LLM turn finished and was sent to the user. */
export async function recordResponse(
  conversationId: string,
  response: Omit<AgentResponsePayload, 'turn'>,
  usage: { input_tokens: number; output_tokens: number },
): Promise<void> {
  const session = sessions.get(conversationId);
  if (!session) return;
  session.turns++;
  session.inputTokens += usage.input_tokens;
  session.outputTokens += usage.output_tokens;
  const payload: AgentResponsePayload = { ...response, turn: session.turns };
  await dispatchTenantWebhook(session.tenantId, WEBHOOK_EVENTS.AGENT_RESPONSE, payload);
}

/** The conversation ended, whichever way. */
export async function endConversation(conversationId: string, outcome: AgentConversationEndedPayload['outcome']): Promise<void> {
  const session = sessions.get(conversationId);
  if (!session) return;
  sessions.delete(conversationId);
  const ended: AgentConversationEndedPayload = {
    ...session.started,
    ended_at: new Date().toISOString(),
    turns: session.turns,
    outcome,
    usage: { input_tokens: session.inputTokens, output_tokens: session.outputTokens },
  };
  await dispatchTenantWebhook(session.tenantId, WEBHOOK_EVENTS.AGENT_CONVERSATION_ENDED, ended);
  await setAgentState(session.tenantId, session.started.agent_id, { state: 'idle' });
}
