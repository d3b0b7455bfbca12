#!/usr/bin/env bash
# Flat feeds for tools that do not speak TAXII: text and CSV, and a 304 while nothing changed.
set -euo pipefail
. "$(dirname "$0")/env.sh"
. ./partner.env

curl -sS --fail-with-body -u "$KEY_ID:$SECRET" -o eth.txt "$HUB/feeds/vasp-indicators/crypto_address.txt?chain=ETH"
echo "$(wc -l < eth.txt) ETH addresses"
curl -sS --fail-with-body -u "$KEY_ID:$SECRET" -D feed-headers.txt -o domains.csv "$HUB/feeds/vasp-indicators/domain.csv"
head -2 domains.csv
ETAG=$(grep -i '^ETag:' feed-headers.txt | cut -d' ' -f2 | tr -d '\r')
curl -sS -o /dev/null -w '%{http_code}\n' -u "$KEY_ID:$SECRET" -H "If-None-Match: $ETAG" \
  "$HUB/feeds/vasp-indicators/domain.csv"
