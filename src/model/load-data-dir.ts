/** Where the data lives: `data/`, or DATA_DIR (tests and benchmarks point it at a copy). A loader: it reads the environment. */
import { resolve } from 'node:path';

export function dataDir(): string {
  return resolve(process.env.DATA_DIR ?? 'data');
}
