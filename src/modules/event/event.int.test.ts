import { FixtureGraph, uniquePrefix } from "../../../test/helpers/fixtures";
import { useTestApi } from "../../../test/helpers/suite";

describe("Event API against Neo4j", () => {
  const g = new FixtureGraph(uniquePrefix("event"));
  const vgr = g.add("Organization", "vgr", { name: "Västra Götalandsregionen", kind: "REGION" });
  const vastkom = g.add("Organization", "vastkom", { name: "VästKom", kind: "MUNICIPAL_ASSOCIATION" });
  const direktor = g.add("Person", "direktor", { name: "Dan Direktör", aliases: [] });
  const avtal = g.add("Agreement", "paus", { title: "Pausöverenskommelsen" });
  const mote = g.add("Event", "mote", {
    title: "Möte mellan VGR, VästKom och Oracle", kind: "MEETING", date: "2025-04-28",
    organizedBy: [vgr],
    participants: [{ who: vastkom }, { who: direktor, role: "VästKoms direktör" }],
    concerns: [avtal],
  });
  const planerat = g.add("Event", "extra", { title: "Extra styrelsemöte", kind: "MEETING", status: "PLANNED", date: "late 2025-06", endDate: "2025-07-01", concerns: [avtal] });

  const api = useTestApi(g);

  it("returns an event with organisers, participants and their roles, and what it concerns", async () => {
    const res = await api.gql<{ event: Record<string, unknown> }>(
      `query($id: ID!) { event(id: $id) {
         title kind status date { text precision }
         organizedBy { ... on Organization { id } }
         participants { role who { __typename ... on Organization { name } ... on Person { name } } event { id } }
         concerns { __typename id } } }`,
      { id: mote },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.event).toEqual({
      title: "Möte mellan VGR, VästKom och Oracle",
      kind: "MEETING",
      status: "HELD",
      date: { text: "2025-04-28", precision: "DAY" },
      organizedBy: [{ id: vgr }],
      participants: [
        { role: "VästKoms direktör", who: { __typename: "Person", name: "Dan Direktör" }, event: { id: mote } },
        { role: null, who: { __typename: "Organization", name: "VästKom" }, event: { id: mote } },
      ],
      concerns: [{ __typename: "Agreement", id: avtal }],
    });
  });

  it("answers organiser, participant and concerned node from their side, by event date", async () => {
    const res = await api.gql(
      `query($vgr: ID!, $vastkom: ID!, $direktor: ID!, $avtal: ID!, $extra: ID!) {
         vgr: organization(id: $vgr) { eventsOrganized { id } eventParticipations { role } }
         vastkom: organization(id: $vastkom) { eventParticipations { role event { id } who { ... on Organization { id } } } }
         person(id: $direktor) { eventParticipations { role event { title } } }
         agreement(id: $avtal) { concernedBy { __typename ... on Event { id status } } }
         extra: event(id: $extra) { status date { earliest latest approximate } endDate { text } } }`,
      { vgr, vastkom, direktor, avtal, extra: planerat },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      vgr: { eventsOrganized: [{ id: mote }], eventParticipations: [] },
      vastkom: { eventParticipations: [{ role: null, event: { id: mote }, who: { id: vastkom } }] },
      person: { eventParticipations: [{ role: "VästKoms direktör", event: { title: "Möte mellan VGR, VästKom och Oracle" } }] },
      agreement: { concernedBy: [{ __typename: "Event", id: mote, status: "HELD" }, { __typename: "Event", id: planerat, status: "PLANNED" }] },
      extra: { status: "PLANNED", date: { earliest: "2025-06-21", latest: "2025-06-30", approximate: true }, endDate: { text: "2025-07-01" } },
    });
  });
});
