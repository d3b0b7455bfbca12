#!/usr/bin/env bash
# An admin registers a partner and issues it an API key. The secret is shown once; it is kept in partner.env.
set -euo pipefail
. "$(dirname "$0")/env.sh"

curl -sS --fail-with-body -u "$A" -X PUT -H "$J" "$H/partners/kr-exchange" \
  -d '{"id":"kr-exchange","name":"Example Exchange","country":"KR","kind":"VASP"}' > /dev/null
# Reads vasp-indicators up to TLP:GREEN; may write to partner-submissions (sightings) and manage webhooks.
KEY=$(curl -sS --fail-with-body -u "$A" -H "$J" "$H/partners/kr-exchange/keys" -d '{"name":"screening",
  "collections":["vasp-indicators","partner-submissions"],"tlpCeiling":"GREEN","canWrite":true,"canSubscribe":true,
  "expiresAt":"2030-12-31T00:00:00Z"}')
echo "KEY_ID=$(jq -r .keyId <<< "$KEY")" > partner.env
echo "SECRET=$(jq -r .secret <<< "$KEY")" >> partner.env
jq -c '{keyId, collections, tlpCeiling}' <<< "$KEY"
