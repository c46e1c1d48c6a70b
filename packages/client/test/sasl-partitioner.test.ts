// SCRAM-SHA-256 against RFC 7677's example exchange, and the key partitioner against kafkajs's (Java-compatible)
// default partitioner, so a key lands where other clients put it.
import { Partitioners } from 'kafkajs';
import { Partitioner, saslExchange, ScramExchange } from '../src';

test('SCRAM-SHA-256 sends RFC 7677 section 3 client messages and verifies the server signature', () => {
  const scram = new ScramExchange(
    { mechanism: 'SCRAM-SHA-256', username: 'user', password: 'pencil' },
    'sha256',
    'rOprNGfwEbeRWgbNEkqO',
  );
  expect(scram.start().toString()).toBe('n,,n=user,r=rOprNGfwEbeRWgbNEkqO');
  const serverFirst = 'r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096';
  expect(scram.next(Buffer.from(serverFirst))?.toString()).toBe(
    'c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=',
  );
  expect(scram.next(Buffer.from('v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4='))).toBeNull();
});

test('SCRAM refuses a wrong server signature; PLAIN sends authzid, user and password', () => {
  const scram = new ScramExchange(
    { mechanism: 'SCRAM-SHA-256', username: 'user', password: 'pencil' },
    'sha256',
    'rOprNGfwEbeRWgbNEkqO',
  );
  scram.start();
  scram.next(Buffer.from('r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096'));
  expect(() => scram.next(Buffer.from('v=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA='))).toThrow(/server signature/);
  const plain = saslExchange({ mechanism: 'PLAIN', username: 'alice', password: 's3cret' });
  expect(plain.start()).toEqual(Buffer.from('\0alice\0s3cret'));
  expect(plain.next(Buffer.alloc(0))).toBeNull();
});

test('keys go to the partition kafkajs default partitioner (murmur2) chooses', () => {
  const theirs = Partitioners.DefaultPartitioner();
  const ours = new Partitioner();
  const partitionMetadata = Array.from({ length: 7 }, (_, i) => ({
    partitionId: i,
    leader: 1,
    partitionErrorCode: 0,
    replicas: [1],
    isr: [1],
  }));
  const keys = ['', 'a', 'ab', 'abc', 'abcd', 'customer-42', 'é✓', 'x'.repeat(101)];
  for (const key of keys) {
    const expected = theirs({ topic: 't', partitionMetadata, message: { key, value: null } });
    expect([key, ours.partition(Buffer.from(key), 7)]).toEqual([key, expected]);
  }
});
