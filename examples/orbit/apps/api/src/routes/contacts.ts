import type { E164, Metadata, TenantContext } from '@orbit/shared';
import { dispatchTenantWebhook } from '@orbit/webhooks';
import type {
  ContactBulkImportedPayload,
  ContactDeletedPayload,
  ContactMergedPayload,
  ContactPayload,
  ContactUpdatedPayload,
} from '../types/contacts';

/** One CSV row or JSON item of a bulk import. */
export interface ContactImportRow {
  phone_number?: E164;
  email?: string;
  first_name?: string;
  last_name?: string;
  traits?: Metadata;
}

const contacts = new Map<string, ContactPayload>();

/** POST /v1/contacts */
export async function createContact(ctx: TenantContext, row: ContactImportRow): Promise<ContactPayload> {
  const now = new Date().toISOString();
  const contact: ContactPayload = {
    contact_id: `con_${contacts.size + 1}`,
    phone_number: row.phone_number ?? null,
    email: row.email ?? null,
    first_name: row.first_name ?? null,
    last_name: row.last_name ?? null,
    traits: row.traits ?? {},
    tags: [],
    created_at: now,
    updated_at: now,
  };
  contacts.set(contact.contact_id, contact);
  await dispatchTenantWebhook(ctx.tenantId, 'contact.created', contact);
  return contact;
}

/** PATCH /v1/contacts/{id} */
export async function updateContact(
  ctx: TenantContext,
  contactId: string,
  patch: Partial<Pick<ContactPayload, 'first_name' | 'last_name' | 'email' | 'traits' | 'tags'>>,
): Promise<ContactPayload | null> {
  const existing = contacts.get(contactId);
  if (!existing) return null;
  const updated: ContactPayload = { ...existing, ...patch, updated_at: new Date().toISOString() };
  contacts.set(contactId, updated);
  const payload: ContactUpdatedPayload = {
    ...updated,
    changed_fields: Object.keys(patch) as Array<keyof ContactPayload>,
  };
  await dispatchTenantWebhook(ctx.tenantId, 'contact.updated', payload);
  return updated;
}

/** DELETE /v1/contacts/{id} */
export async function deleteContact(ctx: TenantContext, contactId: string): Promise<void> {
  const existing = contacts.get(contactId);
  if (!existing) return;
  contacts.delete(contactId);
  const payload: ContactDeletedPayload = {
    contact_id: existing.contact_id,
    phone_number: existing.phone_number,
    email: existing.email,
    deleted_at: new Date().toISOString(),
  };
  await dispatchTenantWebhook(ctx.tenantId, 'contact.deleted', payload);
}

/** POST /v1/contacts/{id}/merge */
export async function mergeContacts(ctx: TenantContext, survivorId: string, otherIds: string[]): Promise<void> {
  for (const id of otherIds) contacts.delete(id);
  const payload: ContactMergedPayload = {
    contact_id: survivorId,
    merged_contact_ids: otherIds,
    merged_at: new Date().toISOString(),
  };
  await dispatchTenantWebhook(ctx.tenantId, 'contact.merged', payload);
}

/**
 * POST /v1/contacts/bulk and the CSV upload worker. One webhook per batch, never per row:
 * tenants importing 500k rows must not receive 500k deliveries.
 */
export async function bulkImportContacts(
  ctx: TenantContext,
  rows: ContactImportRow[],
  options: { upsert: boolean; importBatchId: string | null },
): Promise<ContactBulkImportedPayload> {
  let imported = 0;
  let updated = 0;
  let failed = 0;
  for (const row of rows) {
    if (!row.phone_number && !row.email) {
      failed++;
      continue;
    }
    const match = [...contacts.values()].find((c) => c.phone_number === row.phone_number);
    if (match && !options.upsert) failed++;
    else if (match) updated++;
    else imported++;
  }
  const summary: ContactBulkImportedPayload = {
    imported,
    updated,
    failed,
    total: imported + updated + failed,
    import_batch_id: options.importBatchId,
  };
  await dispatchTenantWebhook(ctx.tenantId, 'contact.bulk_imported', summary);
  return summary;
}
