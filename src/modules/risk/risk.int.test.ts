import { FixtureGraph, uniquePrefix } from "../../../test/helpers/fixtures";
import { useTestApi } from "../../../test/helpers/suite";

describe("Risk API against Neo4j", () => {
  const g = new FixtureGraph(uniquePrefix("risk"));
  const rapport = g.add("Document", "kpmg", { title: "KPMG:s granskning", kind: "evaluation" });
  const risk = g.add("Risk", "bromsad", { title: "Bromsad digital utveckling", summary: "Utvecklingen står still.", identifiedIn: rapport });

  const api = useTestApi(g);

  it("returns a risk with where it was identified, and the risk from a document (documents are subjects too)", async () => {
    const res = await api.gql(
      `query($r: ID!, $doc: ID!) {
         risk(id: $r) { title summary certainty identifiedIn { __typename ... on Document { title } } citations { document { id } } }
         document(id: $doc) { risks { id } }
         notRisk: risk(id: $doc) { id } }`,
      { r: risk, doc: rapport },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      risk: { title: "Bromsad digital utveckling", summary: "Utvecklingen står still.", certainty: "STATED", identifiedIn: { __typename: "Document", title: "KPMG:s granskning" }, citations: [{ document: { id: g.docId } }] },
      document: { risks: [{ id: risk }] },
      notRisk: null,
    });
  });
});
