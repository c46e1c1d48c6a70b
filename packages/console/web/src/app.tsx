/**
 * The page: a header (cluster, theme), the navigation, and one view at a time chosen by the URL's hash
 * (`#/topics/orders`), so every view has an address and the browser's back button works. The fault and request-log
 * views exist only when the console runs inside samsa.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { get, type Info } from './api';
import { message } from './components';
import { BrokersView } from './views/brokers';
import { FaultsView } from './views/faults';
import { GroupDetailView, GroupsView } from './views/groups';
import { MessagesView } from './views/messages';
import { OverviewView } from './views/overview';
import { RequestsView } from './views/requests';
import { TopicDetailView, TopicsView } from './views/topics';

interface Route {
  view: string;
  arg: string | null;
  query: URLSearchParams;
}

function parseHash(): Route {
  const raw = location.hash.replace(/^#\/?/, '');
  const [path = '', q = ''] = raw.split('?');
  const [view = 'overview', ...rest] = path.split('/');
  return {
    view: view || 'overview',
    arg: rest.length > 0 ? decodeURIComponent(rest.join('/')) : null,
    query: new URLSearchParams(q),
  };
}

const NAV: { view: string; label: string; samsaOnly?: boolean }[] = [
  { view: 'overview', label: 'Overview' },
  { view: 'topics', label: 'Topics' },
  { view: 'messages', label: 'Messages' },
  { view: 'groups', label: 'Consumer groups' },
  { view: 'brokers', label: 'Brokers & partitions' },
  { view: 'faults', label: 'Faults', samsaOnly: true },
  { view: 'requests', label: 'Request log', samsaOnly: true },
];

type Theme = 'light' | 'dark' | 'system';

function applyTheme(theme: Theme): void {
  if (theme === 'system') delete document.documentElement.dataset['theme'];
  else document.documentElement.dataset['theme'] = theme;
}

export function App() {
  const [route, setRoute] = useState(parseHash);
  const [info, setInfo] = useState<Info | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [theme, setTheme] = useState<Theme>(() => (localStorage.getItem('samsa-theme') as Theme | null) ?? 'system');
  const heading = useRef<HTMLDivElement>(null);
  const first = useRef(true);

  useEffect(() => {
    const onHash = (): void => setRoute(parseHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  useEffect(() => {
    get<Info>('/api/info').then(setInfo, (e: unknown) => setError(message(e)));
  }, []);
  useEffect(() => {
    applyTheme(theme);
    localStorage.setItem('samsa-theme', theme);
  }, [theme]);
  // A new view takes the focus, so keyboard and screen reader users land on it (not on the first load).
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    heading.current?.querySelector<HTMLElement>('h2')?.focus();
  }, [route.view, route.arg]);

  const nav = NAV.filter((n) => !n.samsaOnly || info?.faults);
  const nextTheme: Record<Theme, Theme> = { system: 'light', light: 'dark', dark: 'system' };
  return (
    <>
      <a class="skip" href="#main">
        Skip to content
      </a>
      <header class="top">
        <span class="brand">samsa console</span>
        {info ? (
          <span class="where">
            {info.mode === 'samsa' ? 'samsa' : 'Kafka'} at <code>{info.bootstrap}</code>
          </span>
        ) : null}
        <button
          type="button"
          class="theme"
          onClick={() => setTheme(nextTheme[theme])}
          aria-label={`Theme: ${theme}. Switch to ${nextTheme[theme]}`}
        >
          Theme: {theme}
        </button>
      </header>
      <nav aria-label="Views">
        <ul>
          {nav.map((n) => (
            <li key={n.view}>
              <a href={`#/${n.view}`} aria-current={route.view === n.view ? 'page' : undefined}>
                {n.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" ref={heading}>
        {error ? (
          <p role="alert" class="error">
            {error}
          </p>
        ) : null}
        {info ? <View route={route} info={info} /> : null}
      </main>
    </>
  );
}

function View({ route, info }: { route: Route; info: Info }) {
  switch (route.view) {
    case 'topics':
      return route.arg ? <TopicDetailView name={route.arg} /> : <TopicsView />;
    case 'messages':
      return <MessagesView topic={route.arg} query={route.query} />;
    case 'groups':
      return route.arg ? <GroupDetailView groupId={route.arg} /> : <GroupsView />;
    case 'brokers':
      return <BrokersView info={info} />;
    case 'faults':
      return info.faults ? <FaultsView info={info} /> : <NotHere />;
    case 'requests':
      return info.faults ? <RequestsView info={info} /> : <NotHere />;
    default:
      return <OverviewView info={info} />;
  }
}

function NotHere() {
  return (
    <>
      <h2 tabIndex={-1}>Not available</h2>
      <p>Faults and the request log are samsa's own: this console is connected to another Kafka cluster.</p>
    </>
  );
}
