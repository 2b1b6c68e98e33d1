/**
 * Who is asking, and what they may do. Roles are ranked: admin implies editor
 * implies reader (README "Security"). Resolvers call `requireRole(ctx, "editor")`
 * as their first line; the access plugin (server/accessPlugin.ts) applies the
 * request-wide rule (reads need reader, writes need editor) before anything runs.
 */
import { ForbiddenError, UnauthenticatedError } from "../lib/errors";

export const ROLES = ["reader", "editor", "admin"] as const;
export type Role = (typeof ROLES)[number];

const RANK: Record<Role, number> = { reader: 1, editor: 2, admin: 3 };

export interface UserPrincipal {
  kind: "user";
  /** The token's `sub`: recorded as the author of a change set. */
  subject: string;
  /** Every role the user holds, implied ones included (admin → editor, reader). */
  roles: readonly Role[];
}

export interface AnonymousPrincipal {
  kind: "anonymous";
  roles: readonly Role[];
}

export type Principal = UserPrincipal | AnonymousPrincipal;

export const ANONYMOUS: AnonymousPrincipal = Object.freeze({ kind: "anonymous", roles: Object.freeze([]) as readonly Role[] });

function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

/**
 * The roles a verified token grants: the `roles` array claim and the
 * space-separated `scope` claim (OAuth 2), unknown names ignored, each role
 * expanded to the ones it implies.
 */
export function rolesFromClaims(claims: Record<string, unknown>): Role[] {
  const named: unknown[] = [];
  if (Array.isArray(claims.roles)) named.push(...claims.roles);
  if (typeof claims.scope === "string") named.push(...claims.scope.split(" "));
  const top = Math.max(0, ...named.filter(isRole).map((r) => RANK[r]));
  return ROLES.filter((r) => RANK[r] <= top);
}

export function hasRole(principal: Principal, role: Role): boolean {
  return principal.roles.includes(role);
}

/**
 * Throws unless the caller holds `role`: UNAUTHENTICATED for an anonymous
 * caller, FORBIDDEN for a user without it. Returns the user, whose `subject`
 * a write records.
 */
export function requireRole(ctx: { principal: Principal }, role: Role): UserPrincipal {
  const { principal } = ctx;
  if (principal.kind === "anonymous") {
    throw new UnauthenticatedError(`This operation needs the ${role} role: send a bearer token.`);
  }
  if (!hasRole(principal, role)) {
    throw new ForbiddenError(`This operation needs the ${role} role.`, { requiredRole: role });
  }
  return principal;
}

/** Reads need `reader`, unless the server allows anonymous reads (then anyone may read). */
export function requireReadAccess(ctx: { principal: Principal }, allowAnonymousReads: boolean): void {
  if (allowAnonymousReads) return;
  requireRole(ctx, "reader");
}
