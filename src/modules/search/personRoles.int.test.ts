/**
 * A person is found by the roles they held as well as by name
 * (src/modules/search/personRoles.ts): on the seed graph, and as appointments
 * are recorded, corrected and retracted through the API, in the same write.
 */
import { CONCEPTS } from "../../domain/concepts";
import { searchProps } from "../../domain/searchProps";
import { writeQuery } from "../../neo4j/funnel";
import { backfillPersonRoles } from "../../neo4j/backfills";
import { useTestApi } from "../../../test/helpers/suite";
import { uniquePrefix } from "../../../test/helpers/fixtures";
import { type Gql, SOURCE, asUser, writtenUnder } from "../../../test/helpers/writeClient";

describe("search finds people by the roles they held", () => {
  const prefix = uniquePrefix("roles");
  const api = useTestApi(writtenUnder(prefix));
  let editor: Gql;
  beforeAll(async () => {
    editor = await asUser(api, ["editor"], "roles-editor");
  });

  async function people(text: string): Promise<string[]> {
    const res = await api.gql<{ search: Array<{ node: { id: string } }> }>(`query($t: String!) { search(text: $t, types: ["Person"]) { node { id } } }`, { t: text });
    expect(res.errors).toBeUndefined();
    return res.data!.search.map((h) => h.node.id);
  }

  it("finds a seeded person by surname and role, by the words of an acting role, and by a role under a spelling variant of the name", async () => {
    await expect(people("Lännergren direktör")).resolves.toEqual(["person:kristina-lannergren"]);
    await expect(people("Christiansson programchef")).resolves.toEqual(["person:bjarne-christiansson"]);
    await expect(people("tillförordnad programchef")).resolves.toContain("person:bjarne-christiansson");
    // The sources shorten tillförordnad to "tf"; search takes either for the other.
    await expect(people("tf programchef")).resolves.toEqual(["person:bjarne-christiansson"]);
    await expect(people("tf regiondirektör")).resolves.toEqual(["person:ann-charlotte-lilja-jarnstrom"]);
    await expect(people("Annica Mortensen programchef")).resolves.toEqual(["person:annika-mortensen"]);
  });

  it("still ranks the person named by the words first, above those who merely held a role of that name", async () => {
    const res = await api.gql<{ search: Array<{ node: { id: string }; text: string }> }>(`{ search(text: "Annika Mortensen") { node { id } text } }`);
    expect(res.data!.search[0]).toEqual({ node: { id: "person:annika-mortensen" }, text: "Annika Mortensen" });
  });

  it("follows the person's appointments through record, correction and retraction, each in its own write", async () => {
    const person = `person:${prefix}-eva`;
    const appt = `appt:${prefix}-eva`;
    const rec = await editor(`mutation($p: PersonInput!) { recordPerson(input: $p, reason: "ny person") { id } }`, { p: { id: person, name: "Eva Rollsökare", citations: [SOURCE] } });
    expect(rec.errors).toBeUndefined();
    await expect(people("Rollsökare kvalitetssamordnare")).resolves.toEqual([]);

    const a = await editor(`mutation($a: AppointmentInput!) { recordAppointment(input: $a, reason: "uppdrag") { version } }`, {
      a: { id: appt, role: "kvalitetssamordnare", person, citations: [SOURCE] },
    });
    expect(a.errors).toBeUndefined();
    await expect(people("Rollsökare kvalitetssamordnare")).resolves.toEqual([person]);

    const c = await editor(`mutation($a: AppointmentInput!) { correctAppointment(id: "${appt}", expectedVersion: 1, input: $a, reason: "rätt roll") { version } }`, {
      a: { role: "verksamhetsutvecklare", person, citations: [SOURCE] },
    });
    expect(c.errors).toBeUndefined();
    await expect(people("Rollsökare kvalitetssamordnare")).resolves.toEqual([]);
    await expect(people("Rollsökare verksamhetsutvecklare")).resolves.toEqual([person]);

    // Renaming the person keeps their roles in the new version's text.
    const r = await editor(`mutation($p: PersonInput!) { correctPerson(id: "${person}", expectedVersion: 1, input: $p, reason: "namn") { version } }`, { p: { name: "Eva Rollfinnare", citations: [SOURCE] } });
    expect(r.errors).toBeUndefined();
    await expect(people("Rollfinnare verksamhetsutvecklare")).resolves.toEqual([person]);

    const x = await editor(`mutation { retract(id: "${appt}", expectedVersion: 2, reason: "fel") { version } }`);
    expect(x.errors).toBeUndefined();
    await expect(people("Rollfinnare verksamhetsutvecklare")).resolves.toEqual([]);
    await expect(people("Rollfinnare")).resolves.toEqual([person]);
  });

  it("fills the roles in on a database written before persons carried them (the migration)", async () => {
    const person = `person:${prefix}-gammal`;
    // As an older version stored it: the person's search text without roles.
    const props = { id: person, name: "Olle Förerollen", aliases: [], version: 1, ...searchProps({ ...CONCEPTS.Person!, search: ["name", "aliases"] }, { name: "Olle Förerollen", aliases: [] }) };
    await writeQuery(api.scope, "roles-old-shape", (tx) =>
      tx.run(
        `CREATE (p:Entity:Person) SET p = $props
         CREATE (a:Entity:Appointment {id: $appt, role: 'arkivredogörare', version: 1})-[:OF_PERSON]->(p)`,
        { props, appt: `appt:${prefix}-gammal` },
      ),
    );
    await expect(people("Förerollen arkivredogörare")).resolves.toEqual([]);
    await expect(backfillPersonRoles(api.scope, 7)).resolves.toBeGreaterThan(7);
    await expect(people("Förerollen arkivredogörare")).resolves.toEqual([person]);
  });
});
