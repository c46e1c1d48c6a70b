/** samsa's request log, live over Server-Sent Events: filter by broker, API and client id; faults highlighted. */
import { useEffect, useState } from 'preact/hooks';
import { del, type Info, post, type RequestEntry } from '../api';
import { Field, Status, useAction } from '../components';
import { time } from '../format';

const KEEP = 1000;

export function RequestsView({ info }: { info: Info }) {
  const [broker, setBroker] = useState('');
  const [api, setApi] = useState('');
  const [clientId, setClientId] = useState('');
  const [hideOwn, setHideOwn] = useState(true);
  const [entries, setEntries] = useState<RequestEntry[]>([]);
  const [enabled, setEnabled] = useState<boolean | null>(info.requestLog?.enabled ?? null);
  const [stream, setStream] = useState('connecting');
  const [state, act] = useAction();
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    const q = new URLSearchParams();
    if (broker !== '') q.set('broker', broker);
    if (api !== '') q.set('api', api);
    if (clientId.trim() !== '') q.set('clientId', clientId.trim());
    setEntries([]);
    const source = new EventSource(`/api/requests/stream?${q}`);
    source.addEventListener('open', () => setStream('live'));
    source.onerror = () => setStream('reconnecting');
    source.addEventListener('state', (e) =>
      setEnabled((JSON.parse((e as MessageEvent<string>).data) as { enabled: boolean }).enabled),
    );
    source.addEventListener('requests', (e) => {
      const incoming = JSON.parse((e as MessageEvent<string>).data) as RequestEntry[];
      setEntries((list) => {
        const bySeq = new Map(list.map((x) => [x.seq, x]));
        for (const x of incoming) bySeq.set(x.seq, x);
        return [...bySeq.values()].sort((a, b) => b.seq - a.seq).slice(0, KEEP);
      });
    });
    return () => source.close();
  }, [broker, api, clientId, generation]);

  const shown = hideOwn ? entries.filter((e) => !(e.clientId ?? '').startsWith(info.clientId)) : entries;
  const toggle = (): void => {
    void act(async () => {
      await post(enabled ? '/v1/requests/stop' : '/v1/requests/start');
      return enabled ? 'Request logging stopped.' : 'Request logging started.';
    });
  };
  return (
    <>
      <h2 tabIndex={-1}>Request log</h2>
      <p>
        Logging is <strong>{enabled === null ? '…' : enabled ? 'on' : 'off'}</strong> ({stream}).{' '}
        <button type="button" onClick={toggle}>
          {enabled ? 'Stop logging' : 'Start logging'}
        </button>{' '}
        <button
          type="button"
          onClick={() =>
            void act(async () => {
              await del('/v1/requests');
              setGeneration((g) => g + 1);
              return 'Request log emptied.';
            })
          }
        >
          Empty the log
        </button>
      </p>
      <Status ok={state.ok} error={state.error} />
      <form class="form-row" onSubmit={(e) => e.preventDefault()} aria-label="Filter the request log">
        <Field label="Broker">
          <input type="number" min={0} value={broker} onInput={(e) => setBroker(e.currentTarget.value)} />
        </Field>
        <Field label="API">
          <select value={api} onChange={(e) => setApi(e.currentTarget.value)}>
            <option value="">any API</option>
            {info.apis.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Client id">
          <input type="search" value={clientId} onInput={(e) => setClientId(e.currentTarget.value)} />
        </Field>
        <label class="inline">
          <input type="checkbox" checked={hideOwn} onChange={(e) => setHideOwn(e.currentTarget.checked)} /> Hide this
          console's own requests
        </label>
      </form>
      <table aria-label="Requests">
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">Arrived</th>
            <th scope="col">Broker</th>
            <th scope="col">API</th>
            <th scope="col">Client id</th>
            <th scope="col">Correlation id</th>
            <th scope="col">Duration</th>
            <th scope="col">Fault</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((e) => (
            <tr key={e.seq} class={e.fault ? 'faulted' : ''}>
              <td>{e.seq}</td>
              <td>{time(e.receivedAt)}</td>
              <td>{e.nodeId}</td>
              <td>
                {e.api} v{e.apiVersion}
              </td>
              <td>{e.clientId ?? '–'}</td>
              <td>{e.correlationId}</td>
              <td>{e.durationMs === null ? 'in flight' : `${e.durationMs.toFixed(1)} ms`}</td>
              <td>{e.fault ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {shown.length === 0 ? (
        <p class="muted">{enabled ? 'No requests yet.' : 'Start logging to see requests.'}</p>
      ) : null}
    </>
  );
}
