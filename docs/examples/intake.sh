#!/usr/bin/env bash
# Intake: a received STIX 2.1 bundle checked (dry run), then made a draft; its source is kept.
set -euo pipefail
. "$(dirname "$0")/env.sh"

# A bundle as another agency publishes it (one address of CISA AA23-325A, and a pattern the hub cannot keep).
cat > bundle.json <<'JSON'
{"type": "bundle", "id": "bundle--5d0092c5-5f74-4287-9642-33f4c354e56d", "objects": [
 {"type": "indicator", "spec_version": "2.1", "id": "indicator--1d3d0c0e-2f6b-4d8f-9c7e-1a2b3c4d5e6f",
  "created": "2023-11-21T18:57:25.000Z", "modified": "2023-11-21T18:57:25.000Z", "pattern_type": "stix",
  "pattern": "[ipv4-addr:value = '45.129.137.233']", "valid_from": "2023-11-21T18:57:25Z"},
 {"type": "indicator", "spec_version": "2.1", "id": "indicator--7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d",
  "created": "2023-11-21T18:57:25.000Z", "modified": "2023-11-21T18:57:25.000Z", "pattern_type": "stix",
  "pattern": "[domain-name:value LIKE '%.digital']", "valid_from": "2023-11-21T18:57:25Z"}]}
JSON
# Check it first: what would be taken, what not and why. Nothing is saved.
curl -sS --fail-with-body -u alice:alice-long-password -H 'Content-Type: application/stix+json;version=2.1' \
  --data-binary @bundle.json "$H/advisories/intake?dryRun=true" | jq -c '{added, skipped: [.skipped[].reason]}'
# Then make it a draft, and read where its indicators came from.
ID=$(curl -sS --fail-with-body -u alice:alice-long-password -H 'Content-Type: application/stix+json;version=2.1' \
  --data-binary @bundle.json "$H/advisories/intake" | jq -r .advisory)
curl -sS --fail-with-body -u alice:alice-long-password "$H/advisories/$ID/intakes" | jq -c '.[0].indicators[].objectId'
