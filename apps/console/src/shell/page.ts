import type { ComponentType } from 'preact';
import type { Messages } from './i18n.js';
import type { ProbedPermission } from './permission-probes.js';

/** What the shell gives a page: the `:name` segments of its path and the route's query. */
export interface PageProps {
  params: Record<string, string>;
  query: URLSearchParams;
}

export type PageComponent = ComponentType<PageProps>;

/** One entry of the page registry (pages/registry.ts). */
export interface PageEntry {
  /** Hash route, `:name` segments for parameters: `/customers/:id`. */
  path: string;
  /** The page's own dictionary (its folder's messages.ts). */
  messages: Messages<string>;
  /** Key in `messages` of its menu label; pages without one (a detail page) are reached by links only. */
  navKey?: string;
  /** Key in `messages` of the menu section the entry belongs to (consecutive entries of one section share a heading). */
  section?: string;
  /** Every permission the page needs; its menu entry and the page itself show only when the API grants them all. */
  permissions: readonly ProbedPermission[];
  /** Permissions the page asks about with useGranted() (a section or a link it shows only when granted); probed at sign-in too. */
  uses?: readonly ProbedPermission[];
  /** The page component, loaded on first visit (its own chunk). */
  load: () => Promise<PageComponent>;
}

/** An entry whose `navKey` is checked against its own messages. */
export function page<K extends string>(
  entry: Omit<PageEntry, 'messages' | 'navKey' | 'section'> & { messages: Messages<K>; navKey?: K; section?: K },
): PageEntry {
  return entry as PageEntry;
}
