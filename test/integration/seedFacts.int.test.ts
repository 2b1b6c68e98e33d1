/**
 * Facts written from the source documents, asked through the GraphQL API of the
 * seeded graph: who decided what and when, who held which role on a date, who
 * the parties are, that conflicts are kept and every answer carries its quote.
 */
import { useTestApi } from "../helpers/suite";

describe("facts from the five documents", () => {
  const api = useTestApi();

  async function q<T>(query: string): Promise<T> {
    const res = await api.gql<T>(query);
    expect(res.errors).toBeUndefined();
    return res.data!;
  }

  it("Regionstyrelsen decided on 2 April 2025 to appoint an external steering group (newsletter)", async () => {
    const d = await q<{ decision: any }>(`{ decision(id: "decision:regionstyrelsen-extern-styrgrupp") {
      decidedOn { text precision } deciders { actor { ... on Organization { name } } }
      affects { effect target { id } } citations { quote document { fileName } } } }`);
    expect(d.decision.decidedOn).toEqual({ text: "2025-04-02", precision: "DAY" });
    expect(d.decision.deciders).toEqual([{ actor: { name: "Regionstyrelsen" } }]);
    expect(d.decision.affects).toEqual(expect.arrayContaining([{ effect: "SETS_UP", target: { id: "org:extern-styrgrupp-handlingsalternativ" } }]));
    expect(d.decision.citations).toEqual(
      expect.arrayContaining([
        {
          quote: expect.stringContaining("Regionstyrelsen fattade beslut den 2 april om att tillsätta en extern styrgrupp"),
          document: { fileName: "002_09b6493dab21e04a.txt" },
        },
      ]),
    );
  });

  it("two announced decisions are in the graph as PLANNED, undated: Regionstyrelsen's on the way forward (whose timetable the external group changes) and the regional director's on the programme's organisation", async () => {
    const d = await q<{ way: any; org: any; ext: any }>(`{
      way: decision(id: "decision:regionstyrelsen-beslut-handlingsalternativ-vagval") {
        status decidedOn { text } deciders { actor { ... on Organization { name } } } citations { quote } }
      org: decision(id: "decision:regiondirektoren-alternativ-organisering-program-millennium") {
        status decidedOn { text } deciders { actor { ... on Post { title } } } affects { effect target { id } } citations { quote } }
      ext: decision(id: "decision:regionstyrelsen-extern-styrgrupp") { affects { effect note target { id } } } }`);
    expect(d.way).toMatchObject({ status: "PLANNED", decidedOn: null, deciders: [{ actor: { name: "Regionstyrelsen" } }] });
    expect(d.way.citations.map((c: any) => c.quote)).toContain("Detta kommer att påverka tidsplanen för själva beslutet.");
    expect(d.ext.affects).toContainEqual({
      effect: "CHANGES_DATE",
      note: "kommer att påverka tidsplanen för själva beslutet",
      target: { id: "decision:regionstyrelsen-beslut-handlingsalternativ-vagval" },
    });
    expect(d.org).toMatchObject({ status: "PLANNED", decidedOn: null, affects: [{ effect: "OTHER", target: { id: "org:program-millennium" } }] });
    expect(d.org.deciders[0].actor.title).toMatch(/^[Rr]egiondirektör/);
    expect(d.org.citations).toEqual([{ quote: "Ta fram underlag gällande en alternativ organisering av program Millennium för beslut av regiondirektören." }]);
  });

  it("dates what the 11 April meeting presented no later than the meeting, and the commission on options no later than the report that announces it", async () => {
    const d = await q<{ dir: any; board: any; pm: any; ksd: any }>(`{
      dir: decision(id: "decision:uppdrag-vastkom-direktor-process-vagval") { decidedOn { text } citations { quote } }
      board: decision(id: "decision:vastkom-extra-styrelsemote-insatt") { decidedOn { text } }
      pm: mandate(id: "mandate:program-millennium-handlingsalternativ-slimmad-organisation") { validFrom { text } }
      ksd: mandate(id: "mandate:ksd-handlingsalternativ-slimmad-organisation") { validFrom { text } } }`);
    expect([d.dir.decidedOn.text, d.board.decidedOn.text]).toEqual(["..2025-04-11", "..2025-04-11"]);
    expect(d.dir.citations.map((c: any) => c.quote)).toContain("Nedan följer en sammanfattning av det som presenterades på mötet.");
    // "Ett uppdrag har getts" in the report of 2024-12-27: not held "since before anything the sources say".
    expect([d.pm.validFrom, d.ksd.validFrom]).toEqual([{ text: "..2024-12-27" }, { text: "..2024-12-27" }]);
  });

  it("cites a spokesperson's role from the heading that names it, and dates the timeline's December items and KPMG's review start by what the sources say", async () => {
    const d = await q<{ appt: any; skane: any; sg: any; kpmg: any }>(`{
      appt: appointment(id: "appt:kaarina-sundelin-talesperson-vgr") { role citations { quote locator } }
      skane: event(id: "event:region-skane-meddelar-uppskjutet-inforande") { date { text } }
      sg: event(id: "event:samordningsgrupp-startar") { date { text } }
      kpmg: event(id: "event:kpmg-inleder-extern-granskning") { date { text } inferenceReason citations { quote } } }`);
    expect(d.appt.citations).toEqual(
      expect.arrayContaining([
        { quote: "Kaarina Sundelin, hälso- och sjukvårdsproduktionsdirektör", locator: "Talespersoner VGR, punkt 2" },
        { quote: "Talespersoner VGR", locator: "rubrik" },
      ]),
    );
    // Both stand under "Dec -24" on the presentation's timeline.
    expect([d.skane.date.text, d.sg.date.text]).toEqual(["2024-12", "2024-12"]);
    // "Tiden innan julhelgerna … extern granskning": begun by the report of 2024-12-27.
    expect(d.kpmg.date.text).toBe("..2024-12-27");
    expect(d.kpmg.citations.map((c: any) => c.quote)).toContain("Tiden innan julhelgerna har präglats av många aktiviteter för att utvärdera och dra lärdomar av införandet av Millennium.");
  });

  it.each([
    ["agrevent:pausoverenskommelse-i-kraft", "Ambitionen är att den ska vara så kort som möjligt."],
    ["decision:vgr-anpassa-organisation-och-resurser", "Det innebär bland annat att VGR:s kostnader för konsulter kommer att minska."],
    ["org:ledningsradet-for-hjalpmedel", "Ledningsrådet för hjälpmedel följer fortsatt upp aktuella funktioner hos läkemedelsautomater samt kostnader."],
    ["risk:inloggningssvarigheter-millennium", "Särskilt team jobbar med att säkerställa åtkomsten för användare."],
    ["mandate:rso-millennium-2024-uppdrag", "Genom regional samordning ska VGR fortsätta att ge god vård och säkerställa att akut vård och vård som inte kan anstå tillhandahålls/ges för invånare i södra området."],
    ["decision:regionstyrelsen-beslut-handlingsalternativ-vagval", "Arbete pågår inom VGR för att utforma handlingsalternativ för framtiden."],
    ["decision:hanvisning-till-andra-akutmottagningar", "Ytterligare avlastande åtgärder kan bli aktuella inför driftstart."],
  ])("cites on %s the sentence that bears on it: %s", async (id, quote) => {
    const d = await q<{ node: { citations: Array<{ quote: string }> } }>(`{ node(id: "${id}") { ... on Fact { citations { quote } } } }`);
    expect(d.node.citations.map((c) => c.quote)).toContain(quote);
  });

  it("reads the referral decision's mandate as uncertain on its date: the report of 2024-11-05 says the group has it, not since when", async () => {
    const d = await q<{ decision: any }>(`{ decision(id: "decision:hanvisning-till-andra-akutmottagningar") {
      decidedOn { text } mandateChain { steps { inForceOnDecisionDate validFrom { text } mandate { id } } } } }`);
    expect(d.decision.decidedOn.text).toBe("2024-W44");
    expect(d.decision.mandateChain.steps).toEqual([
      { inForceOnDecisionDate: "UNCERTAIN", validFrom: { text: "..2024-11-05" }, mandate: { id: "mandate:operativ-samordning-styra-om-floden" } },
    ]);
  });

  it("Karin Looström Muth was hälso- och sjukvårdsutvecklingsdirektör and VGR's spokesperson on 2024-12-27", async () => {
    const d = await q<{ whoHeld: Array<{ person: { name: string }; role: string }> }>(
      `{ whoHeld(post: "hälso- och sjukvårdsutvecklingsdirektör", asOf: "2024-12-27") { person { name } role } }`,
    );
    expect(d.whoHeld.map((h) => h.person.name)).toContain("Karin Looström Muth");
  });

  it("Ann-Charlotte Järnström is one person under both spellings: ekonomidirektör in February, acting regional director in April 2025", async () => {
    const d = await q<{ person: any; feb: any[]; apr: any[] }>(`{
      person(id: "person:ann-charlotte-lilja-jarnstrom") { name aliases inferredAliases { alias reason } }
      feb: whoHeld(post: "ekonomidirektör", organizationId: "org:vgr", asOf: "2025-02-25") { person { id } }
      apr: whoHeld(post: "regiondirektör", organizationId: "org:vgr", asOf: "2025-04-11") { person { id } capacity } }`);
    expect(d.person.name).toBe("Ann-Charlotte Lilja Järnström");
    expect(d.person.aliases).toContain("Ann-Charlotte Järnström");
    expect(d.feb).toContainEqual({ person: { id: "person:ann-charlotte-lilja-jarnstrom" } });
    expect(d.apr).toEqual([{ person: { id: "person:ann-charlotte-lilja-jarnstrom" }, capacity: "ACTING" }]);
  });

  it("the private care providers' case at Förvaltningsrätten started on 11 November 2024, against VGR", async () => {
    const d = await q<{ legalCase: any }>(`{ legalCase(id: "case:privata-vardgivare-forvaltningsratten") {
      openedOn { text } forum { name } parties { role who { ... on Organization { name } } } concerns { id } } }`);
    expect(d.legalCase.openedOn.text).toBe("2024-11-11");
    expect(d.legalCase.forum.name).toBe("Förvaltningsrätten");
    expect(d.legalCase.parties.map((p: any) => [p.role, p.who.name]).sort()).toEqual([
      ["CLAIMANT", "Privata vårdgivare"],
      ["RESPONDENT", "Västra Götalandsregionen"],
    ]);
    // "för att slippa införa Millennium": the roll-out, not VGR's contract with Oracle, to which the providers are no party.
    expect(d.legalCase.concerns).toEqual([{ id: "org:program-millennium" }]);
  });

  it("keeps both counts of the pause working groups, six in the text and seven listed, with the list preferred", async () => {
    const d = await q<{ a: any; b: any }>(`{
      a: figure(id: "figure:pausgrupper-antal-enligt-text") { value rank citations { quote } }
      b: figure(id: "figure:pausgrupper-antal-listade") { value rank } }`);
    expect(d.a).toEqual({ value: 6, rank: "NORMAL", citations: [{ quote: "Arbete pågår i sex olika grupper som leds av VGR och Oracle och där VästKom deltar." }] });
    expect(d.b).toEqual({ value: 7, rank: "PREFERRED" });
  });

  it("counts the web survey's 1 225 respondents, 591 of them at SÄS", async () => {
    const d = await q<{ total: any; sas: any }>(`{
      total: figure(id: "figure:webbfraga-respondenter-totalt") { value }
      sas: figure(id: "figure:webbfraga-respondenter-sas") { value breakdown { ... on Organization { id } } } }`);
    expect(d.total.value).toBe(1225);
    expect(d.sas).toEqual({ value: 591, breakdown: { id: "org:sas" } });
  });

  it("lists the 49 municipalities of the county from the labelled reference document", async () => {
    const d = await q<{ document: any }>(`{ document(id: "doc:referens-vastra-gotalands-kommuner") { kind fileName } }`);
    expect(d.document).toEqual({ kind: "reference", fileName: "ref_vastra-gotaland-kommuner.txt" });
    const res = await api.scope.db.driver.executeQuery("MATCH (o:Organization {kind: 'MUNICIPALITY'}) WHERE o.seeded RETURN count(o) AS n");
    expect(res.records[0]!.get("n").toNumber()).toBe(49);
  });

  it("serves a quote with its context from the document's own text", async () => {
    const d = await q<{ decision: any }>(`{ decision(id: "decision:ny-tidplan-kommuner-sodra-omradet") { citations { quote context(chars: 60) } } }`);
    const c = d.decision.citations[0];
    expect(c.context).toContain(c.quote.replace(/\s+/g, " ").slice(0, 40));
    expect(c.context.length).toBeGreaterThan(c.quote.length);
  });
});
