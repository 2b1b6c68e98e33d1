import { assemblePage, decodeCursor, encodeCursor, toPageRequest } from "./page";

const decisions = { list: "decisions", order: "DATE_ASC" };

describe("list cursors", () => {
  it("round-trip the sort key and id, opaque and URL-safe", () => {
    const cursor = encodeCursor(decisions, { key: "2025-05-01", id: "decision:å/ä?" });
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(decisions, cursor, "after")).toEqual({ key: "2025-05-01", id: "decision:å/ä?" });
  });

  const notOurs = "it is not one this API made (take pageInfo.endCursor or startCursor of the page before)";
  it.each([
    ["garbage", "not a cursor!", notOurs],
    ["base64 that is not JSON", Buffer.from("hello").toString("base64url"), notOurs],
    ["JSON of the wrong shape", Buffer.from(JSON.stringify(["decisions", "DATE_ASC", 5, "x"])).toString("base64url"), notOurs],
    ["a cursor of another list", encodeCursor({ list: "events", order: "DATE_ASC" }, { key: "k", id: "event:x" }), "it was made for events, not decisions"],
    ["a cursor of another order", encodeCursor({ list: "decisions", order: "TITLE_ASC" }, { key: "k", id: "decision:x" }), "it was made for orderBy TITLE_ASC, not DATE_ASC"],
    [
      "a cursor of another moment",
      encodeCursor({ ...decisions, knownAt: "2026-01-01T00:00:00.000Z" }, { key: "k", id: "decision:x" }),
      "it was made for knownAt 2026-01-01T00:00:00.000Z, not the graph as it is now (no knownAt)",
    ],
  ])("refuses %s naming the argument and why", (_what, cursor, why) => {
    expect(() => decodeCursor(decisions, cursor, "after")).toThrow(new Error(`after is not a cursor from this list: ${why}`));
    expect(() => toPageRequest(decisions, { last: 5, before: cursor })).toThrow(new Error(`before is not a cursor from this list: ${why}`));
  });
});

describe("page arguments", () => {
  it("pages forward 20 at a time by default", () => {
    expect(toPageRequest(decisions, {})).toEqual({ direction: "FORWARD", size: 20, after: null, before: null });
  });

  it("pages backward with last, within after and before the Relay way", () => {
    const after = encodeCursor(decisions, { key: "a", id: "decision:a" });
    const before = encodeCursor(decisions, { key: "z", id: "decision:z" });
    expect(toPageRequest(decisions, { last: 3, after, before })).toEqual({
      direction: "BACKWARD", size: 3, after: { key: "a", id: "decision:a" }, before: { key: "z", id: "decision:z" },
    });
    expect(toPageRequest(decisions, { first: 3, before }).direction).toBe("FORWARD");
  });

  it("refuses pages over 100 or negative, naming the argument", () => {
    expect(() => toPageRequest(decisions, { first: 101 })).toThrow("first must be between 0 and 100, got 101");
    expect(() => toPageRequest(decisions, { last: -1 })).toThrow("last must be between 0 and 100, got -1");
    expect(() => toPageRequest(decisions, { first: 100 })).not.toThrow();
  });

  it("refuses first and last together", () => {
    expect(() => toPageRequest(decisions, { first: 2, last: 2 })).toThrow(/first and last cannot be combined/);
  });
});

describe("assemblePage", () => {
  const rows = (ids: string[]) => ids.map((id) => ({ key: id, id, node: id }));

  it("going forward keeps size rows, the extra one meaning a next page", () => {
    const req = toPageRequest(decisions, { first: 2 });
    const page = assemblePage(decisions, req, rows(["a", "b", "c"]), false);
    expect(page.edges.map((e) => e.node)).toEqual(["a", "b"]);
    expect(page.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false, startCursor: page.edges[0]!.cursor, endCursor: page.edges[1]!.cursor });
    expect(decodeCursor(decisions, page.pageInfo.endCursor!, "after")).toEqual({ key: "b", id: "b" });
  });

  it("going backward reverses the rows and reports the earlier page as previous", () => {
    const req = toPageRequest(decisions, { last: 2 });
    const page = assemblePage(decisions, req, rows(["z", "y", "x"]), true);
    expect(page.edges.map((e) => e.node)).toEqual(["y", "z"]);
    expect(page.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
  });

  it("gives null cursors for an empty page", () => {
    const page = assemblePage(decisions, toPageRequest(decisions, { first: 5 }), [], false);
    expect(page).toEqual({ edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null } });
  });
});
