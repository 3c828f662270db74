#!/usr/bin/env bash
# Records the success example of each operation of the OpenAPI document from the real data:
# run the service (./mvnw -Dmaven.test.skip=true package quarkus:run), then this script; it writes
# src/main/resources/openapi-examples/<operationId>.json (and .csv/.ndjson for lists), which the build
# puts into the spec. The requests below are chosen to show each operation well; an operation the
# service serves that has none here (a new collection) is recorded from its first records.
# With --missing, only the operations that have no example yet (a new collection's) and those that
# span every collection (meta, export, vocabularies, search) are recorded; the others are left as they are. Then refresh the committed spec: openapi/update-spec.sh
# Usage: openapi/refresh-examples.sh [base URL] [--missing]
set -euo pipefail
base=http://localhost:8080
missing=false
for arg in "$@"; do
  case "$arg" in
    --missing) missing=true ;;
    *) base=$arg ;;
  esac
done
out="$(dirname "$0")/../src/main/resources/openapi-examples"
mkdir -p "$out"
spans() { [[ "$1" =~ ^(getMeta|exportDataset|getVocabularies|search)$ ]]; }
get() { # operationId path: the JSON example, of whole records: a page keeps its first two records, the export its
  # first record of each collection; a record, its lists and every other response are kept whole
  if $missing && [ -f "$out/$1.json" ] && ! spans "$1"; then return; fi
  curl -sf "$base$2" | python3 -c '
import json, sys
doc = json.load(sys.stdin)
if isinstance(doc.get("items"), list):
    doc["items"] = doc["items"][:2]
elif sys.argv[1] == "exportDataset":
    for key, value in doc.items():
        if isinstance(value, list):
            doc[key] = value[:1]
print(json.dumps(doc, ensure_ascii=False, indent=2))' "$1" > "$out/$1.json"
  echo "$1 <- $2"
}
lines() { # operationId path: the CSV (header and two records) and NDJSON (two lines) examples of a list; a CSV
  # record whose quoted cell spans lines is kept whole
  if $missing && [ -f "$out/$1.csv" ] && ! spans "$1"; then return; fi
  sep=$([[ "$2" == *\?* ]] && echo '&' || echo '?')
  tmp=$(mktemp)
  curl -sf "$base$2${sep}format=csv" -o "$tmp" && python3 -c '
import csv, io, sys
text = open(sys.argv[1], encoding="utf-8", newline="").read()
reader = csv.reader(io.StringIO(text, newline=""))
for _ in zip(range(3), reader):
    pass
sys.stdout.write("".join(io.StringIO(text, newline="").readlines()[: reader.line_num]))' "$tmp" > "$out/$1.csv"
  curl -sf "$base$2${sep}format=ndjson" -o "$tmp" && head -n 2 "$tmp" > "$out/$1.ndjson"
  rm -f "$tmp"
  echo "$1 <- $2 (csv, ndjson)"
}
get getMeta /api/v1/meta
get getVocabularies /api/v1/vocabularies
get listOrganizations '/api/v1/organizations?region=CN&capability=CODE&facet=region&pageSize=2'
get getOrganization /api/v1/organizations/baai
get listOrganizationModels '/api/v1/organizations/baidu/models?capability=TEXT&pageSize=2'
get listModels '/api/v1/models?q=ernie&facet=organization&pageSize=2'
get getModel /api/v1/models/google-palm
get listApplications '/api/v1/applications?category=TEXT_TO_IMAGE&segment=COMMUNITY&facet=segment&pageSize=2'
get getApplication /api/v1/applications/alibaba-luban
get listSotaModels '/api/v1/sota-models?minParameters=100000000000&sort=-parameters&pageSize=2'
get getSotaModel /api/v1/sota-models/openai-chatgpt-gpt4
get listTakeaways '/api/v1/takeaways?kind=NEED&sort=row&pageSize=2'
get getTakeaway /api/v1/takeaways/gap-compute
get listSources '/api/v1/sources?pageSize=2'
get getSource /api/v1/sources/genai-research-report
get search '/api/v1/search?q=%E6%99%BA%E6%BA%90&facet=collection&pageSize=2'
get exportDataset /api/v1/export
lines listOrganizations '/api/v1/organizations?region=CN&capability=CODE'
lines listOrganizationModels '/api/v1/organizations/baidu/models?capability=TEXT'
lines listModels '/api/v1/models?q=ernie'
lines listApplications '/api/v1/applications?category=TEXT_TO_IMAGE&segment=COMMUNITY'
lines listSotaModels '/api/v1/sota-models?minParameters=100000000000&sort=-parameters'
lines listTakeaways '/api/v1/takeaways?kind=NEED&sort=row'
lines listSources /api/v1/sources
lines search '/api/v1/search?q=%E6%99%BA%E6%BA%90'
# every other GET operation of the served spec: a list's first two records, a record by the id of its list's first
curl -sf "$base/q/openapi?format=json" | python3 -c '
import json, sys
recorded = set(sys.argv[1:])
for path, item in json.load(sys.stdin)["paths"].items():
    op = item.get("get", {}).get("operationId")
    if op and op not in recorded:
        print(op, path)' $(grep -oE '^(get|lines) [A-Za-z]+' "$0" | cut -d' ' -f2 | sort -u) |
while read -r op path; do
  if [[ "$path" == */\{id\} ]]; then
    id=$(curl -sf "$base${path%/\{id\}}?pageSize=1" | python3 -c 'import json, sys; print(json.load(sys.stdin)["items"][0]["id"])')
    get "$op" "${path%\{id\}}$id"
  else
    get "$op" "$path?pageSize=2"
    lines "$op" "$path"
  fi
done
