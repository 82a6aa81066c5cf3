import { buildWebhookJobs, webhookQueue } from '@orbit/webhooks';
import type { RecordingRetentionDeletedPayload } from './types';

/** Tenants get this long to mirror an asset before it is purged. */
const PURGE_NOTICE_MS = 24 * 60 * 60 * 1000;

/** An asset past its tenant's retention period. */
export interface ExpiringAsset {
  tenant_id: string;
  asset_id: string;
  asset_type: RecordingRetentionDeletedPayload['asset_type'];
  gcs_path: string;
  retention_days: number;
}

/** Nightly retention sweep: notifies tenants 24h ahead of the GCS purge. */
export function scheduleRetentionPurges(
  assets: ExpiringAsset[],
  now: Date,
  signUrl: (gcsPath: string, expiresAt: Date) => string,
): Date {
  const purgeAt = new Date(now.getTime() + PURGE_NOTICE_MS);
  for (const asset of assets) {
    const payload: RecordingRetentionDeletedPayload = {
      recording_id: asset.asset_id,
      asset_type: asset.asset_type,
      download_url: signUrl(asset.gcs_path, purgeAt),
      purge_scheduled_at: purgeAt.toISOString(),
      retention_days: asset.retention_days,
    };
    for (const job of buildWebhookJobs({ tenantId: asset.tenant_id, event: 'recording.retention_deleted', payload })) {
      webhookQueue.enqueue(job);
    }
  }
  return purgeAt;
}
