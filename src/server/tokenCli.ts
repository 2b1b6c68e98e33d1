/**
 * `npm run token -- --role editor [--sub alice] [--ttl 1h]`: prints a token
 * signed with the configured JWT_SECRET (the demo secret when unset outside
 * production). The token is the last line, so `$(npm run -s token -- … | tail -1)`
 * works in scripts.
 */
import { parseArgs } from "node:util";
import { ConfigError, loadConfig } from "../config";
import { ROLES, type Role } from "./auth";
import { signToken } from "./signToken";

const USAGE = `usage: npm run token -- --role ${ROLES.join("|")} [--role …] [--sub NAME] [--ttl 1h]`;

function fail(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

async function main(): Promise<void> {
  let args;
  try {
    args = parseArgs({
      options: {
        role: { type: "string", multiple: true },
        sub: { type: "string", default: "demo-user" },
        ttl: { type: "string", default: "1h" },
      },
      strict: true,
    }).values;
  } catch (e) {
    fail(e instanceof Error ? e.message : String(e));
  }
  const roles = args.role ?? [];
  if (roles.length === 0) fail("--role is required");
  const bad = roles.find((r) => !(ROLES as readonly string[]).includes(r));
  if (bad !== undefined) fail(`unknown role "${bad}"`);
  if (!/^\d+[smhd]$/.test(args.ttl)) fail(`--ttl must be a number with s, m, h or d, got "${args.ttl}"`);

  let config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) fail(e.message);
    throw e;
  }
  const { jwtSecret, devSecret, issuer, audience } = config.auth;
  if (jwtSecret === undefined) fail("JWT_SECRET is not set: with JWT_JWKS_URL only, tokens come from your identity provider");
  if (devSecret) process.stderr.write("signed with the public demo secret (JWT_SECRET is not set)\n");
  process.stdout.write(`subject ${args.sub}, roles ${roles.join(" ")}, expires in ${args.ttl}\n`);
  const token = await signToken({ secret: jwtSecret, subject: args.sub, roles: roles as Role[], ttl: args.ttl, issuer, audience });
  process.stdout.write(`${token}\n`);
}

void main();
