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

/**
 * What a widget says when a load failed: the API's own message, or, when no
 * answer came at all, the causes a browser does not tell apart (a refused
 * CORS request looks like a network failure to the page).
 */
export function problemText(err: unknown, what: string, endpoint: string): string {
  if (err instanceof ApiError) return `Could not load ${what}: ${err.message}`;
  return `Could not reach the API at ${endpoint}: it is down, the network failed, or it does not let pages from ${window.location.origin} call it (its CORS_ORIGINS).`;
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

/**
 * True for a calendar day as YYYY-MM-DD, the API's Date. Checked here, not by
 * `Date.parse`, which V8 lets roll over ("2025-02-30" parses as 2 March).
 */
export function isIsoDate(value: string | null): value is string {
  const m = value === null ? null : /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // The API's Date takes the years 1000–9999; "0002-04-11" is what a date field holds while a year is typed.
  return year >= 1000 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Where an embedder set a widget's inputs: attributes of the element, or the
 * address of its iframe page (/widgets/org-chart?root=…&asOf=…), which names
 * them differently (`as-of` is `asOf` there).
 */
export type InputSource = "attribute" | "address";

/** An input as the embedder wrote it, so a message points at the right place. */
export function asWritten(source: InputSource, attribute: string, parameter: string, value: string): string {
  return source === "address" ? `${parameter}=${value} in the address` : `${attribute}="${value}"`;
}

/** The message for a date input that is not a calendar day; the widget shows it instead of a chart for some other day. */
export function notADate(source: InputSource, attribute: string, parameter: string, value: string): string {
  return `${asWritten(source, attribute, parameter, value)} is not a date: give a day that exists, in the years 1000–9999, as YYYY-MM-DD (e.g. 2025-04-11).`;
}

/** The message for a missing or empty required input: the widgets have no default organisation or agreement. */
export function notGiven(source: InputSource, what: string, attribute: string, parameter: string, example: string): string {
  return source === "address" ? `No ${what} given: add ${parameter}=${example} to the address.` : `No ${what} given: set the ${attribute} attribute.`;
}
