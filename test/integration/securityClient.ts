/**
 * Small helpers for the security suites: tokens for a running test API, and
 * raw HTTP requests whose status and headers the tests read.
 */
import type { Role } from "../../src/server/auth";
import { signToken } from "../../src/server/signToken";
import type { TestApi } from "../helpers/api";

export async function tokenFor(api: TestApi, roles: Role[], opts: { subject?: string; ttl?: string | number } = {}): Promise<string> {
  const { jwtSecret, issuer, audience } = api.config.auth;
  if (!jwtSecret) throw new Error("the test API has no JWT secret");
  return signToken({ secret: jwtSecret, subject: opts.subject ?? "tester", roles, ttl: opts.ttl ?? "10m", issuer, audience });
}

export interface RawResponse {
  status: number;
  headers: Headers;
  text: string;
  /** The parsed body when it is JSON, else undefined. */
  json: { data?: unknown; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> } | undefined;
}

export async function rawRequest(url: string, init: RequestInit): Promise<RawResponse> {
  const res = await fetch(url, init);
  const text = await res.text();
  let json: RawResponse["json"];
  try {
    json = JSON.parse(text) as RawResponse["json"];
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json };
}

/** What a response must never contain, whatever NODE_ENV is. */
export const LEAK = /\bat [\w.<>]+ \(|node_modules|stacktrace|\.ts:\d+|Context creation failed/;
