// Worker threads do not inherit the tsx loader the checker runs under: load the worker through it.
import { tsImport } from 'tsx/esm/api';

await tsImport('./check-worker.ts', import.meta.url);
