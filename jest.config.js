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
  testTimeout: 60000,
  verbose: false,
};
