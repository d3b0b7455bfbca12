# Settings shared by the examples; every script sources it. To type the commands by hand, source it first:
#   . docs/examples/env.sh
# HUB is the hub's address. ADMIN_PASSWORD is the bootstrap admin's password, written to
# data/bootstrap-admin-password on the first start, or whatever HUB_BOOTSTRAP_ADMIN_PASSWORD was set to.
HUB=${HUB:-http://localhost:8080}
H=$HUB/api/v1
J='Content-Type: application/json'
A="admin:${ADMIN_PASSWORD:-$(cat data/bootstrap-admin-password)}"
