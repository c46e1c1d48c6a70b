/**
 * Brokers and partitions: listeners, racks and states, with (samsa) stop, start, pause and resume; every partition's
 * leader, epoch, replicas, ISR, high watermark and last stable offset, with (samsa) leader moves and ISR changes.
 */
import { useState } from 'preact/hooks';
import { enc, get, type Info, type PartitionRow, post, type BrokerRow } from '../api';
import { Badge, Field, Section, Status, useAction, usePoll } from '../components';
import { num } from '../format';

interface Snapshot {
  clusterId: string | null;
  controllerId: number;
  brokers: BrokerRow[];
  partitions: PartitionRow[];
}

export function BrokerActions({
  broker,
  act,
  onDone,
}: {
  broker: { nodeId: number; state: string };
  act: (run: () => Promise<string>) => Promise<boolean>;
  onDone: () => void;
}) {
  const op = (name: string) => async (): Promise<void> => {
    if (
      await act(async () => {
        await post(`/v1/brokers/${broker.nodeId}/${name}`);
        return `Broker ${broker.nodeId}: ${name} done.`;
      })
    )
      onDone();
  };
  const button = (name: string, label: string) => (
    <button type="button" class="small" onClick={op(name)} aria-label={`${label} broker ${broker.nodeId}`}>
      {label}
    </button>
  );
  return (
    <span class="button-row">
      {broker.state === 'running' ? button('stop', 'Stop') : null}
      {broker.state === 'stopped' ? button('start', 'Start') : null}
      {broker.state === 'running' ? button('pause', 'Pause') : null}
      {broker.state === 'paused' ? button('resume', 'Resume') : null}
    </span>
  );
}

export function BrokersView({ info }: { info: Info }) {
  const snap = usePoll(() => get<Snapshot>('/api/brokers'), []);
  const [filter, setFilter] = useState('');
  const [internal, setInternal] = useState(false);
  const [state, act] = useAction();
  const s = snap.data;
  const partitions = (s?.partitions ?? []).filter((p) => (internal || !p.internal) && p.topic.includes(filter));
  return (
    <>
      <h2 tabIndex={-1}>Brokers &amp; partitions</h2>
      <Status error={snap.error} />
      <Status ok={state.ok} error={state.error} />
      <Section title="Brokers">
        <table>
          <thead>
            <tr>
              <th scope="col">Node</th>
              <th scope="col">Listener</th>
              <th scope="col">Rack</th>
              <th scope="col">State</th>
              <th scope="col">Leader of</th>
              <th scope="col">Replicas</th>
              {info.faults ? <th scope="col">Actions</th> : null}
            </tr>
          </thead>
          <tbody>
            {(s?.brokers ?? []).map((b) => (
              <tr key={b.nodeId} data-broker={b.nodeId}>
                <th scope="row">
                  {b.nodeId}
                  {b.controller ? <span class="tag">controller</span> : null}
                </th>
                <td>
                  <code>
                    {b.host}:{b.port}
                  </code>
                </td>
                <td>{b.rack ?? '–'}</td>
                <td>
                  <Badge value={b.state} />
                </td>
                <td>{num(b.leaderOf)}</td>
                <td>{num(b.replicas)}</td>
                {info.faults ? (
                  <td>
                    <BrokerActions broker={b} act={act} onDone={snap.reload} />
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
      {info.faults && s ? <PartitionActions partitions={s.partitions} act={act} onDone={snap.reload} /> : null}
      <Section title="Partitions">
        <div class="form-row">
          <Field label="Topic contains">
            <input type="search" value={filter} onInput={(e) => setFilter(e.currentTarget.value)} />
          </Field>
          <label class="inline">
            <input type="checkbox" checked={internal} onChange={(e) => setInternal(e.currentTarget.checked)} /> Show
            internal topics
          </label>
        </div>
        <table aria-label="Partitions">
          <thead>
            <tr>
              <th scope="col">Topic</th>
              <th scope="col">Partition</th>
              <th scope="col">Leader</th>
              <th scope="col">Leader epoch</th>
              <th scope="col">Replicas</th>
              <th scope="col">ISR</th>
              <th scope="col">Log start</th>
              <th scope="col">High watermark</th>
              <th scope="col">Last stable</th>
            </tr>
          </thead>
          <tbody>
            {partitions.map((p) => (
              <tr key={`${p.topic}-${p.partition}`} data-partition={`${p.topic}/${p.partition}`}>
                <th scope="row">
                  <a href={`#/topics/${enc(p.topic)}`}>{p.topic}</a>
                </th>
                <td>{p.partition}</td>
                <td class={`leader${p.leader < 0 ? ' warn' : ''}`}>{p.leader < 0 ? 'none' : p.leader}</td>
                <td>{p.leaderEpoch}</td>
                <td>{p.replicas.join(', ')}</td>
                <td class={p.isr.length < p.replicas.length ? 'warn' : ''}>{p.isr.join(', ')}</td>
                <td>{num(p.logStart)}</td>
                <td>{num(p.highWatermark)}</td>
                <td>{num(p.lastStable)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
    </>
  );
}

function PartitionActions({
  partitions,
  act,
  onDone,
}: {
  partitions: PartitionRow[];
  act: (run: () => Promise<string>) => Promise<boolean>;
  onDone: () => void;
}) {
  const topics = [...new Set(partitions.filter((p) => !p.internal).map((p) => p.topic))];
  const [topic, setTopic] = useState('');
  const [partition, setPartition] = useState('0');
  const [leader, setLeader] = useState('');
  const [isr, setIsr] = useState('');
  const chosen = topic || topics[0] || '';
  const p = partitions.find((x) => x.topic === chosen && x.partition === Number(partition));
  const path = `/v1/partitions/${enc(chosen)}/${Number(partition)}`;
  const run = (body: () => Promise<string>) => async (e: Event) => {
    e.preventDefault();
    if (await act(body)) onDone();
  };
  return (
    <Section title="Move a leader or set an ISR">
      <form class="form-grid">
        <Field label="Topic">
          <select value={chosen} onChange={(e) => setTopic(e.currentTarget.value)}>
            {topics.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Partition">
          <input type="number" min={0} value={partition} onInput={(e) => setPartition(e.currentTarget.value)} />
        </Field>
        <Field label="New leader" hint={p ? `ISR: ${p.isr.join(', ')}` : ''}>
          <select value={leader} onChange={(e) => setLeader(e.currentTarget.value)}>
            <option value="">choose</option>
            {(p?.isr ?? []).map((id) => (
              <option key={id} value={String(id)}>
                {id}
              </option>
            ))}
          </select>
        </Field>
        <div class="actions">
          <button
            type="button"
            disabled={leader === ''}
            onClick={run(async () => {
              const d = await post<{ leader: number; leaderEpoch: number }>(`${path}/leader`, {
                broker: Number(leader),
              });
              return `${chosen}/${partition}: leader ${d.leader}, epoch ${d.leaderEpoch}.`;
            })}
          >
            Move leader
          </button>
        </div>
        <Field label="ISR" hint="node ids, comma-separated; the leader must stay">
          <input value={isr} onInput={(e) => setIsr(e.currentTarget.value)} />
        </Field>
        <div class="actions">
          <button
            type="button"
            disabled={isr.trim() === ''}
            onClick={run(async () => {
              const ids = isr.split(',').map((x) => Number(x.trim()));
              const d = await post<{ isr: number[] }>(`${path}/isr`, { isr: ids });
              return `${chosen}/${partition}: ISR ${d.isr.join(', ')}.`;
            })}
          >
            Set ISR
          </button>
        </div>
      </form>
    </Section>
  );
}
