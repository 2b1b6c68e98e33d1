/**
 * One refused root field does not void the rest of the operation: the list,
 * search, timeline, whoHeld and history fields are nullable, so a refused one
 * comes back null with its error (path and code) next to the others' answers.
 */
import { useTestApi } from "../helpers/suite";

describe("a refused field next to good ones", () => {
  const api = useTestApi();

  it("answers the good aliases and nulls only the refused one, whose error names its path", async () => {
    const page = await api.gql<{ decisions: { pageInfo: { endCursor: string } } }>(`{ decisions(first: 2) { pageInfo { endCursor } } }`);
    const cursor = page.data!.decisions.pageInfo.endCursor;
    const res = await api.gql<Record<string, unknown>>(
      `query($c: String) {
        ok: decisions(first: 3) { nodes { id } }
        badCursor: decisions(first: 3, orderBy: DATE_DESC, after: $c) { nodes { id } }
        badSearch: search(text: "...") { text }
        badTimeline: timeline(actorIds: ["org:finns-inte"]) { title }
        badWho: whoHeld(post: "regiondirektör", asOf: "2025-01-01", organizationId: "org:finns-inte") { role }
        badHistory: history(id: "org:finns-inte") { id }
        found: search(text: "VGR", first: 1) { node { id } }
      }`,
      { c: cursor },
    );
    expect(res.data).toMatchObject({ badCursor: null, badSearch: null, badTimeline: null, badWho: null, badHistory: null, found: [{ node: { id: "org:vgr" } }] });
    expect((res.data!.ok as { nodes: unknown[] }).nodes).toHaveLength(3);
    expect(res.errors!.map((e) => [e.path, e.extensions?.code]).sort()).toEqual([
      [["badCursor"], "BAD_USER_INPUT"],
      [["badHistory"], "BAD_USER_INPUT"],
      [["badSearch"], "BAD_USER_INPUT"],
      [["badTimeline"], "BAD_USER_INPUT"],
      [["badWho"], "BAD_USER_INPUT"],
    ]);
  });
});
