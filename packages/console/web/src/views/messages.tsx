/**
 * The message browser: choose a topic, partitions and a start (beginning, newest, offset, time), read a page, page on
 * or back, filter by text, show transaction markers and aborted records, follow new records live (Server-Sent
 * Events), and produce a record.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { type BrowseResult, enc, get, post, type RecordView, type TopicDetail, type TopicRow } from '../api';
import { Badge, Bytes, Field, Section, Status, useAction, usePoll } from '../components';
import { type Format, fromBase64, keyValueLines, num, time, utf8 } from '../format';

const LIVE_KEEP = 500;

export function MessagesView({ topic, query }: { topic: string | null; query: URLSearchParams }) {
  const topics = usePoll(() => get<{ topics: TopicRow[] }>('/api/topics'), [], 0);
  const detail = usePoll(
    () => (topic === null ? Promise.resolve(null) : get<TopicDetail>(`/api/topics/${enc(topic)}`)),
    [topic],
    0,
  );
  const [partitions, setPartitions] = useState<number[] | null>(null);
  const [from, setFrom] = useState(query.get('from') ?? 'beginning');
  const [offset, setOffset] = useState('0');
  const [at, setAt] = useState('');
  const [limit, setLimit] = useState('50');
  const [filter, setFilter] = useState('');
  const [markers, setMarkers] = useState(false);
  const [format, setFormat] = useState<Format>('auto');
  const [page, setPage] = useState<BrowseResult | null>(null);
  const [history, setHistory] = useState<string[]>([]);
  const [live, setLive] = useState(false);
  const [liveRecords, setLiveRecords] = useState<RecordView[]>([]);
  const [liveState, setLiveState] = useState<string | null>(null);
  const [state, act] = useAction();
  const lastQuery = useRef('');

  // A new topic starts over.
  useEffect(() => {
    setPartitions(null);
    setPage(null);
    setHistory([]);
    setLive(false);
    setLiveRecords([]);
  }, [topic]);

  // A topic opens on its first page.
  useEffect(() => {
    if (topic !== null && detail.data !== null && page === null && !live) read();
  }, [topic, detail.data !== null]);

  const baseParams = (): URLSearchParams => {
    const p = new URLSearchParams({ limit, filter, markers: markers ? '1' : '0' });
    if (partitions !== null) p.set('partitions', partitions.join(','));
    return p;
  };
  const load = (params: URLSearchParams, remember: boolean) =>
    act(async () => {
      const result = await get<BrowseResult>(`/api/topics/${enc(topic as string)}/records?${params}`);
      if (remember && lastQuery.current !== '') setHistory((h) => [...h, lastQuery.current]);
      lastQuery.current = params.toString();
      setPage(result);
      return `${result.records.length} record(s) shown, ${num(result.scanned)} read${result.complete ? '' : ' (stopped early: page on to read further)'}.`;
    });
  const read = (e?: Event): void => {
    e?.preventDefault();
    const p = baseParams();
    p.set('from', from);
    if (from === 'offset') p.set('offset', offset);
    if (from === 'timestamp') p.set('timestamp', String(new Date(at).getTime()));
    setHistory([]);
    lastQuery.current = '';
    void load(p, false);
  };
  const next = (): void => {
    if (page === null) return;
    const p = baseParams();
    p.set('from', 'cursor');
    p.set(
      'cursor',
      Object.entries(page.cursor)
        .map(([k, v]) => `${k}:${v}`)
        .join(','),
    );
    void load(p, true);
  };
  const previous = (): void => {
    const prev = history.at(-1);
    if (prev === undefined) return;
    setHistory((h) => h.slice(0, -1));
    lastQuery.current = '';
    void load(new URLSearchParams(prev), false).then(() => {
      lastQuery.current = prev;
    });
  };

  // The live tail: one EventSource while on, records appended as they arrive.
  useEffect(() => {
    if (!live || topic === null) return;
    const p = baseParams();
    const source = new EventSource(`/api/topics/${enc(topic)}/tail?${p}`);
    setLiveState('connecting');
    source.addEventListener('ready', () => setLiveState('waiting for new records'));
    source.addEventListener('records', (e) => {
      const records = JSON.parse((e as MessageEvent<string>).data) as RecordView[];
      setLiveRecords((list) => [...list, ...records].slice(-LIVE_KEEP));
      setLiveState('following');
    });
    source.addEventListener('problem', (e) =>
      setLiveState(`problem: ${(JSON.parse((e as MessageEvent<string>).data) as { error: string }).error}`),
    );
    source.onerror = () => setLiveState('reconnecting');
    return () => source.close();
  }, [live, topic, partitions?.join(','), filter, markers]);

  const all = detail.data?.partitionDetails.map((p) => p.partition) ?? [];
  const chosen = partitions ?? all;
  const toggle = (p: number, on: boolean): void => {
    const set = new Set(chosen);
    if (on) set.add(p);
    else set.delete(p);
    setPartitions(set.size === all.length ? null : [...set].sort((a, b) => a - b));
  };
  const rows = live ? [...liveRecords].reverse() : (page?.records ?? []);
  return (
    <>
      <h2 tabIndex={-1}>Messages</h2>
      <Field label="Topic">
        <select
          value={topic ?? ''}
          onChange={(e) => {
            location.hash = `#/messages/${enc(e.currentTarget.value)}`;
          }}
        >
          <option value="" disabled>
            Choose a topic
          </option>
          {(topics.data?.topics ?? []).map((t) => (
            <option key={t.name} value={t.name}>
              {t.name}
            </option>
          ))}
        </select>
      </Field>
      <Status error={topics.error ?? detail.error} />
      {topic !== null && detail.data ? (
        <>
          <form class="browse" onSubmit={read}>
            <fieldset>
              <legend>Partitions</legend>
              {all.map((p) => (
                <label key={p} class="inline">
                  <input
                    type="checkbox"
                    checked={chosen.includes(p)}
                    onChange={(e) => toggle(p, e.currentTarget.checked)}
                  />{' '}
                  {p}
                </label>
              ))}
            </fieldset>
            <div class="form-grid">
              <Field label="Start at">
                <select value={from} onChange={(e) => setFrom(e.currentTarget.value)}>
                  <option value="beginning">the beginning</option>
                  <option value="newest">the newest records</option>
                  <option value="offset">an offset</option>
                  <option value="timestamp">a time</option>
                </select>
              </Field>
              {from === 'offset' ? (
                <Field label="Offset">
                  <input type="number" min={0} value={offset} onInput={(e) => setOffset(e.currentTarget.value)} />
                </Field>
              ) : null}
              {from === 'timestamp' ? (
                <Field label="Time">
                  <input
                    type="datetime-local"
                    step="1"
                    required
                    value={at}
                    onInput={(e) => setAt(e.currentTarget.value)}
                  />
                </Field>
              ) : null}
              <Field label="Records per page">
                <input type="number" min={1} max={500} value={limit} onInput={(e) => setLimit(e.currentTarget.value)} />
              </Field>
              <Field label="Filter" hint="text in the key, value or headers">
                <input type="search" value={filter} onInput={(e) => setFilter(e.currentTarget.value)} />
              </Field>
              <Field label="Show values as">
                <select value={format} onChange={(e) => setFormat(e.currentTarget.value as Format)}>
                  <option value="auto">JSON or text (auto)</option>
                  <option value="text">UTF-8 text</option>
                  <option value="json">JSON</option>
                  <option value="hex">hex</option>
                </select>
              </Field>
            </div>
            <label class="inline">
              <input type="checkbox" checked={markers} onChange={(e) => setMarkers(e.currentTarget.checked)} /> Show
              transaction markers and aborted records (read_uncommitted)
            </label>
            <div class="actions">
              <button type="submit" disabled={state.busy || live}>
                Read
              </button>
              <button type="button" onClick={previous} disabled={history.length === 0 || live}>
                Previous page
              </button>
              <button type="button" onClick={next} disabled={page === null || live}>
                Next page
              </button>
              <button
                type="button"
                aria-pressed={live}
                onClick={() => {
                  setLiveRecords([]);
                  setLive(!live);
                }}
              >
                {live ? 'Stop live tail' : 'Live tail'}
              </button>
            </div>
          </form>
          <Status
            ok={live ? `Live tail: ${liveState ?? ''}, ${liveRecords.length} new record(s).` : state.ok}
            error={state.error}
          />
          {page && !live ? (
            <p class="muted">
              {Object.entries(page.ranges)
                .map(([p, r]) => `partition ${p}: log start ${num(r.start)}, end ${num(r.end)}`)
                .join(' · ')}
            </p>
          ) : null}
          <RecordsTable rows={rows} format={format} live={live} />
          <ProduceForm topic={topic} partitions={all} />
        </>
      ) : null}
    </>
  );
}

function RecordsTable({ rows, format, live }: { rows: RecordView[]; format: Format; live: boolean }) {
  return (
    <table class="records" aria-live={live ? 'polite' : undefined} aria-label="Records">
      <thead>
        <tr>
          <th scope="col">Partition</th>
          <th scope="col">Offset</th>
          <th scope="col">Time</th>
          <th scope="col">Key</th>
          <th scope="col">Value</th>
          <th scope="col">Headers</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr
            key={`${r.partition}-${r.offset}`}
            class={r.control ? 'marker' : r.txn === 'aborted' ? 'aborted' : ''}
            data-offset={r.offset}
          >
            <td>{r.partition}</td>
            <td>{r.offset}</td>
            <td title={r.timestampType}>{time(r.timestamp)}</td>
            {r.control ? (
              <td colSpan={3}>
                <Badge value={r.control} /> transaction marker of producer {r.producerId}
              </td>
            ) : (
              <>
                <td class="cell-key">
                  <Bytes b64={r.key} format={format === 'json' ? 'auto' : format} size={r.keySize} />
                </td>
                <td class="cell-value">
                  {r.txn ? <Badge value={r.txn} /> : null}
                  <Bytes b64={r.value} format={format} size={r.valueSize} />
                </td>
                <td class="cell-headers">
                  {r.headers.length === 0 ? (
                    <span class="muted">–</span>
                  ) : (
                    <ul class="headers">
                      {r.headers.map((h, i) => (
                        <li key={i}>
                          <code>{h.key}</code>:{' '}
                          {h.value === null ? (
                            <span class="null">null</span>
                          ) : (
                            (utf8(fromBase64(h.value)) ?? <Bytes b64={h.value} format="hex" size={-1} />)
                          )}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ProduceForm({ topic, partitions }: { topic: string; partitions: number[] }) {
  const [partition, setPartition] = useState('');
  const [key, setKey] = useState('');
  const [value, setValue] = useState('');
  const [headers, setHeaders] = useState('');
  const [state, act] = useAction();
  const submit = (e: Event): void => {
    e.preventDefault();
    void act(async () => {
      const body = {
        ...(partition === '' ? {} : { partition: Number(partition) }),
        key: key === '' ? null : key,
        value,
        headers: Object.entries(keyValueLines(headers)).map(([k, v]) => ({ key: k, value: v })),
      };
      const written = await post<{ partition: number; offset: number }>(`/api/topics/${enc(topic)}/records`, body);
      return `Written to partition ${written.partition} at offset ${written.offset}.`;
    });
  };
  return (
    <Section title="Produce a record">
      <form class="form-grid" onSubmit={submit}>
        <Field label="Partition">
          <select value={partition} onChange={(e) => setPartition(e.currentTarget.value)}>
            <option value="">by key (default partitioner)</option>
            {partitions.map((p) => (
              <option key={p} value={String(p)}>
                {p}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Key" hint="empty: no key">
          <input value={key} onInput={(e) => setKey(e.currentTarget.value)} />
        </Field>
        <Field label="Value">
          <textarea rows={3} value={value} onInput={(e) => setValue(e.currentTarget.value)} />
        </Field>
        <Field label="Headers" hint="key=value, one per line">
          <textarea rows={2} value={headers} onInput={(e) => setHeaders(e.currentTarget.value)} />
        </Field>
        <div class="actions">
          <button type="submit" disabled={state.busy}>
            Produce
          </button>
        </div>
      </form>
      <Status ok={state.ok} error={state.error} />
    </Section>
  );
}
