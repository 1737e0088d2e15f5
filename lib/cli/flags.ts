// The command-line flags of the CLIs and jobs (`npm run seed -- …`, `npm run job -- <name> …`),
// read with Node's util.parseArgs. Every mistake is an ArgsError with a sentence that names the
// option and what would be accepted, never a stack trace.
import { parseArgs } from 'node:util';

export class ArgsError extends Error {
  override name = 'ArgsError';
}

export type FlagSpec = Record<string, { type: 'string' | 'boolean' }>;
type Values<S extends FlagSpec> = { [K in keyof S]?: S[K]['type'] extends 'boolean' ? true : string };

/**
 * `--name value`, `--name=value` and `--flag`. Unknown options, repeated options, a missing value,
 * a value on a boolean flag and (unless `positionals`) bare arguments are refused. `usage` is
 * appended to every message.
 */
export function readFlags<S extends FlagSpec>(
  argv: readonly string[],
  spec: S,
  options: { positionals?: boolean; usage?: string } = {},
): { values: Values<S>; positionals: string[] } {
  const fail = (message: string): never => {
    throw new ArgsError(options.usage ? `${message} ${options.usage}` : message);
  };
  // Not strict: every token comes back, so each mistake gets its own sentence here.
  const { tokens } = parseArgs({ args: [...argv], options: spec, strict: false, allowPositionals: true, tokens: true });
  const values: Record<string, string | true> = {};
  const positionals: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') {
      if (!options.positionals) fail(`Unexpected argument "${token.value}". Options start with --; see --help.`);
      positionals.push(token.value);
    } else if (token.kind === 'option') {
      const flag = `--${token.name}`;
      const kind = spec[token.name]?.type;
      if (!kind)
        fail(
          `Unknown option ${flag}. Known options: ${Object.keys(spec)
            .map((name) => `--${name}`)
            .join(', ')}.`,
        );
      if (token.name in values) fail(`Option ${flag} was given twice.`);
      if (kind === 'boolean') {
        if (token.inlineValue) fail(`Option ${flag} takes no value (got "${token.value}").`);
        values[token.name] = true;
      } else {
        // `--days --full`: the next option is not this one's value.
        if (token.value === undefined || (!token.inlineValue && token.value.startsWith('-'))) fail(`Option ${flag} needs a value.`);
        values[token.name] = token.value as string;
      }
    }
  }
  return { values: values as Values<S>, positionals };
}

/** A whole number in [min, max]; `_` and `,` are accepted as thousands separators (1_000_000). */
export function wholeNumber(flag: string, value: string, min: number, max: number): number {
  const cleaned = value.replace(/[_,]/g, '');
  if (!/^\d+$/.test(cleaned)) throw new ArgsError(`Option ${flag} must be a whole number, got "${value}".`);
  const parsed = Number(cleaned);
  if (parsed < min || parsed > max) {
    throw new ArgsError(`Option ${flag} must be between ${min.toLocaleString('en-US')} and ${max.toLocaleString('en-US')}, got ${value}.`);
  }
  return parsed;
}
