/**
 * `npm run deploy` after the checks: pushes both projects with clasp (-P files) and moves the
 * engine's web-app deployment to the new version, so its /exec address never changes.
 * The deployment id is kept in `.clasp-engine.json` ("deploymentId"); the first deploy creates
 * the deployment and says where to write its id.
 */
import { execFileSync } from 'child_process';
import { readFileSync } from 'fs';

const ENGINE = '.clasp-engine.json';
const PANEL = '.clasp-panel.json';

function config(file: string): { scriptId: string; deploymentId?: string } {
  const c = JSON.parse(readFileSync(file, 'utf8')) as { scriptId: string; deploymentId?: string };
  if (!c.scriptId || c.scriptId.startsWith('GANTI_')) {
    throw new Error(`${file}: isi "scriptId" dengan Script ID proyeknya dulu (lihat README, "Pasang").`);
  }
  return c;
}

function clasp(args: string[]): string {
  console.log(`clasp ${args.join(' ')}`);
  return execFileSync('npx', ['clasp', ...args], { encoding: 'utf8', stdio: ['inherit', 'pipe', 'inherit'] });
}

function main(): void {
  const engine = config(ENGINE);
  config(PANEL);
  clasp(['push', '-f', '-P', ENGINE]);
  clasp(['push', '-f', '-P', PANEL]);
  const version = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  const description = `Layanan Vicon ${version}`;
  if (engine.deploymentId) {
    console.log(clasp(['deploy', '-P', ENGINE, '-i', engine.deploymentId, '-d', description]));
    console.log('Aplikasi web mesin diperbarui; alamatnya tetap sama.');
    return;
  }
  console.log(clasp(['deploy', '-P', ENGINE, '-d', description]));
  console.log(
    `Deployment baru dibuat. Salin ID-nya (AKfy…) ke "deploymentId" di ${ENGINE} agar deploy berikutnya memperbarui deployment yang sama, lalu lanjutkan README langkah "Aplikasi web mesin".`,
  );
}

main();
