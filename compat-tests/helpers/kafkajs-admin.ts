// The kafkajs admin the compat suites set up with (topics, configs, offsets) when the client under test does not
// have the call or is not the subject: connected, with kafkajs's own logging off.
import { Kafka, logLevel, type Admin } from 'kafkajs';

/** A connected kafkajs admin on `brokers`; the caller disconnects it. */
export async function connectAdmin(clientId: string, brokers: string[]): Promise<Admin> {
  const admin = new Kafka({ clientId, brokers, logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  return admin;
}
