#!/usr/bin/env bash
# Reporting a sighting of an indicator the hub shares with the key (its STIX id comes from screening or the feeds).
set -euo pipefail
. "$(dirname "$0")/env.sh"
. ./partner.env

INDICATOR=$(curl -sS --fail-with-body -u "$KEY_ID:$SECRET" \
  "$H/screen?value=0x098b716b8aaf21512996dc57eb0615e2383e2f96" | jq -r '.matches[0].hits[0].indicator')
curl -sS --fail-with-body -u "$KEY_ID:$SECRET" -H "$J" "$H/sightings" -d "{\"indicator\":\"$INDICATOR\",
  \"firstSeen\":\"2026-11-20T08:00:00Z\",\"lastSeen\":\"2026-11-20T09:30:00Z\",\"count\":3,\"note\":\"deposit blocked\"}" \
  | jq -c '{id, indicator, count}'
curl -sS --fail-with-body -u "$KEY_ID:$SECRET" "$H/sightings" | jq '.items | length'
