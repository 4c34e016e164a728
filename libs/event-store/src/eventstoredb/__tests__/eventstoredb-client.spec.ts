import { parseConnectionString } from '@kurrent/kurrentdb-client/dist/Client/parseConnectionString.js';
import { normalizeConnectionString } from '../eventstoredb-client.js';

describe('connection strings', () => {
  it('reads esdb:// strings of EventStoreDB deployments as kurrentdb://, settings unchanged', () => {
    expect(normalizeConnectionString('esdb://admin:changeit@db1:2113?tls=false')).toBe('kurrentdb://admin:changeit@db1:2113?tls=false');
    expect(normalizeConnectionString('esdb+discover://db1:2113,db2:2113?nodePreference=leader')).toBe(
      'kurrentdb+discover://db1:2113,db2:2113?nodePreference=leader',
    );
    expect(normalizeConnectionString('kurrentdb://localhost:2113?tls=false')).toBe('kurrentdb://localhost:2113?tls=false');
  });

  it('gives the client the same options for both schemes', () => {
    for (const [legacy, current] of [
      ['esdb://admin:changeit@localhost:2113?tls=false', 'kurrentdb://admin:changeit@localhost:2113?tls=false'],
      ['esdb+discover://db1:2113,db2:2113?tlsVerifyCert=false', 'kurrentdb+discover://db1:2113,db2:2113?tlsVerifyCert=false'],
    ]) {
      const parsed = parseConnectionString(normalizeConnectionString(legacy));
      expect(parsed).toEqual(parseConnectionString(current));
    }
    expect(parseConnectionString(normalizeConnectionString('esdb://admin:changeit@localhost:2113?tls=false'))).toMatchObject({
      dnsDiscover: false,
      tls: false,
      hosts: [{ address: 'localhost', port: 2113 }],
      defaultCredentials: { username: 'admin', password: 'changeit' },
    });
    expect(parseConnectionString('kurrentdb+discover://db1:2113,db2:2113').dnsDiscover).toBe(true);
  });
});
