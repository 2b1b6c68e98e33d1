/**
 * How widgets talk to the API: only persisted documents, by hash, with the
 * header that marks them as widget clients (src/server/persistedDocuments.ts).
 * The endpoint is the origin the widget script was loaded from, so a host
 * page of another origin (in CORS_ORIGINS) needs no configuration.
 */
import { documentIds } from "virtual:persisted-documents";

export type OperationName = keyof typeof documentIds;

/** Read while the classic script runs: afterwards `document.currentScript` is null. */
export const loadingScript = document.currentScript as HTMLScriptElement | null;

const scriptOrigin = loadingScript?.src ? new URL(loadingScript.src).origin : window.location.origin;

/** `/graphql` at the origin the widget script came from, or the element's `api` attribute. */
export function endpointFor(element: Element): string {
  const override = element.getAttribute("api");
  return override ? new URL(override, window.location.href).toString() : `${scriptOrigin}/graphql`;
}

export class ApiError extends Error {
  constructor(message: string, readonly code?: string) {
    super(message);
    this.name = "ApiError";
  }
}

interface GraphQLBody<T> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

/** Runs one persisted operation; resolves its data or throws the first error's message. */
export async function runPersisted<T>(endpoint: string, operationName: OperationName, variables: Record<string, unknown>, signal?: AbortSignal): Promise<T> {
  const res = await fetch(endpoint, {
    method: "POST",
    mode: "cors",
    credentials: "omit",
    signal,
    headers: { "content-type": "application/json", accept: "application/json", "x-beslutsgraf-client": "widget" },
    body: JSON.stringify({
      operationName,
      variables,
      extensions: { persistedQuery: { version: 1, sha256Hash: documentIds[operationName] } },
    }),
  });
  let body: GraphQLBody<T>;
  try {
    body = (await res.json()) as GraphQLBody<T>;
  } catch {
    throw new ApiError(`The API answered ${res.status} without a GraphQL response.`);
  }
  const first = body.errors?.[0];
  if (first) throw new ApiError(first.message, first.extensions?.code);
  if (!body.data) throw new ApiError(`The API answered ${res.status} with no data.`);
  return body.data;
}

/** Today in the viewer's time zone as YYYY-MM-DD (the API's Date). */
export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

export function isIsoDate(value: string | null): value is string {
  return value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value));
}
