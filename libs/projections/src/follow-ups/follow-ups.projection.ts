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
    const change = customerEventOf(event);
    if (change?.type === 'ComplaintResolved') {
      const { followUpId, resolution, resolvedAt, resolvedBy } = change.data;
      const complaint = await documents.get<FollowUpDocument>(FOLLOW_UPS, followUpId);
      if (complaint) documents.put(FOLLOW_UPS, { ...complaint, resolution, resolvedAt, resolvedBy });
    }
    // A merge moves follow-ups by id: the survivor's event says where they went and back.
    if (change?.type === 'CustomerAbsorbed') await moveTo(documents, change.data.moved.followUps, customerIdOfStream(event.streamId));
    if (change?.type === 'CustomerAbsorptionReverted') await moveTo(documents, change.data.returned.followUps, change.data.from);
  },
};

async function moveTo(documents: ProjectionDocuments, followUps: readonly { followUpId: string }[], customerId: string): Promise<void> {
  for (const { followUpId } of followUps) {
    const followUp = await documents.get<FollowUpDocument>(FOLLOW_UPS, followUpId);
    if (followUp) documents.put(FOLLOW_UPS, { ...followUp, customerId });
  }
}
