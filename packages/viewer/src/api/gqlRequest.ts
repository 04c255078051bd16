// One GraphQL request over fetch: the data, or an error that says what the service answered.

export class ApiError extends Error {}

interface GqlResponse<T> {
  data?: T | null;
  errors?: { message?: string }[];
}

export async function gqlRequest<T>(
  url: string | URL,
  query: string,
  variables: Record<string, unknown> = {},
  signal?: AbortSignal,
  /** The error to throw (the widget throws its own kind, naming the service's address). */
  fail: (message: string) => Error = (message) => new ApiError(message),
): Promise<T> {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify({ query, variables }),
    signal,
  });
  let body: GqlResponse<T>;
  try {
    body = (await res.json()) as GqlResponse<T>;
  } catch {
    throw fail(`The graph service did not answer with JSON (HTTP ${res.status}).`);
  }
  if (!body.data || body.errors?.length) {
    const msg = body.errors?.map((e) => e.message).join("; ") || `HTTP ${res.status}`;
    throw fail(`The graph service returned an error: ${msg}`);
  }
  return body.data;
}
