/**
 * Consumer groups: the list with type and lag, and one group's members, offsets, lag chart and offset reset. A KIP-848
 * group also shows its group and assignment epochs, its assignor, and each member's epoch, subscription and current
 * against target assignment (they differ while the group reconciles).
 */
import { useState } from 'preact/hooks';
import { type Assigned, enc, get, type GroupDetail, type GroupRow, post } from '../api';
import { Badge, Field, Section, Status, TimeChart, useAction, usePoll } from '../components';
import { num } from '../format';

export function GroupsView() {
  const groups = usePoll(() => get<{ groups: GroupRow[] }>('/api/groups'), []);
  const rows = groups.data?.groups ?? [];
  return (
    <>
      <h2 tabIndex={-1}>Consumer groups</h2>
      <Status error={groups.error} />
      <table>
        <thead>
          <tr>
            <th scope="col">Group</th>
            <th scope="col">State</th>
            <th scope="col">Type</th>
            <th scope="col">Protocol type</th>
            <th scope="col">Members</th>
            <th scope="col">Lag</th>
            <th scope="col">Coordinator</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((g) => (
            <tr key={g.groupId}>
              <th scope="row">
                <a href={`#/groups/${enc(g.groupId)}`}>{g.groupId}</a>
              </th>
              <td>
                <Badge value={g.state || 'unknown'} />
              </td>
              <td>{g.type}</td>
              <td>{g.protocolType || '–'}</td>
              <td>{num(g.members)}</td>
              <td>{num(g.lag)}</td>
              <td>{g.coordinator}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {groups.data && rows.length === 0 ? <p class="muted">No consumer groups.</p> : null}
    </>
  );
}

const assigned = (list: Assigned[]): string =>
  list.map((a) => `${a.topic}: ${a.partitions.join(', ')}`).join('; ') || '–';

/** Whether a KIP-848 member still has partitions to take or give up. */
const reconciling = (current: Assigned[], target: Assigned[] | null): boolean =>
  target !== null && assigned(current) !== assigned(target);

export function GroupDetailView({ groupId }: { groupId: string }) {
  const group = usePoll(() => get<GroupDetail>(`/api/groups/${enc(groupId)}`), [groupId]);
  const g = group.data;
  const kip848 = g?.type === 'consumer';
  return (
    <>
      <h2 tabIndex={-1}>
        Group <code>{groupId}</code>
      </h2>
      <p>
        <a href="#/groups">All groups</a>
      </p>
      <Status error={group.error} />
      {g ? (
        <>
          <dl class="cards" aria-label="Group summary">
            <div class="card">
              <dt>State</dt>
              <dd>
                <Badge value={g.state} />
              </dd>
            </div>
            <div class="card">
              <dt>Type</dt>
              <dd data-testid="group-type">{g.type}</dd>
            </div>
            {g.type === 'consumer' ? (
              <>
                <div class="card">
                  <dt>Group epoch</dt>
                  <dd data-testid="group-epoch">{g.groupEpoch}</dd>
                </div>
                <div class="card">
                  <dt>Assignment epoch</dt>
                  <dd data-testid="assignment-epoch">{g.assignmentEpoch}</dd>
                </div>
                <div class="card">
                  <dt>Assignor</dt>
                  <dd data-testid="assignor">{g.assignor || '–'}</dd>
                </div>
              </>
            ) : (
              <div class="card">
                <dt>Protocol</dt>
                <dd>
                  {g.protocolType || '–'}
                  {g.protocol ? ` / ${g.protocol}` : ''}
                </dd>
              </div>
            )}
            <div class="card">
              <dt>Members</dt>
              <dd>{g.members.length}</dd>
            </div>
            <div class="card">
              <dt>Total lag</dt>
              <dd data-testid="total-lag">{num(g.totalLag)}</dd>
            </div>
            <div class="card">
              <dt>Coordinator</dt>
              <dd>{g.coordinator}</dd>
            </div>
          </dl>
          <Section title="Lag over time">
            {g.lagHistory.length < 2 ? (
              <p class="muted">Collecting samples while this page is open…</p>
            ) : (
              <TimeChart
                label="Total lag"
                times={g.lagHistory.map((s) => s.time)}
                series={[{ label: 'lag', values: g.lagHistory.map((s) => s.lag), color: '--series-1' }]}
                unit={(v) => num(Math.round(v))}
                summary={`now ${num(g.totalLag)}`}
              />
            )}
          </Section>
          <Section title="Offsets">
            <table>
              <thead>
                <tr>
                  <th scope="col">Topic</th>
                  <th scope="col">Partition</th>
                  <th scope="col">Committed</th>
                  <th scope="col">Log end</th>
                  <th scope="col">Lag</th>
                  <th scope="col">Member</th>
                </tr>
              </thead>
              <tbody>
                {g.offsets.map((o) => (
                  <tr key={`${o.topic}-${o.partition}`}>
                    <th scope="row">{o.topic}</th>
                    <td>{o.partition}</td>
                    <td>{num(o.committed)}</td>
                    <td>{num(o.logEnd)}</td>
                    <td class={o.lag !== null && o.lag > 0 ? 'warn' : ''}>{num(o.lag)}</td>
                    <td>
                      <code>{o.member ?? '–'}</code>
                    </td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row" colSpan={4}>
                    Total
                  </th>
                  <td>{num(g.totalLag)}</td>
                  <td />
                </tr>
              </tfoot>
            </table>
          </Section>
          <Section title="Members">
            <table>
              <thead>
                <tr>
                  <th scope="col">Member</th>
                  <th scope="col">Client id</th>
                  <th scope="col">Host</th>
                  {kip848 ? (
                    <>
                      <th scope="col">Epoch</th>
                      <th scope="col">Subscription</th>
                      <th scope="col">Current assignment</th>
                      <th scope="col">Target assignment</th>
                    </>
                  ) : (
                    <th scope="col">Assignment</th>
                  )}
                </tr>
              </thead>
              <tbody>
                {g.members.map((m) => (
                  <tr key={m.memberId}>
                    <th scope="row">
                      <code>{m.memberId}</code>
                      {m.groupInstanceId ? ` (static: ${m.groupInstanceId})` : ''}
                    </th>
                    <td>{m.clientId}</td>
                    <td>{m.clientHost}</td>
                    {kip848 ? (
                      <>
                        <td>{m.memberEpoch}</td>
                        <td>
                          {[
                            ...(m.subscribedTopics ?? []),
                            ...(m.subscribedTopicRegex ? [`/${m.subscribedTopicRegex}/`] : []),
                          ].join(', ') || '–'}
                        </td>
                        <td>{assigned(m.assignment)}</td>
                        <td class={reconciling(m.assignment, m.targetAssignment) ? 'warn' : ''}>
                          {assigned(m.targetAssignment ?? [])}
                        </td>
                      </>
                    ) : (
                      <td>{assigned(m.assignment)}</td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
            {g.members.length === 0 ? <p class="muted">No members.</p> : null}
          </Section>
          <ResetOffsets group={g} onDone={group.reload} />
        </>
      ) : null}
    </>
  );
}

function ResetOffsets({ group, onDone }: { group: GroupDetail; onDone: () => void }) {
  const [to, setTo] = useState('start');
  const [at, setAt] = useState('');
  const [offset, setOffset] = useState('0');
  const [topic, setTopic] = useState('');
  const [state, act] = useAction();
  const empty = group.state === 'Empty' || group.state === 'Dead';
  const submit = async (e: Event): Promise<void> => {
    e.preventDefault();
    const ok = await act(async () => {
      const body = {
        to,
        ...(to === 'timestamp' ? { timestamp: new Date(at).getTime() } : {}),
        ...(to === 'offset' ? { offset: Number(offset) } : {}),
        ...(topic.trim() ? { topic: topic.trim() } : {}),
      };
      const r = await post<{ offsets: unknown[] }>(`/api/groups/${enc(group.groupId)}/reset`, body);
      return `Reset ${r.offsets.length} partition(s).`;
    });
    if (ok) onDone();
  };
  return (
    <Section title="Reset offsets">
      {empty ? null : (
        <p class="muted">Offsets can be reset only while the group has no members (it is {group.state}).</p>
      )}
      <form class="form-grid" onSubmit={submit}>
        <Field label="Reset to">
          <select value={to} onChange={(e) => setTo(e.currentTarget.value)}>
            <option value="start">the start</option>
            <option value="end">the end</option>
            <option value="timestamp">a time</option>
            <option value="offset">an offset</option>
          </select>
        </Field>
        {to === 'timestamp' ? (
          <Field label="Time">
            <input type="datetime-local" step="1" required value={at} onInput={(e) => setAt(e.currentTarget.value)} />
          </Field>
        ) : null}
        {to === 'offset' ? (
          <Field label="Offset">
            <input type="number" min={0} value={offset} onInput={(e) => setOffset(e.currentTarget.value)} />
          </Field>
        ) : null}
        <Field label="Topic" hint="empty: every topic the group has offsets for">
          <input value={topic} onInput={(e) => setTopic(e.currentTarget.value)} />
        </Field>
        <div class="actions">
          <button type="submit" disabled={!empty || state.busy}>
            Reset offsets
          </button>
        </div>
      </form>
      <Status ok={state.ok} error={state.error} />
    </Section>
  );
}
