// Runs against the service at API_URL (the Java test suite starts it and runs this file).
import assert from "node:assert/strict";
import { test } from "node:test";
import { allModelIds, landscapeClient, type Problem } from "./client.js";

const baseUrl = process.env["API_URL"];
if (baseUrl === undefined) {
  throw new Error("API_URL is not set");
}
const client = landscapeClient(baseUrl);

test("a filtered list: text-to-image applications for communities", async () => {
  const { data, error } = await client.GET("/api/v1/applications", {
    params: { query: { category: ["TEXT_TO_IMAGE"], segment: ["COMMUNITY"], facet: ["segment"] } },
  });
  assert.equal(error, undefined);
  assert.ok(data);
  assert.equal(data.totalSize, 6);
  assert.deepEqual(
    data.items.map((a) => a.id),
    ["dahuajia-domo", "daomengshi", "museart", "tiamat", "wanxing-ai-painting", "yijian-ai-painting"],
  );
  const creators = data.facets?.["segment"]?.find((f) => f.value === "CREATORS");
  assert.equal(creators?.count, 5);
});

test("paging to the end finds every model once", async () => {
  const ids = await allModelIds(client, 40);
  assert.equal(ids.length, 232);
  assert.equal(new Set(ids).size, 232);
});

test("a detail: the GPT-4 row states at least 5,250 billion and reports a claim of 100 trillion", async () => {
  const { data, error } = await client.GET("/api/v1/sota-models/{id}", { params: { path: { id: "openai-chatgpt-gpt4" } } });
  assert.equal(error, undefined);
  assert.ok(data);
  const gpt4 = data.models[1];
  assert.ok(gpt4);
  assert.deepEqual(
    gpt4.parameters.map((p) => [p.value, p.qualifier, p.reported]),
    [
      [5250000000000, "AT_LEAST", false],
      [100000000000000, "ESTIMATE", true],
    ],
  );
  assert.deepEqual(data.organizations, ["openai"]);
});

test("an unknown id surfaces as a typed problem", async () => {
  const { data, error, response } = await client.GET("/api/v1/organizations/{id}", { params: { path: { id: "acme" } } });
  assert.equal(data, undefined);
  assert.equal(response.status, 404);
  const problem: Problem | undefined = error;
  assert.equal(problem?.code, "NOT_FOUND");
  assert.equal(problem?.detail, "no organization has the id 'acme'");
});
