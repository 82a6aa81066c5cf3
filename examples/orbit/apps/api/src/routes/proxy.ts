import type { E164, TenantContext } from '@orbit/shared';
import { dispatchTenantWebhook } from '@orbit/webhooks';
import type { ProxyMessageForwardedPayload, ProxySessionPayload } from '../types/engagement';

const sessions = new Map<string, ProxySessionPayload>();

/** POST /v1/proxy/sessions: pairs two real numbers behind one masked number. */
export async function createProxySession(
  ctx: TenantContext,
  proxyNumber: E164,
  parties: Array<{ real_number: E164; label: string }>,
  ttlSeconds = 86_400,
): Promise<ProxySessionPayload> {
  const session: ProxySessionPayload = {
    session_id: `pxs_${Date.now().toString(36)}`,
    proxy_number: proxyNumber,
    participants: parties.map((p, i) => ({ participant_id: `pxp_${i + 1}`, ...p })),
    ttl_seconds: ttlSeconds,
    status: 'open',
    created_at: new Date().toISOString(),
    closed_at: null,
  };
  sessions.set(session.session_id, session);
  await dispatchTenantWebhook(ctx.tenantId, 'proxy.session.created', session);
  return session;
}

/** DELETE /v1/proxy/sessions/{id}, or TTL expiry. */
export async function closeProxySession(ctx: TenantContext, sessionId: string): Promise<void> {
  const session = sessions.get(sessionId);
  if (!session) return;
  sessions.delete(sessionId);
  const closed: ProxySessionPayload = { ...session, status: 'closed', closed_at: new Date().toISOString() };
  await dispatchTenantWebhook(ctx.tenantId, 'proxy.session.closed', closed);
}

/** Inbound message on a proxy number, relayed to the other participant. */
export async function forwardProxyMessage(ctx: TenantContext, sessionId: string, from: E164, messageId: string): Promise<void> {
  const session = sessions.get(sessionId);
  const sender = session?.participants.find((p) => p.real_number === from);
  const recipient = session?.participants.find((p) => p.real_number !== from);
  if (!session || !sender || !recipient) return;
  const payload: ProxyMessageForwardedPayload = {
    session_id: sessionId,
    message_id: messageId,
    from_participant_id: sender.participant_id,
    to_participant_id: recipient.participant_id,
    proxy_number: session.proxy_number,
    forwarded_at: new Date().toISOString(),
  };
  await dispatchTenantWebhook(ctx.tenantId, 'proxy.message.forwarded', payload);
}
