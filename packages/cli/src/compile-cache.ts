/**
 * A V8 code cache for the CommonJS modules the `samsa` binary loads (Node 20 has no `module.enableCompileCache`).
 * Compiling the ~150 modules a broker loads before it listens took about 20 ms of its start-up; with the bytecode
 * V8 produced by an earlier run, the compile step is mostly skipped.
 *
 * The cache is one file per Node version and architecture, holding for each module its path, the SHA-1 of its source
 * and the code cache. An entry is used only when the source hash matches (V8's own check looks at the source length
 * only, so an edited module of the same length would otherwise run stale bytecode); V8 still validates the data
 * (version, flags) and a rejected entry is recompiled and rewritten. The V8 version tag stays out of the name:
 * loading `node:v8` for it would cost a millisecond and a half of start-up. The data is taken from the
 * scripts after they ran, so it also covers the functions start-up called. It is written once, a while after
 * start-up (or at exit, for a command that ends sooner), and only when a module was compiled afresh; writes go to a
 * temporary file renamed over the cache, so brokers starting side by side never read a half-written file.
 *
 * `SAMSA_COMPILE_CACHE`: unset, the cache lives in `dist/.compile-cache` of this package; `0` turns it off; anything
 * else is the directory to use. It stays off when source maps are enabled (`--enable-source-maps`), whose stack
 * traces need Node's own compile path.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { dirname, join } from 'node:path';
import { Script, constants as vmConstants } from 'node:vm';

/** How long after installing the cache the first write happens: start-up is over by then. */
const SAVE_AFTER_MS = 2000;
/** Entries kept at most; a cache only grows when modules are renamed or added. */
const MAX_ENTRIES = 2000;
const MAGIC = 'samsa-compile-cache-1';

interface Entry {
  readonly hash: string;
  readonly data: Buffer;
}

export interface CompileCacheStats {
  /** Modules compiled from cached data V8 accepted. */
  hits: number;
  /** Modules compiled afresh: no entry, a different source hash, or data V8 rejected. */
  misses: number;
}

export interface CompileCache {
  readonly file: string;
  readonly stats: CompileCacheStats;
  /** Writes the cache now when a module was compiled afresh since the last write; returns whether it wrote. */
  save(): boolean;
}

/** The internal shape of a CommonJS module that this cache relies on (public but untyped in @types/node). */
interface CjsModule {
  exports: unknown;
  require(id: string): unknown;
  _compile(content: string, filename: string): unknown;
}

interface CjsModuleStatics {
  prototype: CjsModule;
  wrap(content: string): string;
  _resolveFilename(request: string, parent: CjsModule, isMain: boolean, options?: { paths?: string[] }): string;
  _resolveLookupPaths(request: string, parent: CjsModule): string[] | null;
  _cache: Record<string, unknown>;
  _extensions: Record<string, unknown>;
}

let installed: CompileCache | null = null;

/**
 * Where the binary keeps its cache, or null when `SAMSA_COMPILE_CACHE=0` or source maps are on. `defaultDir`: the
 * directory used when the variable is unset (this package's `dist/.compile-cache`; the installed package passes
 * its own).
 */
export function compileCacheDir(
  env: NodeJS.ProcessEnv = process.env,
  defaultDir = join(__dirname, '..', '.compile-cache'),
): string | null {
  const setting = env.SAMSA_COMPILE_CACHE;
  if (setting === '0' || process.sourceMapsEnabled) return null;
  return setting !== undefined && setting !== '' ? setting : defaultDir;
}

/**
 * Compiles every CommonJS module loaded from now on through the cache in `dir`. Installing twice returns the first
 * cache. Never throws for an unreadable or corrupt cache: it is then rebuilt.
 */
