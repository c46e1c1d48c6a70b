/** Topics: the list with a create form, and one topic's partitions and configs with its changes. */
import { useState } from 'preact/hooks';
import { del, enc, get, post, type TopicDetail, type TopicRow } from '../api';
import { Field, Section, Status, useAction, usePoll } from '../components';
import { bytes, keyValueLines, num } from '../format';

export function TopicsView() {
  const [internal, setInternal] = useState(false);
  const topics = usePoll(() => get<{ topics: TopicRow[] }>('/api/topics'), [], 5000);
  const shown = (topics.data?.topics ?? []).filter((t) => internal || !t.internal);
  return (
    <>
      <h2 tabIndex={-1}>Topics</h2>
      <Status error={topics.error} />
      <CreateTopic onCreated={topics.reload} />
      <Section title="All topics">
        <label class="inline">
          <input type="checkbox" checked={internal} onChange={(e) => setInternal(e.currentTarget.checked)} /> Show
          internal topics
        </label>
        <table>
          <thead>
            <tr>
              <th scope="col">Topic</th>
              <th scope="col">Partitions</th>
              <th scope="col">Replication</th>
              <th scope="col">Records</th>
              <th scope="col">Size</th>
              <th scope="col">Under-replicated</th>
              <th scope="col">Offline</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((t) => (
              <tr key={t.name}>
                <th scope="row">
                  <a href={`#/topics/${enc(t.name)}`}>{t.name}</a>
                </th>
                <td>{num(t.partitions)}</td>
                <td>{num(t.replicationFactor)}</td>
                <td>{num(t.records)}</td>
                <td>{bytes(t.size)}</td>
                <td class={t.underReplicated > 0 ? 'warn' : ''}>{num(t.underReplicated)}</td>
                <td class={t.offline > 0 ? 'warn' : ''}>{num(t.offline)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {topics.data && shown.length === 0 ? <p class="muted">No topics yet.</p> : null}
      </Section>
    </>
  );
}

function CreateTopic({ onCreated }: { onCreated: () => void }) {
  const [name, setName] = useState('');
  const [partitions, setPartitions] = useState('');
  const [replication, setReplication] = useState('');
  const [configs, setConfigs] = useState('');
  const [state, act] = useAction();
  const submit = async (e: Event): Promise<void> => {
    e.preventDefault();
    const ok = await act(async () => {
      const body = {
        name: name.trim(),
        ...(partitions ? { partitions: Number(partitions) } : {}),
        ...(replication ? { replicationFactor: Number(replication) } : {}),
        configs: keyValueLines(configs),
      };
      const created = await post<{ name: string; partitions: number }>('/api/topics', body);
      return `Created ${created.name} with ${created.partitions} partition(s).`;
    });
    if (ok) {
      setName('');
      onCreated();
    }
  };
  return (
    <Section title="Create a topic">
      <form class="form-grid" onSubmit={submit}>
        <Field label="Name">
          <input required value={name} onInput={(e) => setName(e.currentTarget.value)} pattern="[a-zA-Z0-9._\-]+" />
        </Field>
        <Field label="Partitions" hint="empty: the broker's num.partitions">
          <input type="number" min={1} value={partitions} onInput={(e) => setPartitions(e.currentTarget.value)} />
        </Field>
        <Field label="Replication factor" hint="empty: default.replication.factor">
          <input type="number" min={1} value={replication} onInput={(e) => setReplication(e.currentTarget.value)} />
        </Field>
        <Field label="Configs" hint="key=value, one per line">
          <textarea rows={2} value={configs} onInput={(e) => setConfigs(e.currentTarget.value)} />
        </Field>
        <div class="actions">
          <button type="submit" disabled={state.busy}>
            Create topic
          </button>
        </div>
      </form>
      <Status ok={state.ok} error={state.error} />
    </Section>
  );
}

export function TopicDetailView({ name }: { name: string }) {
  const topic = usePoll(() => get<TopicDetail>(`/api/topics/${enc(name)}`), [name], 5000);
  const [state, act] = useAction();
  const [confirming, setConfirming] = useState(false);
  const [count, setCount] = useState('');
  const [key, setKey] = useState('');
  const [value, setValue] = useState('');
  const t = topic.data;
  const change = (run: () => Promise<string>) => async (e?: Event) => {
    e?.preventDefault();
    if (await act(run)) topic.reload();
  };
  return (
    <>
      <h2 tabIndex={-1}>
        Topic <code>{name}</code>
      </h2>
      <p>
        <a href="#/topics">All topics</a> · <a href={`#/messages/${enc(name)}`}>Browse messages</a>
      </p>
      <Status error={topic.error} />
      <Status ok={state.ok} error={state.error} />
      {t ? (
        <>
          <dl class="cards" aria-label="Topic summary">
            <div class="card">
              <dt>Partitions</dt>
              <dd>{num(t.partitions)}</dd>
            </div>
            <div class="card">
              <dt>Replication</dt>
              <dd>{num(t.replicationFactor)}</dd>
            </div>
            <div class="card">
              <dt>Records</dt>
              <dd>{num(t.records)}</dd>
            </div>
            <div class="card">
              <dt>Size</dt>
              <dd>{bytes(t.size)}</dd>
            </div>
          </dl>
          <Section title="Partitions">
            <table>
              <thead>
                <tr>
                  <th scope="col">Partition</th>
                  <th scope="col">Leader</th>
                  <th scope="col">Epoch</th>
                  <th scope="col">Replicas</th>
                  <th scope="col">ISR</th>
                  <th scope="col">Log start</th>
                  <th scope="col">High watermark</th>
                  <th scope="col">Last stable</th>
                  <th scope="col">Size</th>
                </tr>
              </thead>
              <tbody>
                {t.partitionDetails.map((p) => (
                  <tr key={p.partition}>
                    <th scope="row">{p.partition}</th>
                    <td class={p.leader < 0 ? 'warn' : ''}>{p.leader < 0 ? 'none' : p.leader}</td>
                    <td>{p.leaderEpoch}</td>
                    <td>{p.replicas.join(', ')}</td>
                    <td class={p.isr.length < p.replicas.length ? 'warn' : ''}>{p.isr.join(', ')}</td>
                    <td>{num(p.logStart)}</td>
                    <td>{num(p.highWatermark)}</td>
                    <td>{num(p.lastStable)}</td>
                    <td>{bytes(p.size)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <form
              class="inline-form"
              onSubmit={change(async () => {
                await post(`/api/topics/${enc(name)}/partitions`, { count: Number(count) });
                setCount('');
                return `${name} now has ${count} partitions.`;
              })}
            >
              <Field label="New partition count">
                <input
                  type="number"
                  required
                  min={t.partitions + 1}
                  value={count}
                  onInput={(e) => setCount(e.currentTarget.value)}
                />
              </Field>
              <button type="submit">Add partitions</button>
            </form>
          </Section>
          <Section title="Configs">
            <form
              class="inline-form"
              onSubmit={change(async () => {
                await post(`/api/topics/${enc(name)}/configs`, { set: { [key.trim()]: value } });
                return `Set ${key} = ${value}.`;
              })}
            >
              <Field label="Config">
                <input required list="topic-config-names" value={key} onInput={(e) => setKey(e.currentTarget.value)} />
              </Field>
              <datalist id="topic-config-names">
                {t.configs
                  .filter((c) => !c.readOnly)
                  .map((c) => (
                    <option key={c.name} value={c.name} />
                  ))}
              </datalist>
              <Field label="Value">
                <input required value={value} onInput={(e) => setValue(e.currentTarget.value)} />
              </Field>
              <button type="submit">Set config</button>
            </form>
            <table>
              <thead>
                <tr>
                  <th scope="col">Config</th>
                  <th scope="col">Value</th>
                  <th scope="col">Source</th>
                  <th scope="col">
                    <span class="sr-only">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {t.configs.map((c) => (
                  <tr key={c.name} class={c.isDefault ? 'muted' : ''}>
                    <th scope="row">
                      <code>{c.name}</code>
                    </th>
                    <td>{c.sensitive ? '(sensitive)' : (c.value ?? '–')}</td>
                    <td>{c.source}</td>
                    <td>
                      {c.source === 'DYNAMIC_TOPIC_CONFIG' ? (
                        <button
                          type="button"
                          class="small"
                          aria-label={`Reset ${c.name} to its default`}
                          onClick={change(async () => {
                            await post(`/api/topics/${enc(name)}/configs`, { delete: [c.name] });
                            return `Reset ${c.name}.`;
                          })}
                        >
                          Reset
                        </button>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Section>
          <Section title="Delete">
            {confirming ? (
              <p>
                Delete <code>{name}</code> and all its records?{' '}
                <button
                  type="button"
                  class="danger"
                  onClick={async () => {
                    if (
                      await act(async () => {
                        await del(`/api/topics/${enc(name)}`);
                        return `Deleted ${name}.`;
                      })
                    )
                      location.hash = '#/topics';
                  }}
                >
                  Yes, delete {name}
                </button>{' '}
                <button type="button" onClick={() => setConfirming(false)}>
                  Cancel
                </button>
              </p>
            ) : (
              <button type="button" class="danger" onClick={() => setConfirming(true)}>
                Delete topic
              </button>
            )}
          </Section>
        </>
      ) : null}
    </>
  );
}
