import { FixtureGraph, uniquePrefix } from "../../../test/helpers/fixtures";
import { useTestApi } from "../../../test/helpers/suite";

describe("Agreement, AgreementParty and AgreementEvent API against Neo4j", () => {
  const g = new FixtureGraph(uniquePrefix("agreement"));
  const vgr = g.add("Organization", "vgr", { name: "Västra Götalandsregionen", kind: "REGION" });
  const oracle = g.add("Organization", "oracle", { name: "Oracle Svenska AB", kind: "COMPANY" });
  const huvudavtal = g.add("Agreement", "huvudavtal", { title: "Millenniumavtalet" });
  const paus = g.add("Agreement", "paus", {
    title: "Pausöverenskommelse mellan VGR och Oracle",
    aliases: ["pausöverenskommelsen"],
    noticePeriod: "P4M",
    validityNote: "gäller så länge införandet är pausat",
    relatedTo: [{ agreement: huvudavtal, relation: "SUPPLEMENTS" }],
    parties: [
      { slug: "vgr", party: vgr, role: "CUSTOMER" },
      { slug: "oracle", party: oracle, role: "SUPPLIER" },
    ],
    events: [
      { slug: "uppsagd", kind: "NOTICE_GIVEN", date: "2025-06" },
      { slug: "tecknad", kind: "SIGNED", date: "..2025-02-25", summary: "Överenskommelsen tecknades." },
    ],
  });
  const partyVgr = g.id("AgreementParty", "vgr");
  const partyOracle = g.id("AgreementParty", "oracle");
  const signed = g.id("AgreementEvent", "tecknad");
  const notice = g.id("AgreementEvent", "uppsagd");

  const api = useTestApi(g);

  it("returns the whole agreement: parties with roles, events in date order, related agreements", async () => {
    const res = await api.gql<{ agreement: Record<string, unknown> }>(
      `query($id: ID!) { agreement(id: $id) {
         title aliases noticePeriod validityNote
         parties { id role party { __typename ... on Organization { name } } agreement { id } }
         events { id kind summary date { text precision earliest latest approximate } agreement { id } }
         relatedTo { relation from { id } to { id title } } relatedFrom { relation }
         citations { document { id } } } }`,
      { id: paus },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.agreement).toEqual({
      title: "Pausöverenskommelse mellan VGR och Oracle",
      aliases: ["pausöverenskommelsen"],
      noticePeriod: "P4M",
      validityNote: "gäller så länge införandet är pausat",
      parties: [
        { id: partyVgr, role: "CUSTOMER", party: { __typename: "Organization", name: "Västra Götalandsregionen" }, agreement: { id: paus } },
        { id: partyOracle, role: "SUPPLIER", party: { __typename: "Organization", name: "Oracle Svenska AB" }, agreement: { id: paus } },
      ],
      // "senast 25 februari" has no earliest day: it sorts by its latest, before June
      events: [
        { id: signed, kind: "SIGNED", summary: "Överenskommelsen tecknades.", date: { text: "..2025-02-25", precision: "SPAN", earliest: null, latest: "2025-02-25", approximate: true }, agreement: { id: paus } },
        { id: notice, kind: "NOTICE_GIVEN", summary: null, date: { text: "2025-06", precision: "MONTH", earliest: "2025-06-01", latest: "2025-06-30", approximate: false }, agreement: { id: paus } },
      ],
      relatedTo: [{ relation: "SUPPLEMENTS", from: { id: paus }, to: { id: huvudavtal, title: "Millenniumavtalet" } }],
      relatedFrom: [],
      citations: [{ document: { id: g.docId } }],
    });
  });

  it("answers from the other side: the related agreement, the party organisation, a party and an event by id", async () => {
    const res = await api.gql(
      `query($huvud: ID!, $oracle: ID!, $party: ID!, $event: ID!) {
         agreement(id: $huvud) { relatedFrom { relation from { id } to { id } } relatedTo { relation } }
         organization(id: $oracle) { agreementParties { id role agreement { title } } }
         agreementParty(id: $party) { role certainty citations { quote } }
         agreementEvent(id: $event) { kind agreement { id } }
         wrong: agreementEvent(id: $party) { id } }`,
      { huvud: huvudavtal, oracle, party: partyOracle, event: signed },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      agreement: { relatedFrom: [{ relation: "SUPPLEMENTS", from: { id: paus }, to: { id: huvudavtal } }], relatedTo: [] },
      organization: { agreementParties: [{ id: partyOracle, role: "SUPPLIER", agreement: { title: "Pausöverenskommelse mellan VGR och Oracle" } }] },
      agreementParty: { role: "SUPPLIER", certainty: "STATED", citations: [{ quote: `citat om ${partyOracle}` }] },
      agreementEvent: { kind: "SIGNED", agreement: { id: paus } },
      wrong: null,
    });
  });
});
