#!/usr/bin/env bash
# A partner reads its collections over TAXII 2.1 with its key: discovery, collections, all indicators page by page,
# then only what was added since.
set -euo pipefail
. "$(dirname "$0")/env.sh"
. ./partner.env
T='Accept: application/taxii+json;version=2.1'

curl -sS --fail-with-body -u "$KEY_ID:$SECRET" -H "$T" "$HUB/taxii2/" | jq -r '.api_roots[]'
curl -sS --fail-with-body -u "$KEY_ID:$SECRET" -H "$T" "$HUB/taxii2/api/collections/" | jq -r '.collections[].alias'
# -g: curl must not read the brackets of match[type] as a range.
PAGE=$(curl -sS --fail-with-body -g -u "$KEY_ID:$SECRET" -H "$T" -D headers.txt \
  "$HUB/taxii2/api/collections/vasp-indicators/objects/?match[type]=indicator&limit=50")
echo "indicators on the first page: $(jq '.objects | length' <<< "$PAGE")"
while [ "$(jq -r '.more // false' <<< "$PAGE")" = true ]; do
  PAGE=$(curl -sS --fail-with-body -g -u "$KEY_ID:$SECRET" -H "$T" -D headers.txt \
    "$HUB/taxii2/api/collections/vasp-indicators/objects/?match[type]=indicator&limit=50&next=$(jq -r .next <<< "$PAGE")")
  echo "next page: $(jq '.objects | length' <<< "$PAGE")"
done
# Poll for news: what was added after the last object seen.
LAST=$(grep -i '^X-TAXII-Date-Added-Last:' headers.txt | cut -d' ' -f2 | tr -d '\r')
curl -sS --fail-with-body -g -u "$KEY_ID:$SECRET" -H "$T" \
  "$HUB/taxii2/api/collections/vasp-indicators/objects/?added_after=$LAST" | jq '.objects // [] | length'
