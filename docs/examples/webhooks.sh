#!/usr/bin/env bash
# Registering a webhook. WEBHOOK_URL must be an https address on the public internet; to try it on one machine, start
# the hub with HUB_WEBHOOKS_ALLOW_LOOPBACK=true and use a receiver on http://127.0.0.1:<port>/.
set -euo pipefail
. "$(dirname "$0")/env.sh"
. ./partner.env
: "${WEBHOOK_URL:?set WEBHOOK_URL to your receiver}"

curl -sS --fail-with-body -u "$KEY_ID:$SECRET" -H "$J" "$H/webhooks" -d "{\"url\":\"$WEBHOOK_URL\",
  \"collections\":[\"vasp-indicators\"],\"events\":[\"advisory.published\",\"advisory.amended\",\"advisory.withdrawn\"],
  \"secret\":\"at least 24 characters of your own\"}" | jq -c '{id, url, collections, events}'
curl -sS --fail-with-body -u "$KEY_ID:$SECRET" "$H/webhooks" | jq -r '.items[].url'
