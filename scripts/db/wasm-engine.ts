// Loads Prisma's WebAssembly schema engine. The package's own entry point imports the .wasm file
// as an ES module, which Node 20 cannot do without a flag, so we instantiate it by hand and hand
// the exports to the generated JS glue, which is what that entry point would have done.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as bg from '@prisma/schema-engine-wasm/schema_engine_bg';
import type { SchemaEngine } from '@prisma/schema-engine-wasm';
import type { ErrorCapturingSqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';

export type { SchemaEngine };

let loaded: Promise<typeof bg.SchemaEngine> | undefined;

function loadEngineClass(): Promise<typeof bg.SchemaEngine> {
  loaded ??= (async () => {
    const require = createRequire(import.meta.url);
    const glue = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const bytes = readFileSync(path.join(path.dirname(glue), 'schema_engine_bg.wasm'));
    const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': withUnrefTimers(bg) });
    bg.__wbg_set_wasm(instance.exports);
    const start = instance.exports.__wbindgen_start;
    if (typeof start !== 'function') throw new Error('schema engine wasm has no __wbindgen_start export');
    start();
    return bg.SchemaEngine;
  })();
  return loaded;
}

/**
 * The engine arms a timer for every advisory-lock wait (10 s on Postgres) and never clears it, so
 * each `migrate` kept Node alive for 10 s after finishing. Those timers are only deadlines for work
 * that already holds a socket open, so letting them not keep the process alive is safe.
 */
function withUnrefTimers(glue: typeof bg): WebAssembly.ModuleImports {
  const imports: WebAssembly.ModuleImports = { ...glue };
  for (const name of Object.keys(imports).filter((key) => key.startsWith('__wbg_setTimeout_'))) {
    imports[name] = (callback: () => void, ms: number) => setTimeout(callback, ms >>> 0).unref();
  }
  return imports;
}

/** A prisma schema file as the engine wants it: [path, content]. */
export type Datamodel = [path: string, content: string];

export async function startSchemaEngine(
  adapterFactory: ErrorCapturingSqlMigrationAwareDriverAdapterFactory,
  datamodels: Datamodel[] = [],
): Promise<SchemaEngine> {
  const Engine = await loadEngineClass();
  // The callback receives the engine's debug log lines; surface them only when asked to.
  const log = (line: string) => {
    if (process.env.PATHWISE_SCHEMA_ENGINE_DEBUG) console.error(`[schema-engine] ${line}`);
  };
  return Engine.new({ datamodels }, log, adapterFactory);
}
