/**
 * One jest run for every tier: unit tests beside the code (*.test.ts) and
 * integration tests (*.int.test.ts) against one real embedded Neo4j that the
 * global setup starts (or NEO4J_URI when set) and the teardown stops.
 */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/src", "<rootDir>/test", "<rootDir>/seed"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
  globalSetup: "<rootDir>/test/helpers/globalSetup.ts",
  globalTeardown: "<rootDir>/test/helpers/globalTeardown.ts",
  maxWorkers: 2,
  // A worker keeps what every test file it ran left on its heap (jest's module registry and
  // ts-jest's compiled code per file): after ~38 suites each held 430 MB of heap (670-830 MB
  // resident), and a process that large takes longer than jest's 500 ms to exit, so jest killed
  // it and printed "A worker process has failed to exit gracefully". Recycle a worker whose heap
  // passes this after a test file (jest-worker asks it between files).
  workerIdleMemoryLimit: "200MB",
  testTimeout: 60000,
  verbose: false,
};
