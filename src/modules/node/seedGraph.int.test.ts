import { readQuery } from "../../neo4j/funnel";
import { useTestApi } from "../../../test/helpers/suite";

/** The real seed graph (loaded by globalSetup) read through every relationship field at once. */
describe("the seed graph through the API", () => {
  const api = useTestApi();

  it("resolves every seeded node and all its relationships without an error, in batched round trips", async () => {
    // The seed's own nodes: other suites load datasets of their own sources (and retract from them) meanwhile.
    const rows = await readQuery(api.scope, "ids", (tx) =>
      tx.run<{ id: string }>("MATCH (n:Entity) WHERE n.seeded AND coalesce(n.seedSource, 'seed') = 'seed' AND n.retractedAt IS NULL RETURN n.id AS id"),
    );
    const ids = rows.map((r) => r.id);
    expect(ids.length).toBeGreaterThan(100);
    const res = await api.gql<{ nodes: Array<{ id: string } | null> }>(
      `query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Subject { affectedBy { effect target { id } } concernedBy { __typename } figures { value } breakdownFigures { id } risks { id } }
        ... on Fact { certainty rank citations { context(chars: 10) } }
        ... on Organization { okind: kind parent { id } posts { id } members { member { __typename } } mandatesHeld { id } eventParticipations { role } legalCases { role } inferredAliases { alias reason } }
        ... on Person { appointments { capacity attestedOn { text } post { title } organization { id } } memberships { group { id } } inferredAliases { alias reason } }
        ... on Post { organization { id } }
        ... on Decision { dstatus: status decidedOn { text } decidedBy { __typename } underMandate { id } requestedBy { __typename } takenAt { id } affects { effect target { id } } supersedes { id } }
        ... on Mandate { heldBy { __typename } grantedBy { __typename } delegatedFrom { id } }
        ... on Agreement { noticePeriod parties { role party { __typename } } events { kind date { text } } relatedTo { relation } }
        ... on Event { ekind: kind estatus: status organizedBy { __typename } participants { role who { __typename } } concerns { id } }
        ... on LegalCase { lkind: kind forum { id } lparties: parties { role } concerns { id } }
        ... on Option { ostatus: status consideredBy { __typename } concerns { id } }
        ... on Figure { value approximate about { id } breakdown { id } asOf { text } }
        ... on Risk { identifiedIn { id } }
        ... on Document { dkind: kind text publishedBy { __typename } commissionedBy { __typename } date { text } }
        ... on Membership { member { __typename } group { id } } } }`,
      { ids },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.nodes.map((n) => n?.id)).toEqual(ids);
    // one statement per relationship type and direction asked, however many nodes
    expect((res.extensions as { debug: { roundTrips: number } }).debug.roundTrips).toBeLessThanOrEqual(60);
  });
});
