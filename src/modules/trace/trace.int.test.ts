/**
 * Decision traces on the seeded graph: who decided, in which capacity, under
 * which mandate, and "no recorded mandate" where the sources say nothing.
 */
import { useTestApi } from "../../../test/helpers/suite";

describe("decision trace on the seed graph", () => {
  const api = useTestApi();

  it("traces the referral decision to the administration directors' mandate, cited", async () => {
    const res = await api.gql<{ decision: Record<string, any> }>(`{
      decision(id: "decision:hanvisning-till-andra-akutmottagningar") {
        decidedOn { text earliest latest }
        deciders { actor { ... on Organization { id } } capacities { role } }
        mandateChain { recorded endsAtRoot steps { level scope basis grantedBy { ... on Organization { id } } heldBy { ... on Organization { id } } citations { quote } } }
      } }`);
    expect(res.errors).toBeUndefined();
    const d = res.data!.decision;
    expect(d.decidedOn).toEqual({ text: "2024-W44", earliest: "2024-10-28", latest: "2024-11-03" });
    expect(d.deciders).toEqual([{ actor: { id: "org:operativ-samordning-produktionschefer" }, capacities: [] }]);
    expect(d.mandateChain.recorded).toBe(true);
    expect(d.mandateChain.steps).toHaveLength(1);
    expect(d.mandateChain.steps[0]).toMatchObject({
      level: 0,
      basis: "förvaltningschefernas mandat",
      grantedBy: { id: "org:forvaltningscheferna" },
      heldBy: { id: "org:operativ-samordning-produktionschefer" },
      citations: [{ quote: "Gruppen har förvaltningschefernas mandat att styra om flöden vid behov." }],
    });
  });

  it("says 'no recorded mandate' for the pause, whose decider and mandate the sources do not give", async () => {
    const res = await api.gql<{ decision: Record<string, any> }>(`{
      decision(id: "decision:paus-inforandet-millennium") { deciders { actor { __typename } } mandateChain { recorded explanation steps { level } endsAtRoot } } }`);
    expect(res.data!.decision).toEqual({
      deciders: [],
      mandateChain: { recorded: false, explanation: expect.stringMatching(/^No recorded mandate/), steps: [], endsAtRoot: false },
    });
  });

  it("names the programme steering group and VästKom's request for the new municipal timeline of 1 November 2024", async () => {
    const res = await api.gql<{ decision: Record<string, any> }>(`{
      decision(id: "decision:ny-tidplan-kommuner-sodra-omradet") {
        decidedOn { text } certainty
        deciders { actor { ... on Organization { name } } }
        requestedBy { ... on Organization { name } }
        affects { effect target { id } }
      } }`);
    const d = res.data!.decision;
    expect(d.decidedOn.text).toBe("2024-11-01");
    expect(d.certainty).toBe("INFERRED"); // the year comes from the report's date
    expect(d.deciders.map((x: any) => x.actor.name)).toEqual(["programstyrgrupp Millennium"]);
    expect(d.requestedBy.map((x: any) => x.name)).toEqual(["VästKom"]);
    expect(d.affects.map((a: any) => a.effect)).toContain("SETS_DATE");
  });

  it("traces many decisions with one statement for all their chains and the decisions themselves", async () => {
    const res = await api.gql(`{ a: decision(id: "decision:hanvisning-till-andra-akutmottagningar") { mandateChain { recorded } }
      b: decision(id: "decision:paus-inforandet-millennium") { mandateChain { recorded } deciders { actor { __typename } } }
      c: decision(id: "decision:regionstyrelsen-extern-styrgrupp") { mandateChain { recorded } } }`);
    expect(res.errors).toBeUndefined();
    // one batch of traces, which brings the three decisions along
    expect(res.extensions).toEqual({ debug: { roundTrips: 1 } });
  });
});
