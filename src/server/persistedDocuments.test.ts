import { createHash } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import express from "express";
import { type PersistedDocuments, loadPersistedDocuments, persistedDocumentsMiddleware } from "./persistedDocuments";

const BODY = "query OrgChart($rootId: ID!) { organization(id: $rootId) { name } }";
const HASH = createHash("sha256").update(BODY).digest("hex");
const docs: PersistedDocuments = new Map([[HASH, { id: HASH, name: "OrgChart", body: BODY }]]);

/** The middleware in front of a handler that echoes what Apollo would receive. */
async function serve(widgetPersistedOnly: boolean): Promise<{ post(body: unknown, widget?: boolean): Promise<{ status: number; body: any }>; close(): Promise<void> }> {
  const app = express();
  app.use(express.json(), persistedDocumentsMiddleware(docs, { widgetPersistedOnly }), (req, res) => res.json({ received: req.body }));
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return {
    async post(body, widget = false) {
      const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...(widget ? { "x-beslutsgraf-client": "widget" } : {}) }, body: JSON.stringify(body) });
      return { status: res.status, body: await res.json() };
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

describe("persistedDocumentsMiddleware", () => {
  it("turns a known APQ hash or documentId into the document's text", async () => {
    const s = await serve(true);
    const apq = await s.post({ variables: { rootId: "org:vgr" }, extensions: { persistedQuery: { version: 1, sha256Hash: HASH } } }, true);
    expect(apq).toEqual({ status: 200, body: { received: { variables: { rootId: "org:vgr" }, extensions: {}, query: BODY } } });
    const byId = await s.post({ documentId: `sha256:${HASH}` });
    expect(byId.body.received).toEqual({ query: BODY, extensions: {} });
    await s.close();
  });

  it("refuses a raw query or an unknown hash from a widget when persisted-only is on", async () => {
    const s = await serve(true);
    expect(await s.post({ query: "{ __typename }" }, true)).toMatchObject({ status: 400, body: { errors: [{ extensions: { code: "PERSISTED_QUERY_REQUIRED" } }] } });
    expect(await s.post({ extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } } }, true)).toMatchObject({
      status: 400,
      body: { errors: [{ extensions: { code: "PERSISTED_QUERY_NOT_FOUND" } }] },
    });
    await s.close();
  });

  it("lets other clients, and widgets when persisted-only is off, send their own queries", async () => {
    const strict = await serve(true);
    expect(await strict.post({ query: "{ __typename }" })).toEqual({ status: 200, body: { received: { query: "{ __typename }" } } });
    await strict.close();
    const lenient = await serve(false);
    expect(await lenient.post({ query: "{ __typename }" }, true)).toEqual({ status: 200, body: { received: { query: "{ __typename }" } } });
    await lenient.close();
  });

  it("refuses a hash sent with a different text", async () => {
    const s = await serve(false);
    const res = await s.post({ query: "{ __typename }", extensions: { persistedQuery: { version: 1, sha256Hash: HASH } } });
    expect(res).toMatchObject({ status: 400, body: { errors: [{ extensions: { code: "PERSISTED_QUERY_MISMATCH" } }] } });
    await s.close();
  });
});

describe("loadPersistedDocuments", () => {
  it("reads Apollo's manifest format, and trusts nothing when the file is absent", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pq-"));
    const file = path.join(dir, "m.json");
    fs.writeFileSync(file, JSON.stringify({ format: "apollo-persisted-query-manifest", version: 1, operations: [{ id: HASH, name: "OrgChart", type: "query", body: BODY }] }));
    expect(loadPersistedDocuments(file).get(HASH)).toEqual({ id: HASH, name: "OrgChart", body: BODY });
    expect(loadPersistedDocuments(path.join(dir, "absent.json")).size).toBe(0);
    fs.writeFileSync(file, JSON.stringify({ operations: [] }));
    expect(() => loadPersistedDocuments(file)).toThrow(/not an apollo-persisted-query-manifest/);
    fs.rmSync(dir, { recursive: true });
  });
});
