import type { IsoTimestamp } from '@orbit/shared';

/** subscription.updated */
export interface SubscriptionPayload {
  subscription_id: string;
  plan: 'free' | 'starter' | 'growth' | 'enterprise';
  status: 'trialing' | 'active' | 'past_due' | 'cancelled';
  current_period_end: IsoTimestamp;
  previous_plan: SubscriptionPayload['plan'] | null;
}

/** balance.topped_up */
export interface BalanceToppedUpPayload {
  /** Amount added, in minor units of `currency`. @example 5000 */
  amount_cents: number;
  currency: 'USD' | 'EUR' | 'GBP';
  /** Balance after the top-up, minor units. */
  balance_cents: number;
  source: 'card' | 'auto_recharge' | 'bank_transfer' | 'promo';
  payment_id: string;
  topped_up_at: IsoTimestamp;
}

/** credits.purchased: balance.topped_up plus the legacy credit count. */
export type CreditsPurchasedPayload = BalanceToppedUpPayload & {
  /** Legacy: amount expressed in credits (1 credit = 1 cent). */
  credits: number;
};

/** invoice.created */
export interface InvoicePayload {
  invoice_id: string;
  number: string;
  total_cents: number;
  currency: BalanceToppedUpPayload['currency'];
  lines: Array<{ description: string; quantity: number; unit_cents: number }>;
  due_at: IsoTimestamp;
  pdf_url: string;
}

/** payment.failed */
export interface PaymentFailedPayload {
  payment_id: string;
  invoice_id: string | null;
  amount_cents: number;
  currency: BalanceToppedUpPayload['currency'];
  /** Processor decline code. @example "card_declined" */
  failure_code: string;
  /** When the processor will try again; null when it gave up. */
  next_attempt_at: IsoTimestamp | null;
}
