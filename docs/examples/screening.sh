#!/usr/bin/env bash
# Screening values against every published indicator the key may see; unreadable values are listed, not fatal.
set -euo pipefail
. "$(dirname "$0")/env.sh"
. ./partner.env

curl -sS --fail-with-body -u "$KEY_ID:$SECRET" -H "$J" "$H/screen" \
  -d '{"values":["0x098B716B8AAF21512996DC57EB0615E2383E2F96","bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh","example[.]com.","not a value"]}' \
  | jq -c '{screened, matched, hits: [.matches[].hits[] | {advisory, kind, chain, active}], unreadable: [.unreadable[].value]}'
