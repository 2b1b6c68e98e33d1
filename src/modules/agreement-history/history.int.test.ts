/**
 * The pause agreement's history and state, as the legal team reads them.
 */
import { useTestApi } from "../../../test/helpers/suite";

describe("agreement history on the seed graph", () => {
  const api = useTestApi();

  it("lists the pause agreement's history in date order, signing before entry into force, every entry cited", async () => {
    const res = await api.gql<{ agreementHistory: Array<{ date: { earliest: string | null; latest: string | null } | null; kind: string; eventKind: string | null; citations: unknown[] }> }>(
      `{ agreementHistory(id: "agreement:pausoverenskommelse-vgr-oracle") { date { earliest latest } kind eventKind title citations { quote } } }`,
    );
    expect(res.errors).toBeUndefined();
    const entries = res.data!.agreementHistory;
    expect(entries.filter((e) => e.kind === "AGREEMENT_EVENT").map((e) => e.eventKind)).toEqual(["SIGNED", "IN_FORCE"]);
    // The agreement's own event list reads them in the same order.
    const events = await api.gql<{ agreement: { events: Array<{ kind: string }> } }>(`{ agreement(id: "agreement:pausoverenskommelse-vgr-oracle") { events { kind } } }`);
    expect(events.data!.agreement.events.map((e) => e.kind)).toEqual(["SIGNED", "IN_FORCE"]);
    expect(entries.map((e) => e.kind)).toEqual(expect.arrayContaining(["DECISION", "EVENT", "REPORT"]));
    const keys = entries.map((e) => e.date?.earliest ?? e.date?.latest ?? "9999");
    expect([...keys].sort()).toEqual(keys);
    for (const e of entries) expect(e.citations.length).toBeGreaterThan(0);
  });

  it("shows a report entry with what the report says about the agreement, not the document's own imprint", async () => {
    const res = await api.gql<{ agreementHistory: Array<{ kind: string; subject: { id: string }; citations: Array<{ quote: string; verified: boolean; document: { id: string } }> }> }>(
      `{ agreementHistory(id: "agreement:pausoverenskommelse-vgr-oracle") { kind subject { id } citations { quote verified document { id } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const reports = res.data!.agreementHistory.filter((e) => e.kind === "REPORT");
    expect(reports.length).toBeGreaterThan(1);
    for (const r of reports) {
      expect(r.citations.length).toBeGreaterThan(0);
      for (const c of r.citations) expect(c).toMatchObject({ document: { id: r.subject.id }, verified: true });
      expect(r.citations.map((c) => c.quote).join(" ")).not.toMatch(/^Sammanställs av|Direktör VästKom$/);
      expect(r.citations.some((c) => /överenskommelse|pausöverenskommelse|Oracle/i.test(c.quote))).toBe(true);
    }
  });

  it("derives the state: in force after signing, with four months' notice as the earliest end", async () => {
    const res = await api.gql<{ agreement: Record<string, any> }>(`{ agreement(id: "agreement:pausoverenskommelse-vgr-oracle") {
      noticePeriod
      april: stateOn(date: "2025-04-28") { state certainty earliestPossibleEnd basis { kind } }
      january: stateOn(date: "2025-01-10") { state certainty }
      october: stateOn(date: "2024-10-15") { state certainty }
      parties { role party { ... on Organization { name } } } } }`);
    const a = res.data!.agreement;
    expect(a.noticePeriod).toBe("P4M");
    expect(a.april).toEqual({ state: "IN_FORCE", certainty: "CERTAIN", earliestPossibleEnd: "2025-08-28", basis: { kind: expect.stringMatching(/SIGNED|IN_FORCE/) } });
    // signed some day from November 2024 to 2025-02-25: in January the graph cannot tell
    expect(a.january).toEqual({ state: "NOT_YET_IN_FORCE", certainty: "UNCERTAIN" });
    // signed after the pause of November 2024 (VästKom's newsletter): before it, certainly not yet
    expect(a.october).toEqual({ state: "NOT_YET_IN_FORCE", certainty: "CERTAIN" });
    expect(a.parties.map((p: any) => [p.role, p.party.name]).sort()).toEqual([["CUSTOMER", "Västra Götalandsregionen"], ["SUPPLIER", "Oracle Svenska AB"]]);
  });

  it("says when the state follows from an inferred event, and gives the event whole as its basis", async () => {
    const eventFields = "id version recordedAt kind date { text } summary certainty inferenceReason rank note";
    const res = await api.gql<{ agreement: Record<string, any> }>(`{ agreement(id: "agreement:millennium-avtal-vgr-oracle") {
      events { ${eventFields} }
      january: stateOn(date: "2025-01-10") { state certainty explanation basis { ${eventFields} } } } }`);
    expect(res.errors).toBeUndefined();
    const a = res.data!.agreement;
    // The sources say the roll-out was paused in November 2024, not the contract: the PAUSED event is inferred.
    const paused = a.events.find((e: any) => e.kind === "PAUSED");
    expect(paused).toMatchObject({ certainty: "INFERRED", inferenceReason: expect.stringContaining("pilotdriftsättningen") });
    expect(a.january.state).toBe("PAUSED");
    expect(a.january.basis).toEqual(paused);
    expect(a.january.explanation).toContain("inferred, not stated");
    expect(a.january.explanation).toContain(paused.inferenceReason.replace(/[.\s]+$/, ""));
    // A state that follows from a stated event says nothing of inference.
    const pause = await api.gql<{ agreement: Record<string, any> }>(
      `{ agreement(id: "agreement:pausoverenskommelse-vgr-oracle") { stateOn(date: "2025-04-28") { explanation basis { certainty } } } }`,
    );
    expect(pause.data!.agreement.stateOn.basis.certainty).toBe("STATED");
    expect(pause.data!.agreement.stateOn.explanation).not.toContain("inferred");
  });

  it("takes an agreement whose start no source gives to be in force, uncertain, never certainly not yet in force", async () => {
    const res = await api.gql<{ vgr: Record<string, any>; municipalities: Record<string, any> }>(`{
      vgr: agreement(id: "agreement:millennium-avtal-vgr-oracle") {
        october: stateOn(date: "2024-10-01") { state certainty basis { id } explanation }
        november: stateOn(date: "2024-11-15") { state certainty basis { id } }
        march: stateOn(date: "2025-03-01") { state certainty basis { kind } } }
      municipalities: agreement(id: "agreement:kommunernas-avtal-oracle") { events { id } stateOn(date: "2025-03-01") { state certainty basis { id } explanation } } }`);
    expect(res.errors).toBeUndefined();
    const { vgr, municipalities } = res.data!;
    // Before the pause (November 2024) the contract was in force, but no source says since when.
    expect(vgr.october).toMatchObject({ state: "IN_FORCE", certainty: "UNCERTAIN", basis: null });
    expect(vgr.october.explanation).toContain("without saying when it began");
    // "2024-11" straddles 15 November: still in force or already paused, the graph cannot tell.
    expect(vgr.november).toEqual({ state: "IN_FORCE", certainty: "UNCERTAIN", basis: null });
    expect(vgr.march).toEqual({ state: "PAUSED", certainty: "CERTAIN", basis: { kind: "PAUSED" } });
    // The municipalities' contract has no events at all: in force, uncertain, on any date.
    expect(municipalities.events).toEqual([]);
    expect(municipalities.stateOn).toMatchObject({ state: "IN_FORCE", certainty: "UNCERTAIN", basis: null });
  });

  it("gives no earliest end past the year 9999, and says why", async () => {
    const res = await api.gql<{ agreement: Record<string, any> }>(`{ agreement(id: "agreement:pausoverenskommelse-vgr-oracle") {
      last: stateOn(date: "9999-12-31") { state earliestPossibleEnd explanation }
      fits: stateOn(date: "9999-08-31") { earliestPossibleEnd } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data!.agreement.last).toMatchObject({ state: "IN_FORCE", earliestPossibleEnd: null });
    expect(res.data!.agreement.last.explanation).toContain("after the year 9999");
    expect(res.data!.agreement.fits.earliestPossibleEnd).toBe("9999-12-31");
  });

  it("returns null for an agreement that does not exist", async () => {
    const res = await api.gql(`{ agreementHistory(id: "agreement:finns-inte") { kind } }`);
    expect(res.data).toEqual({ agreementHistory: null });
  });

  it("lists the same entries whether or not their subjects are asked for (the lighter statement sends less)", async () => {
    const fields = "date { text earliest latest precision approximate } kind eventKind effect title summary citations { quote }";
    const snapshot = new Date(Date.now() - 1000).toISOString();
    for (const knownAt of [null, snapshot]) {
      const q = (extra: string) =>
        api.gql<{ agreementHistory: Array<Record<string, unknown>> }>(
          `query($knownAt: DateTime) { agreementHistory(id: "agreement:pausoverenskommelse-vgr-oracle", knownAt: $knownAt) { ${fields} ${extra} } }`,
          { knownAt },
        );
      const [light, whole] = await Promise.all([q(""), q("subject { id ... on Decision { status } ... on Document { kind } }")]);
      expect(light.errors).toBeUndefined();
      expect(whole.errors).toBeUndefined();
      expect(light.data!.agreementHistory.length).toBeGreaterThan(5);
      expect(light.data!.agreementHistory).toEqual(whole.data!.agreementHistory.map(({ subject: _s, ...rest }) => rest));
      const subjects = whole.data!.agreementHistory.map((e) => e.subject as { id: string; status?: string; kind?: string });
      expect(subjects.every((x) => typeof x.id === "string")).toBe(true);
      expect(subjects.some((x) => typeof x.status === "string" || typeof x.kind === "string")).toBe(true);
    }
  });
});
