import type { IsoTimestamp, MessagingChannel, Metadata } from '@orbit/shared';

/** campaign.created / campaign.updated / campaign.deleted */
export interface CampaignPayload {
  campaign_id: string;
  name: string;
  status: 'draft' | 'scheduled' | 'running' | 'paused' | 'completed' | 'cancelled';
  channel: MessagingChannel;
  list_ids: string[];
  /** Null for campaigns started manually. */
  scheduled_at: IsoTimestamp | null;
  metadata: Metadata;
  created_at: IsoTimestamp;
  updated_at: IsoTimestamp;
}
