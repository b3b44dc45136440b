/** Runs the real command line (bin/zielplaner.js, compiled lib/) as a child process, for the CLI tests. */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

export const BIN = path.resolve(__dirname, '../../bin/zielplaner.js');

export interface Ergebnis {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

const run = promisify(execFile);

/** `zielplaner <args>` in `cwd`: exit code and both outputs, also when the exit code is not 0. */
export async function fuehreAus(cwd: string, args: readonly string[], timeout?: number): Promise<Ergebnis> {
  try {
    const r = await run(process.execPath, [BIN, ...args], { cwd, maxBuffer: 64 * 1024 * 1024, ...(timeout ? { timeout } : {}) });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const x = e as Ergebnis;
    return { code: x.code, stdout: x.stdout, stderr: x.stderr };
  }
}
