/**
 * Refused writes name a fact's type with its article: "an Organization",
 * "a Person" (lib/withArticle.ts), in recordFact's, supersede's and the seed
 * validator's messages alike. Every write here is refused; nothing is written.
 */
import { useTestApi } from "../../../test/helpers/suite";
import { type Gql, SOURCE, asUser } from "../../../test/helpers/writeClient";

const ORG = "org:vgr";
const PERSON = "person:karin-loostrom-muth";

describe("write refusals", () => {
  const api = useTestApi();
  let editor: Gql;
  beforeAll(async () => {
    editor = await asUser(api, ["editor"], "article-test");
  });

  /** The messages of a refused mutation `field(args)`: the error's and each problem's, as "path: message". */
  async function refusal(field: string, args: string, input: Record<string, unknown>, type: string): Promise<string[]> {
    const res = await editor(`mutation($i: ${type}!) { x: ${field}(${args}input: $i, reason: "ordval") { id } }`, { i: input });
    const error = res.errors?.[0];
    expect(error?.extensions?.code).toBe("BAD_USER_INPUT");
    const problems = (error?.extensions?.problems ?? []) as Array<{ path: string; message: string }>;
    return [error!.message, ...problems.map((p) => `${p.path}: ${p.message}`)];
  }

  it("says an Organization where one is referenced but a Person is expected", async () => {
    expect(await refusal("recordAppointment", "", { role: "ordförande", person: ORG, citations: [SOURCE] }, "AppointmentInput")).toContainEqual(
      `input.person: references ${ORG}, an Organization; expected Person`,
    );
  });

  it("says an Organization where one is named as an agreement party's agreement", async () => {
    expect(await refusal("recordAgreementParty", "", { role: "CUSTOMER", party: ORG, agreement: ORG, citations: [SOURCE] }, "AgreementPartyInput")).toContainEqual(
      `input.agreement: references ${ORG}, an Organization; expected Agreement`,
    );
  });

  it("says an Organization id when the id has another concept's prefix, and who has a taken id", async () => {
    expect(await refusal("recordOrganization", "", { id: "person:artikel-test", name: "X", kind: "UNIT", citations: [SOURCE] }, "OrganizationInput")).toContainEqual(
      expect.stringMatching(/^input\.id: an Organization id must start with org:/),
    );
    expect(await refusal("recordOrganization", "", { id: ORG, name: "X", kind: "UNIT", citations: [SOURCE] }, "OrganizationInput")).toContainEqual(
      `input.id: ${ORG} is taken (by an Organization)`,
    );
  });

  it("says which type a corrected id has, with the articles", async () => {
    expect(await refusal("correctOrganization", `id: "${PERSON}", expectedVersion: 1, `, { name: "X", kind: "UNIT", citations: [SOURCE] }, "OrganizationInput")).toEqual([
      `Nothing was written: id: ${PERSON} is a Person, not an Organization.`,
      `id: is a Person, not an Organization`,
    ]);
    expect(await refusal("correctPerson", `id: "${ORG}", expectedVersion: 1, `, { name: "X", citations: [SOURCE] }, "PersonInput")).toEqual([
      `Nothing was written: id: ${ORG} is an Organization, not a Person.`,
      `id: is an Organization, not a Person`,
    ]);
  });
});
