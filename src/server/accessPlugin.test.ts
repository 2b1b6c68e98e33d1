import type { GraphQLRequestContextDidResolveOperation } from "@apollo/server";
import { GraphQLError, parse, type OperationDefinitionNode } from "graphql";
import { ANONYMOUS, type Principal, rolesFromClaims } from "./auth";
import { accessPlugin } from "./accessPlugin";
import type { GraphQLContext } from "./context";

const user = (role: string): Principal => ({ kind: "user", subject: "u", roles: rolesFromClaims({ roles: [role] }) });

/** Runs the plugin's didResolveOperation for `source`; resolves to the HTTP status of a refusal, or "allowed". */
async function decide(allowAnonymousReads: boolean, principal: Principal, source: string): Promise<number | "allowed"> {
  const listener = await accessPlugin(allowAnonymousReads).requestDidStart!({} as never);
  const operation = parse(source).definitions[0] as OperationDefinitionNode;
  try {
    await listener!.didResolveOperation!({ operation, contextValue: { principal } } as unknown as GraphQLRequestContextDidResolveOperation<GraphQLContext>);
    return "allowed";
  } catch (e) {
    if (!(e instanceof GraphQLError)) throw e;
    return (e.extensions.http as { status: number }).status;
  }
}

describe("accessPlugin", () => {
  it.each([
    [false, ANONYMOUS, "{ a }", 401],
    [false, user("nobody"), "{ a }", 403],
    [false, user("reader"), "{ a }", "allowed"],
    [true, ANONYMOUS, "{ a }", "allowed"],
    [true, ANONYMOUS, "mutation { a }", 401],
    [true, user("reader"), "mutation { a }", 403],
    [false, user("editor"), "mutation { a }", "allowed"],
    [false, user("admin"), "mutation { a }", "allowed"],
  ] as const)("anonymous reads %s, %o, %s → %s", async (anon, principal, source, outcome) => {
    expect(await decide(anon, principal, source)).toBe(outcome);
  });
});
