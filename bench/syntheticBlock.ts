/**
 * One region's worth of synthetic graph, shaped like the Millennium case: a
 * region with boards → administrations → steering groups → working groups
 * (PART_OF trees), a municipal association with its municipalities, suppliers,
 * posts held by a succession of people (with acting holders and vague
 * changeovers), group memberships, mandates delegated 1–6 deep, decisions
 * under them, agreements with parties and events, meetings, documents, and a
 * SUPPORTED_BY citation with a quote on every fact. A graph is N such blocks;
 * block b depends only on (seed, b), so any block can be rebuilt alone.
 */
import { Random, type SynEdge, type SynNode, dateProps, earliestOf, edge, node, randomDate, withPersonRoles } from "./syntheticRows";

export interface Block {
  nodes: SynNode[];
  edges: SynEdge[];
}

const PLACES = ["Västra", "Norra", "Södra", "Östra", "Mellersta", "Övre", "Nedre", "Inre", "Yttre", "Stora"];
const AREAS = ["Älvdalen", "Skärgården", "Slätten", "Dalen", "Kusten", "Höglandet", "Sjöriket", "Skogen", "Bergslagen", "Fjällen"];
const TOPICS = ["journalsystem", "vårdinformation", "läkemedel", "primärvård", "akutvård", "digitalisering", "upphandling", "ekonomi", "bemanning", "utbildning", "införande", "avtal"];
const FIRST = ["Anna", "Karin", "Maria", "Eva", "Lena", "Annika", "Ingrid", "Sara", "Erik", "Lars", "Johan", "Anders", "Per", "Mikael", "Björn", "Åsa", "Göran", "Ulf", "Maja", "Linnéa"];
const LAST = ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson", "Gustafsson", "Lindqvist", "Lindström", "Bergström", "Sjöberg", "Järnström", "Looström", "Kullbratt", "Mortensen", "Ek", "Holm"];
const EFFECTS_ON_ORG = ["SETS_UP", "DISSOLVES", "APPOINTS", "ASSIGNS", "COMMISSIONS"];
const EFFECTS_ON_AGREEMENT = ["PAUSES", "RESUMES", "CONTINUES", "APPROVES"];

