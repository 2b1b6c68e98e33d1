/**
 * `GET /metrics` (src/server/metrics.ts): Prometheus text with requests and
 * latency per operation name, Neo4j round trips and errors by code.
 */
import { useTestApi } from "../helpers/suite";

function metricValue(text: string, name: string, labels: string): number | undefined {
  const line = text.split("\n").find((l) => l.startsWith(`${name}{${labels}}`));
  return line ? Number(line.split(" ").pop()) : undefined;
}

describe("GET /metrics", () => {
  const api = useTestApi();

  it("counts requests, latency and Neo4j round trips per operation name", async () => {
    const ok = await api.gql(`query MetricsProbe { organization(id: "org:vgr") { name children { name } } }`);
    expect(ok.errors).toBeUndefined();
    await api.gql(`query MetricsProbe { organization(id: "org:vastkom") { name } }`);
    const res = await fetch(api.url.replace(/\/graphql$/, "/metrics"));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/plain/);
    const text = await res.text();
    expect(metricValue(text, "beslutsgraf_graphql_requests_total", 'operation="MetricsProbe"')).toBe(2);
    expect(metricValue(text, "beslutsgraf_graphql_request_duration_seconds_count", 'operation="MetricsProbe"')).toBe(2);
    expect(metricValue(text, "beslutsgraf_neo4j_round_trips_total", 'operation="MetricsProbe"')).toBeGreaterThanOrEqual(2);
    expect(text).toMatch(/^beslutsgraf_process_resident_memory_bytes \d+/m);
    // The write gate (neo4j/writeGate.ts): nothing running or waiting between requests.
    expect(text).toMatch(/^beslutsgraf_neo4j_writes_active 0$/m);
    expect(text).toMatch(/^beslutsgraf_neo4j_writes_waiting 0$/m);
    // The first-run gate (neo4j/firstRunGate.ts): a count since the start.
    expect(text).toMatch(/^beslutsgraf_neo4j_first_run_waits_total \d+$/m);
  });

  it("counts errors by their code", async () => {
    const bad = await api.gql(`query Broken { organization(id: "org:vgr") { noSuchField } }`);
    expect(bad.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    const text = await (await fetch(api.url.replace(/\/graphql$/, "/metrics"))).text();
    expect(metricValue(text, "beslutsgraf_graphql_errors_total", 'code="GRAPHQL_VALIDATION_FAILED"')).toBeGreaterThanOrEqual(1);
  });
});
