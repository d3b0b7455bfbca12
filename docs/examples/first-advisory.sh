#!/usr/bin/env bash
# A first session: officials of two agencies draft, co-sign and publish a joint advisory.
set -euo pipefail
. "$(dirname "$0")/env.sh"

# Officials of two agencies (the organizations come from advisories/organizations.yaml).
for u in "alice drafter us-fbi" "bob publisher us-fbi" "junho publisher kr-nis"; do set -- $u
  curl -sS --fail-with-body -u "$A" -X PUT -H "$J" "$H/officials/$1" -d "{\"username\":\"$1\",\"displayName\":\"$1\",
    \"password\":\"$1-long-password\",\"roles\":[\"$2\"],\"organizationId\":\"$3\"}" > /dev/null
done
# Alice drafts a joint advisory with the ROK NIS. The hub allocates its id; keep it.
ID=$(curl -sS --fail-with-body -u alice:alice-long-password -H "$J" "$H/advisories" -d '{"title":"Test advisory",
  "summary":"Two wallets and a domain","body":"## Details","tlp":"GREEN","coauthors":["kr-nis"]}' | jq -r .id)
echo "drafted $ID"
# She pastes indicators (kinds and chains are detected, defanged values are accepted) and submits the draft.
curl -sS --fail-with-body -u alice:alice-long-password -H 'Content-Type: text/plain' "$H/advisories/$ID/indicators/bulk" \
  --data-binary $'bc1qp2vvntdedxw4xwtyd4y3gc2t9ufk6pwz2ga4ge\nbsc:0xff29a52a538f1591235656f71135c24019bf82e5\nnpmjscloud[.]com' \
  | jq -c '{added, invalid}'
curl -sS --fail-with-body -u alice:alice-long-password -X POST "$H/advisories/$ID/submit" | jq -r .status
# A publisher of each co-authoring organization signs off; then it is published as revision 1.
curl -sS --fail-with-body -u bob:bob-long-password -X POST "$H/advisories/$ID/approve" > /dev/null
curl -sS --fail-with-body -u junho:junho-long-password -X POST "$H/advisories/$ID/approve" > /dev/null
curl -sS --fail-with-body -u bob:bob-long-password -H "$J" "$H/advisories/$ID/publish" \
  -d '{"changeNote":"Initial publication"}' | jq -c '{id, status, publishedRevision}'
# Search finds it by an indicator typed in any case.
curl -sS --fail-with-body -u "$A" "$H/advisories?indicator=0xFF29A52A538F1591235656F71135C24019BF82E5" | jq -r '.items[].id'
