/**
 * `npm run bench`: prints one figure a line as `name: value unit`. Each capability adds a module
 * to BENCHMARKS; a benchmark returns its figures and never asserts (targets are read by people).
 */
import { BENCHMARKS } from './benchmarks';

async function main(): Promise<void> {
  for (const benchmark of BENCHMARKS) {
    for (const figure of await benchmark()) console.log(`${figure.name}: ${figure.value} ${figure.unit}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
