/** node-forge, loaded on first use, so a broker without TLS listeners (and `samsa start`'s start-up) never loads it. */
import type Forge from 'node-forge';

let loaded: typeof Forge | null = null;

export function forge(): typeof Forge {
  loaded ??= require('node-forge') as typeof Forge;
  return loaded;
}
