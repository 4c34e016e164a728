import { connectMongoReadStore } from '#read-store';
import { describeReadStoreContract } from './read-store.contract.js';

const uri = process.env.MONGODB_URI;

if (uri) {
  describeReadStoreContract(`MongoDB (${uri})`, async () => {
    const store = await connectMongoReadStore(uri, process.env.MONGODB_DB ?? 'dossier_contract');
    return { store, cleanup: () => store.close() };
  });
} else {
  console.warn('SKIPPED: MongoDB read-store contract suite — set MONGODB_URI=mongodb://localhost:27017 to run it');
  describe.skip('ReadStore contract: MongoDB — skipped because MONGODB_URI is not set', () => {
    it('needs a MongoDB server', () => undefined);
  });
}
