import { countStatement, pageStatement } from "./list.cypher";
import { decisionList, documentList } from "./list.specs";
import { toPageRequest } from "./page";

const where = { list: "decisions", order: "DATE_ASC" };
const hostile = "x' OR 1=1 } MATCH (s) DETACH DELETE s //";

describe("list statements", () => {
  it("carry every client value as a parameter, never in the Cypher text", () => {
    const filters = decisionList.filters({ text: hostile, decidedBy: hostile, from: "2025-01-01", status: ["TAKEN"] });
    const after = Buffer.from(JSON.stringify(["decisions", "DATE_ASC", hostile, hostile])).toString("base64url");
    const s = pageStatement("Decision", filters, decisionList.orders.DATE_ASC, toPageRequest(where, { first: 10, after }));
    expect(s.cypher).not.toContain("1=1");
    expect(s.cypher).not.toContain("2025-01-01");
    expect(Object.values(s.params)).toEqual(expect.arrayContaining([hostile, "2025-01-01", ["TAKEN"], 11]));
    expect(s.cypher).toMatch(/LIMIT toInteger\(\$p\d+\)/);
    expect(s.cypher).toContain("n.retractedAt IS NULL");
  });

  it("query backward pages in the reverse order and forward ones in the asked order (as of a past moment, by computed keys)", () => {
    const at = "2025-01-01T00:00:00Z";
    const past = { ...where, order: "TITLE_DESC", knownAt: at };
    const forward = pageStatement("Decision", [], decisionList.orders.TITLE_DESC, toPageRequest(past, { first: 5 }), at);
    const backward = pageStatement("Decision", [], decisionList.orders.TITLE_DESC, toPageRequest(past, { last: 5 }), at);
    expect(forward.cypher).toContain("ORDER BY sortKey DESC, coalesce(n.versionOf, n.id) DESC");
    expect(backward.cypher).toContain("ORDER BY sortKey ASC, coalesce(n.versionOf, n.id) ASC");
  });

  it("read current pages by the order's stored key in index order: keyed nodes first, the unkeyed only when the page is not full", () => {
    expect(pageStatement("Decision", [], decisionList.orders.TITLE_ASC, toPageRequest({ ...where, order: "TITLE_ASC" }, { first: 5 })).cypher).toContain("ORDER BY n.titleKey ASC, n.id ASC");
    const forward = pageStatement("Decision", [], decisionList.orders.DATE_DESC, toPageRequest(where, { first: 5 }));
    expect(forward.cypher).toContain("WHERE n.decidedOnKey IS NOT NULL");
    expect(forward.cypher).toContain("ORDER BY n.decidedOnKey DESC, n.id DESC");
    expect(forward.cypher).toMatch(/UNWIND CASE WHEN size\(first\) < toInteger\(\$p\d+\) THEN \[1\] ELSE \[\] END AS go\s+MATCH \(n:Decision\) WHERE n.decidedOnKey IS NULL/);
    // Going backward the unkeyed nodes (last in the list) come first.
    const backward = pageStatement("Decision", [], decisionList.orders.DATE_DESC, toPageRequest(where, { last: 5 }));
    const at = (text: string) => backward.cypher.indexOf(text);
    expect(at("decidedOnKey IS NULL")).toBeGreaterThan(-1);
    expect(at("decidedOnKey IS NULL")).toBeLessThan(at("ORDER BY n.id ASC"));
    expect(at("ORDER BY n.id ASC")).toBeLessThan(at("AS first"));
    expect(at("AS first")).toBeLessThan(at("decidedOnKey IS NOT NULL"));
    expect(backward.cypher).toContain("ORDER BY n.decidedOnKey ASC, n.id ASC");
    // A past moment reads versions, which the stored-key path does not: it takes the general one.
    const past = pageStatement("Decision", [], decisionList.orders.DATE_DESC, toPageRequest({ ...where, knownAt: "2025-01-01T00:00:00Z" }, { first: 5 }), "2025-01-01T00:00:00Z");
    expect(past.cypher).toContain("ORDER BY sortKey DESC");
  });

  it("count with the same filters and no cursor", () => {
    const s = countStatement("Decision", decisionList.filters({ affects: "agreement:x" }));
    expect(s.cypher).toMatch(/^MATCH \(n:Decision\) WHERE n\.retractedAt IS NULL AND \(EXISTS \{ MATCH \(n\)-\[r0:AFFECTS\]->\(a\)/);
    expect(s.params).toEqual({ p0: "agreement:x" });
  });

  it("refuse document kinds the contract does not have", () => {
    expect(() => documentList.filters({ kind: ["report", "memo"] })).toThrow("filter.kind has memo; allowed are report, newsletter");
  });

  it("refuse a range that ends before it starts", () => {
    expect(() => decisionList.filters({ from: "2025-05-01", to: "2025-01-01" })).toThrow("from (2025-05-01) is after to (2025-01-01)");
  });
});
