import { WEBHOOK_EVENTS, type TenantContext } from '@orbit/shared';
import { dispatchTenantWebhook } from '@orbit/webhooks';
import type {
  BalanceToppedUpPayload,
  CreditsPurchasedPayload,
  InvoicePayload,
  PaymentFailedPayload,
  SubscriptionPayload,
} from '../types/billing';

/** Stripe webhook → customer.subscription.updated */
export async function onSubscriptionUpdated(ctx: TenantContext, subscription: SubscriptionPayload): Promise<void> {
  await dispatchTenantWebhook(ctx.tenantId, WEBHOOK_EVENTS.SUBSCRIPTION_UPDATED, subscription);
}

/**
 * A top-up settled (card, auto-recharge, bank transfer or promo). The deprecated
 * credits.purchased alias is still sent for integrations built before balance.topped_up.
 */
export async function onTopUpSettled(ctx: TenantContext, topUp: BalanceToppedUpPayload): Promise<void> {
  await dispatchTenantWebhook(ctx.tenantId, WEBHOOK_EVENTS.BALANCE_TOPPED_UP, topUp);
  const legacy: CreditsPurchasedPayload = { ...topUp, credits: topUp.amount_cents };
  await dispatchTenantWebhook(ctx.tenantId, WEBHOOK_EVENTS.CREDITS_PURCHASED, legacy);
}

/** Monthly invoice run, or a one-off invoice from the dashboard. */
export async function onInvoiceCreated(ctx: TenantContext, invoice: InvoicePayload): Promise<void> {
  await dispatchTenantWebhook(ctx.tenantId, WEBHOOK_EVENTS.INVOICE_CREATED, invoice);
}

/** Stripe webhook → payment_intent.payment_failed */
export async function onPaymentFailed(ctx: TenantContext, payment: PaymentFailedPayload): Promise<void> {
  await dispatchTenantWebhook(ctx.tenantId, WEBHOOK_EVENTS.PAYMENT_FAILED, payment);
}
