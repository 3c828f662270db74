-- A mix of the API's reads, as frontends and data scientists send them.
local paths = {
  "/api/v1/meta",
  "/api/v1/organizations",
  "/api/v1/organizations?region=CN&capability=CODE&facet=region&facet=kind",
  "/api/v1/organizations/baai",
  "/api/v1/organizations/baidu/models?capability=INDUSTRY",
  "/api/v1/models?pageSize=100&sort=-name",
  "/api/v1/models?q=ernie&facet=organization",
  "/api/v1/models/google-palm",
  "/api/v1/applications?category=TEXT_TO_IMAGE&segment=COMMUNITY&facet=segment",
  "/api/v1/applications?q=%E5%86%99%E4%BD%9C",
  "/api/v1/applications?format=csv",
  "/api/v1/sota-models?minParameters=100000000001&sort=-parameters",
  "/api/v1/takeaways?kind=NEED&sort=row",
  "/api/v1/search?q=%E6%99%BA%E6%BA%90",
  "/api/v1/search?q=diffusion&facet=collection",
  "/api/v1/vocabularies",
  "/api/v1/models?format=ndjson",
  "/api/v1/export",
}
request = function()
  return wrk.format("GET", paths[math.random(#paths)])
end
