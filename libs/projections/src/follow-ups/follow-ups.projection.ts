import type { RecordedEvent } from '#event-store';
import { type FollowUpRecorded, customerIdOfStream } from '#domain';
import type { CollectionSpec, ReadDocument } from '#read-store';
import { customerEventOf } from '../customer-event.js';
import type { Projection, ProjectionDocuments } from '../projection.js';

export const FOLLOW_UPS = 'follow-ups';

/** The recorded follow-up as stored, keyed by its id, with the time the store recorded it. */
export type FollowUpDocument = ReadDocument &
  Omit<FollowUpRecorded['data'], 'followUpId'> & {
    id: string;
    recordedAt: string;
    /** Set on a complaint once ComplaintResolved closes it. */
    resolution?: string;
    resolvedAt?: string;
    resolvedBy?: string;
  };

const followUpsCollection: CollectionSpec = {
  name: FOLLOW_UPS,
  fields: { customerId: 'text', at: 'text', recordedBy: 'text', nextFollowUpAt: 'text', kind: 'text' },
};

/** One document per follow-up; the customer's visibility is checked against its profile at query time. */
function followUpDocumentOf(recorded: RecordedEvent): FollowUpDocument | undefined {
  const event = customerEventOf(recorded);
  if (event?.type !== 'FollowUpRecorded') return undefined;
  const { customerId: _customerId, followUpId, ...followUp } = event.data;
  return { ...followUp, id: followUpId, customerId: customerIdOfStream(recorded.streamId), recordedAt: recorded.metadata.recordedAt };
}

export const followUpsProjection: Projection = {
  name: 'follow-ups',
  collections: [followUpsCollection],
  async apply(event: RecordedEvent, documents: ProjectionDocuments): Promise<void> {
    const document = followUpDocumentOf(event);
    if (document) return documents.put(FOLLOW_UPS, document);
    const resolved = customerEventOf(event);
    if (resolved?.type !== 'ComplaintResolved') return;
    const { followUpId, resolution, resolvedAt, resolvedBy } = resolved.data;
    const complaint = await documents.get<FollowUpDocument>(FOLLOW_UPS, followUpId);
    if (complaint) documents.put(FOLLOW_UPS, { ...complaint, resolution, resolvedAt, resolvedBy });
  },
};
