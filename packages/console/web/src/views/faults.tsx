/**
 * samsa's fault panel, over the admin endpoint's control routes: inject errors, dropped connections, latency, holds
 * and API version caps with the control API's scoping (broker, API, topic, partition); stop, start, pause and
 * resume brokers; the rules in place with their hit counts; clear everything.
 */
import { useState } from 'preact/hooks';
import { type BrokerStatus, del, type FaultInfo, get, type Info, post } from '../api';
import { Badge, Field, Section, Status, useAction, usePoll } from '../components';
import { num } from '../format';
import { BrokerActions } from './brokers';

type Kind = 'errors' | 'drops' | 'latency' | 'holds' | 'api-versions';

const KINDS: { kind: Kind; label: string }[] = [
  { kind: 'errors', label: 'Error response' },
  { kind: 'drops', label: 'Dropped connection' },
  { kind: 'latency', label: 'Latency' },
  { kind: 'holds', label: 'Hold requests' },
  { kind: 'api-versions', label: 'API version cap' },
];

export function FaultsView({ info }: { info: Info }) {
  const faults = usePoll(() => get<{ faults: FaultInfo[]; brokers: BrokerStatus[] }>('/v1/faults'), [], 1000);
  const [state, act] = useAction();
  const rules = faults.data?.faults ?? [];
  const brokers = faults.data?.brokers ?? [];
  return (
    <>
      <h2 tabIndex={-1}>Faults</h2>
      <Status error={faults.error} />
      <Status ok={state.ok} error={state.error} />
      <InjectForm info={info} brokers={brokers} act={act} onDone={faults.reload} />
      <Section title="Active rules">
        <table aria-label="Active rules">
          <thead>
            <tr>
              <th scope="col">Rule</th>
              <th scope="col">Kind</th>
              <th scope="col">Scope</th>
              <th scope="col">What</th>
              <th scope="col">Hits</th>
              <th scope="col">Left</th>
              <th scope="col">
                <span class="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rules.map((f) => (
              <tr key={f.id} data-rule={f.id}>
                <th scope="row">
                  <code>{f.id}</code>
                </th>
                <td>{f.kind}</td>
                <td>
                  {[
                    f.broker === null ? null : `broker ${f.broker}`,
                    f.api,
                    f.topic,
                    f.partition === null ? null : `partition ${f.partition}`,
                  ]
                    .filter((x) => x !== null)
                    .join(' · ') || 'every request'}
                </td>
                <td>
                  {f.error ??
                    (f.ms !== undefined
                      ? `${f.ms} ms`
                      : f.maxVersion !== undefined
                        ? `max v${f.maxVersion}`
                        : f.held !== undefined
                          ? `${f.held} held`
                          : '')}
                  {f.probability ? ` (p=${f.probability})` : ''}
                </td>
                <td class="hits">{num(f.hits ?? 0)}</td>
                <td>{f.remaining === undefined ? '–' : f.remaining === null ? '∞' : num(f.remaining)}</td>
                <td class="button-row">
                  {f.kind === 'hold' ? (
                    <button
                      type="button"
                      class="small"
                      aria-label={`Release the requests held by ${f.id}`}
                      onClick={async () => {
                        if (
                          await act(
                            async () =>
                              `Released ${(await post<{ released: number }>(`/v1/faults/holds/${f.id}/release`)).released} request(s).`,
                          )
                        )
                          faults.reload();
                      }}
                    >
                      Release
                    </button>
                  ) : null}
                  <button
                    type="button"
                    class="small"
                    aria-label={`Remove ${f.id}`}
                    onClick={async () => {
                      if (
                        await act(async () => {
                          await del(`/v1/faults/${f.id}`);
                          return `Removed ${f.id}.`;
                        })
                      )
                        faults.reload();
                    }}
                  >
                    Remove
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {faults.data && rules.length === 0 ? <p class="muted">No fault rules.</p> : null}
        <button
          type="button"
          class="danger"
          onClick={async () => {
            if (
              await act(async () => {
                await del('/v1/faults');
                return 'Cleared: no rules, every broker running.';
              })
            )
              faults.reload();
          }}
        >
          Clear all (rules, pauses, stopped brokers)
        </button>
      </Section>
      <Section title="Brokers">
        <table>
          <thead>
            <tr>
              <th scope="col">Node</th>
              <th scope="col">Listener</th>
              <th scope="col">State</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {brokers.map((b) => (
              <tr key={b.nodeId}>
                <th scope="row">{b.nodeId}</th>
                <td>
                  <code>
                    {b.host}:{b.port}
                  </code>
                </td>
                <td>
                  <Badge value={b.state} />
                </td>
                <td>
                  <BrokerActions broker={b} act={act} onDone={faults.reload} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
    </>
  );
}

function InjectForm({
  info,
  brokers,
  act,
  onDone,
}: {
  info: Info;
  brokers: BrokerStatus[];
  act: (run: () => Promise<string>) => Promise<boolean>;
  onDone: () => void;
}) {
  const [kind, setKind] = useState<Kind>('errors');
  const [api, setApi] = useState('Produce');
  const [error, setError] = useState('NOT_LEADER_OR_FOLLOWER');
  const [count, setCount] = useState('1');
  const [probability, setProbability] = useState('');
  const [ms, setMs] = useState('200');
  const [maxVersion, setMaxVersion] = useState('0');
  const [broker, setBroker] = useState('');
  const [topic, setTopic] = useState('');
  const [partition, setPartition] = useState('');
  const scoped = kind === 'errors' || kind === 'drops' || kind === 'holds';
  const counted = kind === 'errors' || kind === 'drops';
  const apiRequired = kind === 'errors' || kind === 'api-versions';
  const submit = async (e: Event): Promise<void> => {
    e.preventDefault();
    const body: Record<string, unknown> = {};
    if (api !== '') body['api'] = api;
    if (broker !== '') body['broker'] = Number(broker);
    if (scoped && topic.trim() !== '') body['topic'] = topic.trim();
    if (scoped && partition !== '') body['partition'] = Number(partition);
    if (kind === 'errors') body['error'] = error;
    if (counted && count !== '') body['count'] = Number(count);
    if (counted && probability !== '') body['probability'] = Number(probability);
    if (kind === 'latency') body['ms'] = Number(ms);
    if (kind === 'api-versions') body['maxVersion'] = Number(maxVersion);
    if (await act(async () => `Added ${(await post<FaultInfo>(`/v1/faults/${kind}`, body)).id}.`)) onDone();
  };
  return (
    <Section title="Inject a fault">
      <form class="form-grid" onSubmit={submit} aria-label="Inject a fault">
        <Field label="Kind">
          <select value={kind} onChange={(e) => setKind(e.currentTarget.value as Kind)}>
            {KINDS.map((k) => (
              <option key={k.kind} value={k.kind}>
                {k.label}
              </option>
            ))}
          </select>
        </Field>
        <Field label="API">
          <select value={api} onChange={(e) => setApi(e.currentTarget.value)}>
            {apiRequired ? null : <option value="">any API</option>}
            {info.apis.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </Field>
        {kind === 'errors' ? (
          <Field label="Error">
            <select value={error} onChange={(e) => setError(e.currentTarget.value)}>
              {info.errors.map((x) => (
                <option key={x} value={x}>
                  {x}
                </option>
              ))}
            </select>
          </Field>
        ) : null}
        {counted ? (
          <>
            <Field label="Count" hint="requests it acts on">
              <input type="number" min={1} value={count} onInput={(e) => setCount(e.currentTarget.value)} />
            </Field>
            <Field label="Probability" hint="0 to 1, optional">
              <input
                type="number"
                min={0}
                max={1}
                step="any"
                value={probability}
                onInput={(e) => setProbability(e.currentTarget.value)}
              />
            </Field>
          </>
        ) : null}
        {kind === 'latency' ? (
          <Field label="Milliseconds">
            <input type="number" min={0} required value={ms} onInput={(e) => setMs(e.currentTarget.value)} />
          </Field>
        ) : null}
        {kind === 'api-versions' ? (
          <Field label="Highest version" hint="-1: the API disappears">
            <input
              type="number"
              min={-1}
              required
              value={maxVersion}
              onInput={(e) => setMaxVersion(e.currentTarget.value)}
            />
          </Field>
        ) : null}
        <Field label="Broker">
          <select value={broker} onChange={(e) => setBroker(e.currentTarget.value)}>
            <option value="">any broker</option>
            {brokers.map((b) => (
              <option key={b.nodeId} value={String(b.nodeId)}>
                {b.nodeId}
              </option>
            ))}
          </select>
        </Field>
        {scoped ? (
          <>
            <Field label="Topic" hint="optional">
              <input value={topic} onInput={(e) => setTopic(e.currentTarget.value)} />
            </Field>
            <Field label="Partition" hint="optional">
              <input type="number" min={0} value={partition} onInput={(e) => setPartition(e.currentTarget.value)} />
            </Field>
          </>
        ) : null}
        <div class="actions">
          <button type="submit">Add rule</button>
        </div>
      </form>
    </Section>
  );
}
