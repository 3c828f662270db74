// A typed client of the GenAI Landscape API: paths and schemas generated from openapi/openapi.yaml
// (openapi-typescript into schema.d.ts), requests made by openapi-fetch.
import createClient from "openapi-fetch";
import type { components, paths } from "./schema.js";

export type Organization = components["schemas"]["OrganizationDto"];
export type Application = components["schemas"]["ApplicationDto"];
export type SotaModel = components["schemas"]["SotaModelDto"];
export type Problem = components["schemas"]["Problem"];

export function landscapeClient(baseUrl: string) {
  // JSON and problem+json responses: the lists also offer text/csv and application/x-ndjson
  return createClient<paths, "application/json" | "application/problem+json">({ baseUrl });
}

/** Every model id, walking the pages with nextPageToken. */
export async function allModelIds(client: ReturnType<typeof landscapeClient>, pageSize: number): Promise<string[]> {
  const ids: string[] = [];
  let pageToken: string | undefined;
  do {
    const query = pageToken === undefined ? { pageSize } : { pageSize, pageToken };
    const { data, error } = await client.GET("/api/v1/models", { params: { query } });
    if (error !== undefined || data === undefined) {
      throw new Error(`listing models failed: ${JSON.stringify(error)}`);
    }
    ids.push(...data.items.map((m) => m.id));
    pageToken = data.nextPageToken;
  } while (pageToken !== undefined);
  return ids;
}
