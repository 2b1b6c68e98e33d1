/**
 * The life cycle every integration suite shares: start the real API before the
 * suite (and write its fixture graph), remove the fixtures and stop the API
 * after. Returns a handle that reads like the API itself (`api.gql(…)`,
 * `api.scope`), valid inside the suite's tests and hooks.
 */
import type { QueryScope } from "../../src/neo4j/funnel";
import { startTestApi, type TestApi } from "./api";
import { removePrefix } from "./fixtures";

/** Anything that writes fixtures under one id prefix (a FixtureGraph). */
export interface SuiteFixtures {
  prefix: string;
  write(scope: QueryScope): Promise<unknown>;
  /** How to clean up after the suite; removePrefix (the nodes under the prefix) when omitted. */
  remove?(scope: QueryScope): Promise<void>;
}

export function useTestApi(fixtures?: SuiteFixtures): TestApi {
  let current: TestApi | undefined;
  beforeAll(async () => {
    current = await startTestApi();
    if (fixtures) await fixtures.write(current.scope);
  });
  afterAll(async () => {
    if (!current) return;
    if (fixtures) await (fixtures.remove ? fixtures.remove(current.scope) : removePrefix(current.scope, fixtures.prefix));
    await current.close();
  });
  const api = (): TestApi => {
    if (!current) throw new Error("useTestApi: the API runs only inside the suite's tests and hooks");
    return current;
  };
  return {
    get url() { return api().url; },
    get db() { return api().db; },
    get scope() { return api().scope; },
    get config() { return api().config; },
    gql: (query, variables, headers) => api().gql(query, variables, headers),
    close: () => api().close(),
  };
}
