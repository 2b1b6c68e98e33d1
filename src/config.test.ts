import { ConfigError, loadConfig } from "./config";

describe("loadConfig", () => {
  it("defaults to the embedded Neo4j and the API on 127.0.0.1:4000", () => {
    const c = loadConfig({}, "/srv/app");
    expect(c.host).toBe("127.0.0.1");
    expect(c.port).toBe(4000);
    expect(c.neo4j).toMatchObject({ mode: "embedded", port: 7687, dataDir: "/srv/app/.data/neo4j", pageCacheMiB: 256 });
  });

  it("connects to an external Neo4j when NEO4J_URI is set, with its credentials", () => {
    const c = loadConfig({ NEO4J_URI: "neo4j+s://abc.databases.example", NEO4J_USER: "u", NEO4J_PASSWORD: "p" });
    expect(c.neo4j).toEqual({ mode: "external", uri: "neo4j+s://abc.databases.example", user: "u", password: "p", database: undefined });
  });

  it.each([
    [{ PORT: "80a" }, /PORT must be a whole number, got "80a"/],
    [{ PORT: "70000" }, /PORT must be between 0 and 65535/],
    [{ NEO4J_URI: "http://localhost:7474" }, /NEO4J_URI must start with one of bolt:\/\//],
    [{ LOG_LEVEL: "loud" }, /LOG_LEVEL must be one of/],
    [{ SEED_ON_START: "maybe" }, /SEED_ON_START must be true or false/],
  ])("fails fast naming the bad variable (%o)", (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
