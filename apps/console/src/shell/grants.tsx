import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import type { ProbedPermission } from './permission-probes.js';

const GrantsContext = createContext<readonly string[]>([]);

export function GrantsProvider({ granted, children }: { granted: readonly string[]; children: ComponentChildren }) {
  return <GrantsContext.Provider value={granted}>{children}</GrantsContext.Provider>;
}

/** Whether the API granted the signed-in role `permission` (for showing a link or a section, never for data); list it in the page's `uses`. */
export function useGranted(permission: ProbedPermission): boolean {
  return useContext(GrantsContext).includes(permission);
}
