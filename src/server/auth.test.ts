import { ForbiddenError, UnauthenticatedError } from "../lib/errors";
import { ANONYMOUS, type Principal, requireReadAccess, requireRole, rolesFromClaims } from "./auth";

const user = (...roles: Parameters<typeof rolesFromClaims>[0]["roles"][]): Principal => ({
  kind: "user",
  subject: "alice",
  roles: rolesFromClaims({ roles }),
});

describe("rolesFromClaims", () => {
  it("expands each role to the ones it implies: admin → editor → reader", () => {
    expect(rolesFromClaims({ roles: ["admin"] })).toEqual(["reader", "editor", "admin"]);
    expect(rolesFromClaims({ roles: ["editor"] })).toEqual(["reader", "editor"]);
    expect(rolesFromClaims({ roles: ["reader"] })).toEqual(["reader"]);
  });

  it("reads the space-separated OAuth scope claim as well as the roles array", () => {
    expect(rolesFromClaims({ scope: "openid editor profile" })).toEqual(["reader", "editor"]);
    expect(rolesFromClaims({ roles: ["reader"], scope: "admin" })).toEqual(["reader", "editor", "admin"]);
  });

  it("grants nothing for unknown names, wrong types or no claim", () => {
    expect(rolesFromClaims({ roles: ["superuser", "ADMIN", 3] })).toEqual([]);
    expect(rolesFromClaims({ roles: "admin", scope: ["admin"] })).toEqual([]);
    expect(rolesFromClaims({})).toEqual([]);
  });
});

describe("requireRole", () => {
  it("refuses an anonymous caller with UnauthenticatedError", () => {
    expect(() => requireRole({ principal: ANONYMOUS }, "reader")).toThrow(UnauthenticatedError);
  });

  it("refuses a user without the role with ForbiddenError naming the role", () => {
    expect(() => requireRole({ principal: user("reader") }, "editor")).toThrow(ForbiddenError);
    expect(() => requireRole({ principal: user("editor") }, "admin")).toThrow(/needs the admin role/);
  });

  it("returns the user, whose subject a write records, when the role is held or implied", () => {
    expect(requireRole({ principal: user("editor") }, "editor")).toMatchObject({ subject: "alice" });
    expect(requireRole({ principal: user("admin") }, "editor")).toMatchObject({ subject: "alice" });
    expect(requireRole({ principal: user("admin") }, "admin")).toMatchObject({ subject: "alice" });
  });
});

describe("requireReadAccess", () => {
  it("lets anyone read when anonymous reads are on", () => {
    expect(() => requireReadAccess({ principal: ANONYMOUS }, true)).not.toThrow();
    expect(() => requireReadAccess({ principal: user() }, true)).not.toThrow();
  });

  it("needs the reader role when anonymous reads are off", () => {
    expect(() => requireReadAccess({ principal: ANONYMOUS }, false)).toThrow(UnauthenticatedError);
    expect(() => requireReadAccess({ principal: user() }, false)).toThrow(ForbiddenError);
    expect(() => requireReadAccess({ principal: user("reader") }, false)).not.toThrow();
  });
});
