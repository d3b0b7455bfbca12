#!/usr/bin/env bash
# Checking a delivery before trusting it: TS and SIG are the Hub-Webhook-Timestamp and Hub-Webhook-Signature headers,
# body.json the raw body, SECRET the webhook's secret.
set -euo pipefail

expected="v1=$(printf '%s.%s' "$TS" "$(cat body.json)" | openssl dgst -sha256 -hmac "$SECRET" -hex | sed 's/^.* //')"
[ "$expected" = "$SIG" ] && [ $(( $(date +%s) - TS )) -le 300 ] && echo authentic
