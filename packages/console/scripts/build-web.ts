/**
 * Builds the console's page (web/) into static assets with esbuild, at `npm run build` (`npm run build:console`):
 * `index.html`, `app.js` (Preact, uPlot and the views in one minified script) and `app.css`, into
 * packages/console/dist/web, which the server serves and scripts/build-package.ts copies into the samsa package.
 * Nothing is loaded from elsewhere at run time, so the page works offline. The build fails when the assets weigh
 * more than 250 KB gzipped. The files are written to a fresh directory that then takes the place of the old one,
 * so a server reading them never sees half a build.
 */
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const WEB = resolve(__dirname, '../web');
export const DEFAULT_OUT_DIR = resolve(__dirname, '../dist/web');
export const MAX_GZIPPED_BYTES = 250 * 1024;

export interface WebBuild {
  readonly dir: string;
  /** Each file's bytes, plain and gzipped (level 9, as the server sends them). */
  readonly files: Record<string, { plain: number; gzipped: number }>;
  readonly gzipped: number;
}

export async function buildWeb(outDir: string = DEFAULT_OUT_DIR): Promise<WebBuild> {
  const parent = dirname(outDir);
  mkdirSync(parent, { recursive: true });
  const tmp = mkdtempSync(join(parent, '.web-'));
  try {
    await build({
      entryPoints: [join(WEB, 'src/main.tsx')],
      outfile: join(tmp, 'app.js'),
      bundle: true,
      minify: true,
      format: 'iife',
      target: ['chrome110', 'firefox110', 'safari16'],
      jsx: 'automatic',
      jsxImportSource: 'preact',
      legalComments: 'none',
      logLevel: 'warning',
      tsconfig: join(WEB, 'tsconfig.json'),
    });
    copyFileSync(join(WEB, 'index.html'), join(tmp, 'index.html'));
    const files: WebBuild['files'] = {};
    let gzipped = 0;
    for (const name of readdirSync(tmp)) {
      const body = readFileSync(join(tmp, name));
      const size = { plain: body.length, gzipped: gzipSync(body, { level: 9 }).length };
      files[name] = size;
      gzipped += size.gzipped;
    }
    if (gzipped > MAX_GZIPPED_BYTES)
      throw new Error(`console assets are ${gzipped} bytes gzipped, over the ${MAX_GZIPPED_BYTES} budget`);
    const old = existsSync(outDir) ? `${tmp}-old` : null;
    if (old !== null) renameSync(outDir, old);
    renameSync(tmp, outDir);
    if (old !== null) rmSync(old, { recursive: true, force: true });
    return { dir: outDir, files, gzipped };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (require.main === module) {
  buildWeb(process.argv[2] ?? DEFAULT_OUT_DIR).then(
    (b) => {
      const list = Object.entries(b.files)
        .map(([n, s]) => `${n} ${(s.plain / 1024).toFixed(1)} KB (${(s.gzipped / 1024).toFixed(1)} KB gzipped)`)
        .join(', ');
      console.log(`samsa console: built ${b.dir}: ${list}; ${(b.gzipped / 1024).toFixed(1)} KB gzipped in all`);
    },
    (err: unknown) => {
      console.error(err instanceof Error ? err.message : err);
      process.exit(1);
    },
  );
}
