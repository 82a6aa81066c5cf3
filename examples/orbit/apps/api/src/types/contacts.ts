import type { E164, IsoTimestamp, MessagingChannel } from '@orbit/shared';

/** A contact as returned by GET /v1/contacts/{id}. */
export interface ContactPayload {
  contact_id: string;
  phone_number: E164 | null;
  email: string | null;
  first_name: string | null;
  last_name: string | null;
  /** Custom traits set through the API or CDP identify calls. */
  traits: Record<string, string>;
  tags: string[];
  created_at: IsoTimestamp;
  updated_at: IsoTimestamp;
}

/** contact.updated: the contact after the change, plus which fields changed. */
export type ContactUpdatedPayload = ContactPayload & {
  changed_fields: Array<keyof ContactPayload>;
};

/** contact.deleted: only identifiers survive deletion. */
export type ContactDeletedPayload = Pick<ContactPayload, 'contact_id' | 'phone_number' | 'email'> & {
  deleted_at: IsoTimestamp;
};

/** contact.merged */
export interface ContactMergedPayload {
  /** The contact that survives the merge. */
  contact_id: string;
  /** Contacts folded into it and deleted. */
  merged_contact_ids: string[];
  merged_at: IsoTimestamp;
}

/** contact.bulk_imported: one summary per import batch. */
export interface ContactBulkImportedPayload {
  /** New contact rows created on this batch */
  imported: number;
  /** Existing contact rows merged on this batch (upsert toggle on) */
  updated: number;
  /** Rows rejected by validation / dedup / DB constraint */
  failed: number;
  /** imported + updated + failed */
  total: number;
  /**
   * Stable identifier for this batch — present when the API was able to persist the
   * import-jobs row; null only on legacy in-line imports without a job row.
   * @example "imp_01HZX3K9Q2B7"
   */
  import_batch_id: string | null;
}

/** contact.opted_in / contact.opted_out */
export interface ContactOptPayload {
  contact_id: string;
  phone_number: E164;
  channel: MessagingChannel;
  /** The keyword as received, upper-cased. @example "STOP" */
  keyword: string;
  /** The registered sender the keyword was sent to. */
  sender: E164;
  occurred_at: IsoTimestamp;
}

/** contact.trait_changed: one computed trait changed value. */
export interface ContactTraitChangedPayload {
  contact_id: string;
  trait: string;
  previous_value: string | null;
  new_value: string | null;
  computed_at: IsoTimestamp;
}

/** list.created / list.deleted */
export interface ListPayload {
  list_id: string;
  name: string;
  contact_count: number;
  created_at: IsoTimestamp;
}

/** A segment filter rule; groups nest arbitrarily. */
export type SegmentRule =
  | { kind: 'trait'; trait: string; operator: 'eq' | 'neq' | 'contains' | 'exists'; value: string | null }
  | { kind: 'group'; combinator: 'and' | 'or'; rules: SegmentRule[] };

/** segment.created / segment.deleted */
export interface SegmentPayload {
  segment_id: string;
  name: string;
  rule: SegmentRule;
  estimated_size: number;
  created_at: IsoTimestamp;
}
