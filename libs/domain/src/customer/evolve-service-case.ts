import type { ComplaintResolved, FollowUpRecorded } from './customer-events.js';
import type { RegisteredCustomer } from './customer-state.js';

/** What a service case changes on the customer: its complaints, open or resolved, and its latest inquiry. */
export function evolveServiceCase(state: RegisteredCustomer, event: FollowUpRecorded | ComplaintResolved): RegisteredCustomer {
  const { complaints } = state;
  if (event.type === 'ComplaintResolved') {
    const { followUpId, resolvedAt } = event.data;
    return { ...state, complaints: complaints.map((c) => (c.followUpId === followUpId ? { ...c, resolvedAt } : c)) };
  }
  const { kind, followUpId, at, category } = event.data;
  if (kind === 'complaint') return { ...state, complaints: [...complaints, category === undefined ? { followUpId, at } : { followUpId, at, category }] };
  if (kind === 'inquiry' && (state.lastInquiryAt === undefined || at > state.lastInquiryAt)) return { ...state, lastInquiryAt: at };
  return state;
}
