import type { RegisteredCustomer } from '../../../../../../libs/domain/src/index.js';

export type CustomerView = Omit<RegisteredCustomer, 'kind' | 'orderIds'> & { id: string; revision: number; position: number; orderCount: number };