export function buildBlock(seed: number, b: number, prefix: string): Block {
  const r = new Random((seed * 1_000_003 + b * 7919) >>> 0);
  const nodes: SynNode[] = [];
  const edges: SynEdge[] = [];
  const id = (kind: string, local: string) => `${kind}:${prefix}-${b}-${local}`;
  const place = `${PLACES[b % PLACES.length]} ${AREAS[Math.floor(b / PLACES.length) % AREAS.length]} ${b}`;
  const docs: string[] = [];
  /** Every fact cites one of the block's documents (domain rule 1). */
  const cite = (from: string, name: string) =>
    edges.push(edge("SUPPORTED_BY", from, r.pick(docs), { quote: `Enligt rapporten gäller detta ${name}.`, locator: `s. ${r.int(1, 40)}`, nameAsWritten: name }));

  const region = id("org", "region");
  for (let i = 0; i < 20; i++) {
    const doc = id("doc", `d${i}`);
    docs.push(doc);
    nodes.push(node("Document", { id: doc, title: `Lägesrapport ${i + 1} om ${r.pick(TOPICS)}, ${place}`, kind: r.pick(["report", "newsletter", "presentation", "news"]), language: "sv", ...dateProps("date", randomDate(r, 2019, 2026, 0.1)) }));
    edges.push(edge("PUBLISHED_BY", doc, region));
  }
  const org = (local: string, name: string, kind: string, parent: string | null, extra: Record<string, unknown> = {}) => {
    const oid = id("org", local);
    nodes.push(node("Organization", { id: oid, name, kind, ...extra }));
    if (parent) edges.push(edge("PART_OF", oid, parent));
    cite(oid, name);
    return oid;
  };

  // Organisations: the PART_OF tree under the region, four levels deep.
  org("region", `Region ${place}`, "REGION", null);
  const association = org("assoc", `Kommunalförbundet ${place}`, "MUNICIPAL_ASSOCIATION", null);
  const municipalities = Array.from({ length: 10 }, (_, i) => org(`muni${i}`, `${AREAS[i]}s kommun ${b}`, "MUNICIPALITY", null));
  const suppliers = [org("supplier0", `Journalbolaget ${b} AB`, "COMPANY", null), org("supplier1", `Konsultfirman ${b} AB`, "COMPANY", null)];
  const boards: string[] = [], admins: string[] = [], steering: string[] = [], working: string[] = [];
  for (let i = 0; i < 4; i++) {
    const board = org(`board${i}`, `${r.pick(TOPICS)}nämnden ${i} ${place}`, "BOARD", region);
    boards.push(board);
    for (let j = 0; j < 3; j++) {
      const admin = org(`admin${i}-${j}`, `Förvaltningen för ${r.pick(TOPICS)} ${i}.${j}`, "ADMINISTRATION", board);
      admins.push(admin);
      for (let k = 0; k < 2; k++) {
        const sg = org(`sg${i}-${j}-${k}`, `Styrgrupp ${r.pick(TOPICS)} ${i}.${j}.${k}`, "STEERING_GROUP", admin, dateProps("validFrom", randomDate(r, 2019, 2023)));
        steering.push(sg);
        for (let l = 0; l < 2; l++) {
          // Some working groups are dissolved again: an org chart is only right for a date.
          const validity = r.chance(0.3) ? dateProps("validTo", randomDate(r, 2024, 2026, 0.5)) : {};
          working.push(org(`wg${i}-${j}-${k}-${l}`, `Arbetsgrupp ${r.pick(TOPICS)} ${i}.${j}.${k}.${l}`, "WORKING_GROUP", sg, { ...dateProps("validFrom", randomDate(r, 2020, 2024)), ...validity }));
        }
      }
    }
  }

  // People, and posts held by a succession of them.
  const persons = Array.from({ length: 150 }, (_, i) => {
    const pid = id("person", `p${i}`);
    const name = `${r.pick(FIRST)} ${r.pick(LAST)}`;
    nodes.push(node("Person", { id: pid, name, aliases: r.chance(0.1) ? [name.replace(/ö/g, "o")] : [] }));
    cite(pid, name);
    return pid;
  });
  let appts = 0;
  const appoint = (person: string, post: string | null, orgId: string | null, role: string, capacity: string, from: string | null, to: string | null) => {
    const aid = id("appt", `a${appts++}`);
    nodes.push(node("Appointment", { id: aid, role, capacity, attestedOn: [], ...dateProps("validFrom", from), ...dateProps("validTo", to) }));
    edges.push(edge("OF_PERSON", aid, person));
    if (post) edges.push(edge("TO_POST", aid, post));
    if (orgId) edges.push(edge("IN_ORGANIZATION", aid, orgId));
    cite(aid, role);
  };
  let posts = 0;
  const post = (orgId: string, title: string) => {
    const pid = id("post", `t${posts++}`);
    nodes.push(node("Post", { id: pid, title }));
    edges.push(edge("IN_ORGANIZATION", pid, orgId));
    cite(pid, title);
    // Two or three successive holders; changeovers are often vague (a month, a span),
    // sometimes bridged by an acting holder.
    const changes = [randomDate(r, 2016, 2018, 0), randomDate(r, 2020, 2022, 0.6), randomDate(r, 2023, 2025, 0.6)].sort((a, c) => earliestOf(a).localeCompare(earliestOf(c)));
    const holders = r.int(2, 3);
    for (let h = 0; h < holders; h++) {
      const acting = h > 0 && r.chance(0.25);
      const holder = r.pick(persons);
      appoint(holder, pid, null, acting ? `tf ${title}` : title, acting ? "ACTING" : "ORDINARY", changes[h]!, h < holders - 1 ? changes[h + 1]! : null);
    }
    return pid;
  };
  const regionDirector = post(region, "regiondirektör");
  post(region, "ekonomidirektör");
  const boardChairs = boards.map((o) => post(o, "ordförande"));
  const adminChiefs = admins.map((o) => { post(o, "ekonomichef"); return post(o, "förvaltningschef"); });
  const sgChairs = steering.map((o) => post(o, "ordförande i styrgruppen"));
  const wgLeads = working.map((o) => post(o, "samordnare"));
  municipalities.forEach((o) => post(o, "kommundirektör"));
  // Roles without a post (a spokesperson, a convener).
  steering.forEach((o) => appoint(r.pick(persons), null, o, "sammankallande", "ORDINARY", randomDate(r, 2020, 2023, 0.3), null));

  let mems = 0;
  const member = (who: string, group: string, role: string | null) => {
    const mid = id("mem", `m${mems++}`);
    nodes.push(node("Membership", { id: mid, role, ...dateProps("validFrom", randomDate(r, 2019, 2024, 0.3)) }));
    edges.push(edge("OF_MEMBER", mid, who), edge("IN_GROUP", mid, group));
    cite(mid, role ?? "medlem");
  };
  municipalities.forEach((m) => member(m, association, "medlemskommun"));
  working.forEach((wg) => {
    member(r.pick(persons), wg, "ledamot");
    member(r.pick(persons), wg, "ledamot");
    member(r.pick(municipalities), wg, null);
  });

  // Mandates: a root per board, delegated down the tree and on to posts, 1–6 deep.
  let mandates = 0;
  const levels: string[][] = [[], [], [], [], [], []];
  const mandate = (level: number, heldBy: string, grantedBy: string, from: string | null, scope: string) => {
    const mid = id("mandate", `m${mandates++}`);
    nodes.push(node("Mandate", { id: mid, scope, basis: level === 0 ? "reglemente" : "delegationsordning", root: level === 0, ...dateProps("validFrom", randomDate(r, 2016, 2019, 0.2)) }));
    edges.push(edge("HELD_BY", mid, heldBy), edge("GRANTED_BY", mid, grantedBy));
    if (from) edges.push(edge("DELEGATED_FROM", mid, from));
    cite(mid, scope);
    levels[level]!.push(mid);
    return mid;
  };
  boards.forEach((bo, i) => {
    const m0 = mandate(0, bo, region, null, `nämndens ansvar för ${r.pick(TOPICS)}`);
    [0, 1, 2].forEach((j) => {
      const ai = i * 3 + j;
      const m1 = mandate(1, admins[ai]!, bo, m0, `förvaltningens uppdrag ${ai}`);
      [0, 1].forEach((k) => {
        const si = ai * 2 + k;
        const m2 = mandate(2, steering[si]!, admins[ai]!, m1, `styrgruppens beslut ${si}`);
        [0, 1].forEach((l) => {
          const wi = si * 2 + l;
          const m3 = mandate(3, working[wi]!, steering[si]!, m2, `arbetsgruppens uppgift ${wi}`);
          if (l === 0) {
            const m4 = mandate(4, wgLeads[wi]!, working[wi]!, m3, `samordnarens uppdrag ${wi}`);
            mandate(5, wgLeads[wi]!, wgLeads[wi]!, m4, `vidaredelegerat uppdrag ${wi}`);
          }
        });
      });
    });
  });
  const holderOf = new Map<string, string>();
  edges.filter((e) => e.type === "HELD_BY").forEach((e) => holderOf.set(e.from, e.to));

  // Agreements with parties and dated events.
  const agreements = Array.from({ length: 5 }, (_, i) => {
    const aid = id("agreement", `g${i}`);
    const title = `Avtal om ${r.pick(TOPICS)} ${i} (${place})`;
    const signed = randomDate(r, 2017, 2021, 0);
    nodes.push(node("Agreement", { id: aid, title, noticePeriod: r.pick(["P4M", "P6M", "P1Y"]), ...dateProps("validFrom", signed) }));
    cite(aid, title);
    const parties: Array<[string, string]> = [[region, "CUSTOMER"], [r.pick(suppliers), "SUPPLIER"]];
    if (r.chance(0.5)) parties.push([association, "PARTY"]);
    parties.forEach(([who, role], p) => {
      const pid = id("party", `g${i}-${p}`);
      nodes.push(node("AgreementParty", { id: pid, role }));
      edges.push(edge("PARTY_TO", pid, aid), edge("PARTY", pid, who));
      cite(pid, role);
    });
    const kinds = ["SIGNED", "IN_FORCE", ...(r.chance(0.6) ? ["PAUSED", "RESUMED"] : []), ...(r.chance(0.3) ? ["NOTICE_GIVEN"] : [])];
    const dates = [signed, signed, randomDate(r, 2022, 2023, 0.4), randomDate(r, 2024, 2024, 0.4), randomDate(r, 2025, 2026, 0.4)];
    kinds.forEach((kind, k) => {
      const eid = id("agrevent", `g${i}-${k}`);
      nodes.push(node("AgreementEvent", { id: eid, kind, summary: `${kind.toLowerCase()} enligt rapporten`, ...dateProps("date", dates[k]!) }));
      edges.push(edge("EVENT_OF", eid, aid));
      cite(eid, kind);
    });
    return aid;
  });

  const events = Array.from({ length: 40 }, (_, i) => {
    const eid = id("event", `e${i}`);
    const title = `Möte om ${r.pick(TOPICS)} ${i}`;
    nodes.push(node("Event", { id: eid, title, kind: r.pick(["MEETING", "MEETING", "CONFERENCE", "MILESTONE"]), status: r.chance(0.8) ? "HELD" : "PLANNED", ...dateProps("date", randomDate(r, 2019, 2026)) }));
    edges.push(edge("ORGANIZED_BY", eid, r.pick([...boards, ...steering])));
    for (let p = 0; p < 3; p++) edges.push(edge("PARTICIPANT", eid, r.pick(persons), { role: p === 0 ? "ordförande" : null }));
    if (r.chance(0.3)) edges.push(edge("CONCERNS", eid, r.pick(agreements)));
    cite(eid, title);
    return eid;
  });

  // Decisions under mandates of every depth; a tenth with no recorded mandate.
  const decisions: string[] = [];
  for (let i = 0; i < 250; i++) {
    const did = id("decision", `d${i}`);
    const topic = r.pick(TOPICS);
    const title = `Beslut om ${topic} ${i} i ${place}`;
    nodes.push(node("Decision", { id: did, title, summary: `Beslutet gäller ${topic}.`, status: r.pick(["TAKEN", "TAKEN", "TAKEN", "PLANNED", "ANNOUNCED"]), ...dateProps("decidedOn", randomDate(r, 2019, 2026)) }));
    if (r.chance(0.9)) {
      const m = r.pick(levels[r.int(0, 5)]!);
      edges.push(edge("UNDER_MANDATE", did, m), edge("DECIDED_BY", did, holderOf.get(m)!));
    } else {
      edges.push(edge("DECIDED_BY", did, r.pick([...boards, regionDirector, ...boardChairs, ...adminChiefs, ...sgChairs])));
    }
    if (r.chance(0.3)) edges.push(edge("DECIDED_BY", did, r.pick(persons)));
    if (r.chance(0.3)) edges.push(edge("REQUESTED_BY", did, r.pick([...municipalities, association])));
    if (r.chance(0.2)) edges.push(edge("AFFECTS", did, r.pick(agreements), { effect: r.pick(EFFECTS_ON_AGREEMENT), note: null }));
    else if (r.chance(0.4)) edges.push(edge("AFFECTS", did, r.pick(working), { effect: r.pick(EFFECTS_ON_ORG), note: null }));
    if (r.chance(0.3)) edges.push(edge("TAKEN_AT", did, r.pick(events)));
    if (decisions.length > 0 && r.chance(0.05)) edges.push(edge("SUPERSEDES", did, r.pick(decisions)));
    cite(did, title);
    decisions.push(did);
  }
  withPersonRoles(nodes, edges);
  return { nodes, edges };
}
