import { MongoClient } from 'mongodb';
import { connectMongoKeyStore } from '#privacy';
import { describeKeyStoreContract } from './key-store.contract.js';

const uri = process.env.MONGODB_URI;

if (uri) {
  const database = `${process.env.MONGODB_DB ?? 'dossier_contract'}_keys`;
  describeKeyStoreContract(`MongoDB (${uri})`, async (masterKey) => ({
    open: (key = masterKey) => connectMongoKeyStore(uri, database, key),
    async cleanup() {
      const client = await MongoClient.connect(uri);
      await client.db(database).dropDatabase();
      await client.close();
    },
  }));
} else {
  const reason = 'SKIPPED: MongoDB key-store contract suite — set MONGODB_URI=mongodb://localhost:27017 to run it';
  console.warn(reason);
  describe.skip(reason, () => {
    it('needs a MongoDB server', () => undefined);
  });
}