export function enableCompileCache(dir: string): CompileCache {
  if (installed) return installed;
  const file = join(dir, `${MAGIC}-${process.version}-${process.arch}.bin`);
  const entries = readCache(file);
  const fresh = new Map<string, { hash: string; script: Script }>();
  const stats: CompileCacheStats = { hits: 0, misses: 0 };
  /** Set once the start-up write is done: later modules are neither recorded nor looked up. */
  let closed = false;
  const M = Module as unknown as CjsModuleStatics;

  M.prototype._compile = function compile(this: CjsModule, content: string, filename: string): unknown {
    const hash = createHash('sha1').update(content).digest('base64');
    const cached = entries.get(filename);
    const cachedData = cached !== undefined && cached.hash === hash ? cached.data : undefined;
    // A leading #! line is legal in a CommonJS entry but not inside the function wrapper; Node blanks it the same way.
    const source = content.startsWith('#!') ? `//${content.slice(2)}` : content;
    const script = new Script(M.wrap(source), {
      filename,
      cachedData,
      importModuleDynamically: vmConstants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
    });
    if (cachedData !== undefined && !script.cachedDataRejected) {
      stats.hits++;
    } else {
      stats.misses++;
      if (!closed) fresh.set(filename, { hash, script });
    }
    const fn = script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => unknown;
    return fn.call(this.exports, this.exports, requireFor(M, this), this, filename, dirname(filename));
  };

  const cache: CompileCache = {
    file,
    stats,
    save() {
      if (closed || fresh.size === 0) return false;
      for (const [filename, { hash, script }] of fresh) {
        entries.delete(filename); // re-inserted last: the newest entries survive the cap
        entries.set(filename, { hash, data: script.createCachedData() });
      }
      fresh.clear();
      while (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
      return writeCache(dir, file, entries);
    },
  };
  installed = cache;
  // One write once start-up is over; modules loaded later (an API's first request) are compiled as usual, and the
  // cached data is released.
  setTimeout(() => {
    cache.save();
    closed = true;
    entries.clear();
  }, SAVE_AFTER_MS).unref();
  // A command that ends sooner (help, ctl) writes what it compiled at exit.
  process.once('exit', () => cache.save());
  return cache;
}

/** The `require` a module sees, as Node builds it (`makeRequireFunction`). */
function requireFor(M: CjsModuleStatics, mod: CjsModule): NodeJS.Require {
  const req = ((id: string) => mod.require(id)) as NodeJS.Require;
  const resolve = ((request: string, options?: { paths?: string[] }) =>
    M._resolveFilename(request, mod, false, options)) as NodeJS.RequireResolve;
  resolve.paths = (request: string) => M._resolveLookupPaths(request, mod);
  req.resolve = resolve;
  req.main = require.main;
  req.cache = M._cache as NodeJS.Require['cache'];
  req.extensions = M._extensions as NodeJS.Require['extensions'];
  return req;
}

/** Layout: uint32 LE length of a JSON index `[magic, [path, hash, bytes]...]`, the index, then each entry's data. */
function readCache(file: string): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  let buf: Buffer;
  try {
    buf = readFileSync(file);
  } catch {
    return entries;
  }
  try {
    const indexBytes = buf.readUInt32LE(0);
    const index = JSON.parse(buf.toString('utf8', 4, 4 + indexBytes)) as [string, ...[string, string, number][]];
    if (index[0] !== MAGIC) return entries;
    let offset = 4 + indexBytes;
    for (let i = 1; i < index.length; i++) {
      const [path, hash, bytes] = index[i] as [string, string, number];
      if (offset + bytes > buf.length) return new Map();
      entries.set(path, { hash, data: buf.subarray(offset, offset + bytes) });
      offset += bytes;
    }
  } catch {
    return new Map();
  }
  return entries;
}

function writeCache(dir: string, file: string, entries: ReadonlyMap<string, Entry>): boolean {
  const index: unknown[] = [MAGIC];
  const parts: Buffer[] = [];
  for (const [path, { hash, data }] of entries) {
    index.push([path, hash, data.length]);
    parts.push(data);
  }
  const indexBuf = Buffer.from(JSON.stringify(index));
  const head = Buffer.alloc(4);
  head.writeUInt32LE(indexBuf.length, 0);
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(tmp, Buffer.concat([head, indexBuf, ...parts]));
    renameSync(tmp, file);
    return true;
  } catch {
    // A read-only install or a full disk only costs the speed-up.
    try {
      unlinkSync(tmp);
    } catch {
      // nothing was written
    }
    return false;
  }
}

/** Installs the cache when this process runs the `samsa` binary (not when a test or an embedding imports the CLI). */
export function enableForBinary(): CompileCache | null {
  if (require.main?.filename !== join(__dirname, 'main.js')) return null;
  const dir = compileCacheDir();
  return dir === null ? null : enableCompileCache(dir);
}
