/**
 * Production builds for the bench, each into its own folder, with Vite's CLI in a child process
 * (one config per build; the synthetic config takes its dataset from the environment).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export interface BuildOptions {
  root: string;
  config: string;
  outDir: string;
  env?: Record<string, string>;
}

function run(root: string, args: string[], env: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(output);
      else
        reject(
          new Error(`${args.slice(1).join(' ')} failed (exit ${code}):\n${output.slice(-3000)}`),
        );
    });
  });
}

export async function viteBuild({ root, config, outDir, env = {} }: BuildOptions): Promise<string> {
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  await run(
    root,
    [vite, 'build', '--config', config, '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'],
    env,
  );
  if (!existsSync(join(outDir, 'index.html')))
    throw new Error(`${config}: no index.html in ${outDir}`);
  return outDir;
}

/** `npm run geo` when the geometry is missing (it is what `prebuild` does; slow, so only then). */
export async function ensureGeometry(root: string): Promise<boolean> {
  const files = [
    'static/geo/countries.topo.json',
    'static/geo/countries-coarse.topo.json',
    'geo/out/countries-meta.json',
  ];
  if (files.every((f) => existsSync(join(root, f)))) return false;
  const tsx = join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  await run(root, [tsx, 'geo/build.ts'], {});
  return true;
}
