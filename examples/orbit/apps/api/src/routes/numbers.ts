import { WEBHOOK_EVENTS, type E164, type TenantContext } from '@orbit/shared';
import { dispatchTenantWebhook } from '@orbit/webhooks';
import type { PhoneNumberPayload, PortRequestPayload } from '../types/platform';

/** Numbers released within this window sit in the parking pool and can be re-claimed. */
const PARKING_DAYS = 30;

const parkingPool = new Map<E164, { releasedAt: Date; number: PhoneNumberPayload }>();

/** POST /v1/numbers */
export async function purchaseNumber(ctx: TenantContext, phoneNumber: E164, country: string): Promise<PhoneNumberPayload> {
  const parked = parkingPool.get(phoneNumber);
  const reclaimable = parked && Date.now() - parked.releasedAt.getTime() < PARKING_DAYS * 86_400_000;
  const number: PhoneNumberPayload = reclaimable
    ? { ...parked.number, reclaimed: true }
    : {
        number_id: `pn_${Date.now().toString(36)}`,
        phone_number: phoneNumber,
        country,
        capabilities: ['sms', 'voice'],
        monthly_cost_cents: 115,
        messaging_profile_id: null,
        voice_app_id: null,
      };
  parkingPool.delete(phoneNumber);
  await dispatchTenantWebhook(ctx.tenantId, WEBHOOK_EVENTS.NUMBER_PURCHASED, number);
  return number;
}

/** DELETE /v1/numbers/{id}: the number is parked, not returned to the carrier right away. */
export async function releaseNumber(ctx: TenantContext, number: PhoneNumberPayload): Promise<void> {
  const { reclaimed: _reclaimed, ...rest } = number;
  const released: PhoneNumberPayload = rest;
  parkingPool.set(number.phone_number, { releasedAt: new Date(), number: released });
  await dispatchTenantWebhook(ctx.tenantId, WEBHOOK_EVENTS.NUMBER_RELEASED, released);
}

/** PATCH /v1/numbers/{id} */
export async function updateNumber(
  ctx: TenantContext,
  number: PhoneNumberPayload,
  patch: Partial<Pick<PhoneNumberPayload, 'messaging_profile_id' | 'voice_app_id'>>,
): Promise<PhoneNumberPayload> {
  const updated: PhoneNumberPayload = { ...number, ...patch };
  await dispatchTenantWebhook(ctx.tenantId, WEBHOOK_EVENTS.NUMBER_UPDATED, updated);
  return updated;
}

/** Carrier callback: a port-IN completed and the numbers are live on Orbit. */
export async function portInCompleted(ctx: TenantContext, port: PortRequestPayload): Promise<void> {
  const completed: PortRequestPayload = { ...port, status: 'completed', updated_at: new Date().toISOString() };
  await dispatchTenantWebhook(ctx.tenantId, WEBHOOK_EVENTS.NUMBER_PORTED, completed);
}

/** POST /v1/porting/{id}/cancel */
export async function cancelPortIn(ctx: TenantContext, port: PortRequestPayload): Promise<void> {
  const cancelled: PortRequestPayload = { ...port, status: 'cancelled', updated_at: new Date().toISOString() };
  await dispatchTenantWebhook(ctx.tenantId, WEBHOOK_EVENTS.PORTING_REQUEST_CANCELLED, cancelled);
}

/** The losing carrier rejected the automated submission; a porting specialist takes over. */
export async function portInNeedsManualReview(ctx: TenantContext, port: PortRequestPayload): Promise<void> {
  const review: PortRequestPayload = { ...port, status: 'manual_review', updated_at: new Date().toISOString() };
  await dispatchTenantWebhook(ctx.tenantId, WEBHOOK_EVENTS.PORTING_REQUEST_MANUAL_REVIEW_REQUIRED, review);
}

/** POST /v1/porting/{id}/loa: the customer e-signed the letter of authorization. */
export async function signLoa(ctx: TenantContext, port: PortRequestPayload): Promise<void> {
  const signed: PortRequestPayload = { ...port, status: 'loa_signed', updated_at: new Date().toISOString() };
  await dispatchTenantWebhook(ctx.tenantId, WEBHOOK_EVENTS.PORTING_REQUEST_LOA_SIGNED, signed);
}

/** Gaining-carrier request to port one of the tenant's numbers away. */
export async function portOutRequested(ctx: TenantContext, port: PortRequestPayload): Promise<void> {
  await dispatchTenantWebhook(ctx.tenantId, WEBHOOK_EVENTS.NUMBER_PORT_OUT_REQUESTED, port);
}

/** The gaining carrier withdrew its port-OUT request. */
export async function portOutCancelled(ctx: TenantContext, port: PortRequestPayload): Promise<void> {
  const cancelled: PortRequestPayload = { ...port, status: 'cancelled', updated_at: new Date().toISOString() };
  await dispatchTenantWebhook(ctx.tenantId, WEBHOOK_EVENTS.NUMBER_PORT_OUT_CANCELLED, cancelled);
}
