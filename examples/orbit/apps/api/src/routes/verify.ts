import type { E164, IsoTimestamp, TenantContext } from '@orbit/shared';
import { dispatchTenantWebhook } from '@orbit/webhooks';
import type {
  VerificationApprovedPayload,
  VerificationCheckedPayload,
  VerificationFailedPayload,
  VerificationSentPayload,
} from '../types/platform';

/** SIM swaps more recent than this block verification outright. */
const SIM_SWAP_BLOCK_HOURS = 72;
/** SIM swaps more recent than this (but older than the block window) only warn. */
const SIM_SWAP_WARN_DAYS = 14;
const MAX_ATTEMPTS = 5;

interface Verification {
  id: string;
  to: E164;
  channel: VerificationSentPayload['channel'];
  code: string;
  attempts: number;
  expiresAt: Date;
}

const pending = new Map<string, Verification>();

/** Carrier lookup; the real one calls the SIM-swap API of the number's network. */
async function lastSimSwap(_to: E164): Promise<Date | null> {
  return null;
}

function hoursSince(date: Date): number {
  return (Date.now() - date.getTime()) / 3_600_000;
}

/** POST /v1/verify: the platform uses the verification.* event prefix (not verify.*). */
export async function startVerification(
  ctx: TenantContext,
  to: E164,
  channel: VerificationSentPayload['channel'],
): Promise<string> {
  const id = `ver_${Date.now().toString(36)}`;
  const swappedAt = await lastSimSwap(to);
  if (swappedAt && hoursSince(swappedAt) < SIM_SWAP_BLOCK_HOURS) {
    const failed: VerificationFailedPayload = {
      verification_id: id,
      to,
      reason: 'sim_swap_detected',
      last_swap_date: swappedAt.toISOString(),
      failed_at: new Date().toISOString(),
    };
    await dispatchTenantWebhook(ctx.tenantId, 'verification.failed', failed);
    return id;
  }
  const expiresAt = new Date(Date.now() + 10 * 60_000);
  pending.set(id, { id, to, channel, code: String(Math.floor(100000 + Math.random() * 900000)), attempts: 0, expiresAt });
  const sent: VerificationSentPayload = { verification_id: id, to, channel, expires_at: expiresAt.toISOString() };
  if (swappedAt && hoursSince(swappedAt) < SIM_SWAP_WARN_DAYS * 24) sent.sim_swap_warning = true;
  await dispatchTenantWebhook(ctx.tenantId, 'verification.sent', sent);
  return id;
}

/** POST /v1/verify/{id}/check */
export async function checkVerification(ctx: TenantContext, id: string, code: string): Promise<VerificationCheckedPayload['status']> {
  const verification = pending.get(id);
  if (!verification) return 'denied';
  verification.attempts++;
  const now: IsoTimestamp = new Date().toISOString();
  const expired = verification.expiresAt.getTime() < Date.now();
  const approved = !expired && code === verification.code;
  const status: VerificationCheckedPayload['status'] = approved
    ? 'approved'
    : expired || verification.attempts >= MAX_ATTEMPTS
      ? 'denied'
      : 'pending';
  const checked: VerificationCheckedPayload = { verification_id: id, status, attempts: verification.attempts, checked_at: now };
  await dispatchTenantWebhook(ctx.tenantId, 'verification.checked', checked);

  if (approved) {
    pending.delete(id);
    await approve(ctx, verification, verification.channel);
  } else if (status === 'denied') {
    pending.delete(id);
    const failed: VerificationFailedPayload = {
      verification_id: id,
      to: verification.to,
      reason: expired ? 'expired' : 'max_attempts_reached',
      failed_at: now,
    };
    await dispatchTenantWebhook(ctx.tenantId, 'verification.failed', failed);
  }
  return status;
}

/** Silent network auth callback: the carrier confirmed the device holds the SIM. */
export async function silentAuthConfirmed(ctx: TenantContext, id: string): Promise<void> {
  const verification = pending.get(id);
  if (!verification) return;
  pending.delete(id);
  await approve(ctx, verification, 'silent');
}

async function approve(
  ctx: TenantContext,
  verification: Verification,
  channel: VerificationApprovedPayload['channel'],
): Promise<void> {
  const approved: VerificationApprovedPayload = {
    verification_id: verification.id,
    to: verification.to,
    channel,
    attempts: verification.attempts,
    approved_at: new Date().toISOString(),
  };
  await dispatchTenantWebhook(ctx.tenantId, 'verification.approved', approved);
}
