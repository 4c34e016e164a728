import { connectMongoLeaseStore } from '#leases';
import { describeLeaseStoreContract } from './lease-store.contract.js';

const uri = process.env.MONGODB_URI;

if (uri) {
  describeLeaseStoreContract(`MongoDB (${uri})`, async () => {
    const store = await connectMongoLeaseStore(uri, process.env.MONGODB_DB ?? 'dossier_contract');
    return { store, cleanup: () => store.close() };
  });
} else {
  console.warn('SKIPPED: MongoDB lease-store contract suite — set MONGODB_URI=mongodb://localhost:27017 to run it');
  describe.skip('LeaseStore contract: MongoDB — skipped because MONGODB_URI is not set', () => {
    it('needs a MongoDB server', () => undefined);
  });
}
