import fc from 'fast-check';
import { hostileAnswers } from '../test/proof/hostile-gen';
import { intake } from '../src/app/intake';
import { world } from '../test/app/fakes';
const samples = fc.sample(hostileAnswers, { numRuns: 3000, seed: 1 });
let w = world(); let n = 0;
const t = Date.now();
for (const a of samples) { n++; if (n % 200 === 0) w = world(); intake(w.deps, { answers: a, responseRef: 'r' + n, receivedAt: w.now.t, source: 'form' }); }
console.log('ms', Date.now() - t);
