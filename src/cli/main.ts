/**
 * The command line: parses arguments and does I/O; the work is in the library. The pipeline
 * (../batch/engine.js) and the zod schema are imported only by the commands that use them, so
 * that starting the CLI stays cheap.
 */

import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { DEFAULT_MAX_BYTES } from '../context.js';
import { DEFAULT_TIMEOUT_MS, parseCommand } from './parse-command.js';
import { parseShard } from '../batch/shard.js';
import { readInputFile, readStdin } from './read.js';
import { exitQuietlyOnEpipe, writeOut } from './write.js';

/** Exit codes: 0 all fine, 1 some input failed or a check mismatched, 2 usage error. */
export const EXIT = { OK: 0, FAILED: 1, USAGE: 2 } as const;

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('must be a positive integer');
  return n;
}

export function buildProgram(setExit: (code: number) => void): Command {
  const program = new Command('vn-notice')
    .description('Turn Vietnamese administrative notice text into structured JSON records')
    .version('0.1.0')
    .exitOverride()
    .showHelpAfterError('(run vn-notice --help for usage)');

  program
    .command('parse')
    .description('parse files, directories (*.txt, *.md, *.html), globs, or stdin ("-" or piped)')
    .argument('[inputs...]', 'files, directories or globs; "-" for stdin')
    .addOption(new Option('--format <format>', 'output format (default: json for one record, ndjson for several)').choices(['json', 'ndjson', 'pretty']))
    .option('-o, --out-dir <dir>', 'write NAME.json per input, mirroring the input tree')
    .option('--encoding <name>', 'input encoding, overriding detection (utf-8, utf-16le, windows-1258, viscii, tcvn3, vni)')
    .option('--max-bytes <n>', `refuse inputs larger than this (default ${DEFAULT_MAX_BYTES})`, positiveInt)
    .option('-j, --jobs <n>', 'worker threads for a batch (default: available parallelism)', positiveInt)
    .option('--timeout-ms <n>', `abort a document that takes longer (default ${DEFAULT_TIMEOUT_MS} in a batch; one document has no limit unless given)`, positiveInt)
    .option('--skip-existing', 'with --out-dir: skip inputs whose NAME.json exists (resume a batch)')
    .option('--summary <file>', 'write the batch summary (files, records, failures, time) as JSON')
    .option('--errors-as-records', 'also write a {source, error} NDJSON line for each failed input')
    .option('--jsonl-in', 'read {"path": ...} or {"text": ..., "id": ...} lines on stdin; one output line per input line, in order')
    .option('--files-from <file>', 'read input paths from a file, one per line ("-" for stdin)')
    .option('--shard <i/n>', 'keep only inputs whose path hash falls in shard i of n (0-based)', (v: string) => {
      const s = parseShard(v);
      if (!s) throw new InvalidArgumentError('must be i/n with 0 <= i < n');
      return s;
    })
    .option('--split', 'each input file holds many documents separated by form feeds (\\f)')
    .option('-q, --quiet', 'no progress and no summary on stderr (errors are still printed)')
    .option('-v, --verbose', 'print the batch summary even when stderr is not a terminal')
    .action(async (inputs: string[], opts) => {
      if (opts.skipExisting && !opts.outDir) {
        process.stderr.write('vn-notice parse: --skip-existing needs --out-dir\n');
        setExit(EXIT.USAGE);
        return;
      }
      if (inputs.length === 0 && !opts.jsonlIn && !opts.filesFrom) {
        if (process.stdin.isTTY) {
          process.stderr.write('vn-notice parse: give files, directories or globs, or pipe text on stdin\n');
          setExit(EXIT.USAGE);
          return;
        }
        inputs = ['-'];
      }
      setExit(await parseCommand(inputs, opts));
    });

  program
    .command('check')
    .description('parse every X.txt|md|html beside an X.json under DIR and compare; exit 1 on any mismatch')
    .argument('<dir>', 'fixture directory')
    .option('--update', 'rewrite the expected files from the current output (refused when CI is set)')
    .option('--update-gaps', 'rewrite DIR/known-gaps.json from the current mismatches (refused when CI is set)')
    .option('-q, --quiet', 'print only mismatches and the summary')
    .action(async (dir: string, opts) => {
      const { checkCommand } = await import('./check-command.js');
      setExit(await checkCommand(dir, opts));
    });

  program
    .command('schema')
    .description('print the JSON Schema of the record')
    .action(async () => {
      // zod is loaded for this command only.
      const { recordJsonSchema } = await import('../record/schema.js');
      await writeOut(JSON.stringify(recordJsonSchema(), null, 2) + '\n');
    });

  program
    .command('normalize')
    .description('print the normalised text of a file ("-" for stdin)')
    .argument('<file>', 'input file')
    .option('--encoding <name>', 'input encoding, overriding detection')
    .action(async (file: string, opts) => {
      try {
        const bytes = file === '-' ? await readStdin() : await readInputFile(file, DEFAULT_MAX_BYTES);
        const { normalize } = await import('../batch/engine.js');
        const n = normalize(bytes, { encoding: opts.encoding });
        await writeOut(n.text + '\n');
      } catch (e) {
        process.stderr.write(`error ${file}: ${(e as Error).message}\n`);
        setExit(EXIT.FAILED);
      }
    });

  return program;
}

export async function main(argv: string[]): Promise<number> {
  exitQuietlyOnEpipe();
  let code: number = EXIT.OK;
  const program = buildProgram((c) => {
    code = c;
  });
  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return EXIT.OK;
      return EXIT.USAGE;
    }
    process.stderr.write(`vn-notice: ${(e as Error)?.stack ?? String(e)}\n`);
    return EXIT.FAILED;
  }
  return code;
}

