/** The cluster at a glance: its id, brokers and their states, counts, partition health, and throughput. */
import { get, type Info, type Overview, type ThroughputSample } from '../api';
import { Badge, Section, Status, TimeChart, usePoll } from '../components';
import { bytes, num, rate } from '../format';

export function OverviewView({ info }: { info: Info }) {
  const overview = usePoll(() => get<Overview>('/api/overview'), []);
  const throughput = usePoll(() => get<{ samples: ThroughputSample[] }>('/api/throughput'), []);
  const o = overview.data;
  const samples = throughput.data?.samples ?? [];
  const last = samples.at(-1);
  const running = o?.brokers.filter((b) => b.state === 'running' || b.state === 'up').length ?? 0;
  return (
    <>
      <h2 tabIndex={-1}>Overview</h2>
      <Status error={overview.error} />
      {o ? (
        <>
          <dl class="cards" aria-label="Cluster summary">
            <Card term="Cluster id" value={o.clusterId ?? '–'} />
            <Card term="Controller" value={String(o.controllerId)} />
            <Card term="Brokers" value={`${running} of ${o.brokers.length} up`} />
            <Card term="Topics" value={`${num(o.topics)} (+${num(o.internalTopics)} internal)`} />
            <Card term="Partitions" value={num(o.partitions)} />
            <Card term="Under-replicated" value={num(o.underReplicated)} alert={o.underReplicated > 0} />
            <Card term="Offline" value={num(o.offline)} alert={o.offline > 0} />
            <Card term="Consumer groups" value={o.groups === null ? '–' : num(o.groups)} />
          </dl>
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
                </tr>
              </thead>
              <tbody>
                {o.brokers.map((b) => (
                  <tr key={b.nodeId}>
                    <td>
                      {b.nodeId}
                      {b.controller ? <span class="tag">controller</span> : null}
                    </td>
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
                  </tr>
                ))}
              </tbody>
            </table>
          </Section>
        </>
      ) : null}
      <Section title="Throughput">
        {samples.length < 2 ? (
          <p class="muted">Collecting samples (every 2 seconds while this page is open)…</p>
        ) : (
          <div class="charts">
            {info.mode === 'samsa' ? (
              <TimeChart
                label="Bytes per second"
                times={samples.map((s) => s.time)}
                series={[
                  { label: 'produced', values: samples.map((s) => s.bytesIn), color: '--series-1' },
                  { label: 'fetched', values: samples.map((s) => s.bytesOut), color: '--series-2' },
                ]}
                unit={(v) => `${bytes(Math.round(v))}/s`}
                summary={`now ${rate(last?.bytesIn, 'B')} produced, ${rate(last?.bytesOut, 'B')} fetched`}
              />
            ) : null}
            <TimeChart
              label="Records produced per second"
              times={samples.map((s) => s.time)}
              series={[{ label: 'records', values: samples.map((s) => s.recordsIn), color: '--series-1' }]}
              unit={(v) => num(Math.round(v))}
              summary={`now ${rate(last?.recordsIn, 'records')}`}
            />
            {info.mode === 'kafka' ? (
              <p class="muted">Byte rates come from samsa's own metrics; another Kafka's are not on the protocol.</p>
            ) : null}
          </div>
        )}
      </Section>
    </>
  );
}

function Card({ term, value, alert }: { term: string; value: string; alert?: boolean }) {
  return (
    <div class={`card${alert ? ' card-alert' : ''}`}>
      <dt>{term}</dt>
      <dd>{value}</dd>
    </div>
  );
}
