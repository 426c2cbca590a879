#!/usr/bin/env bash
# The migration import from the command line, for the beheerder: takes a token for the system client
# (client credentials) from Keycloak and sends the file to the running app's API. All or nothing: on a
# rejected file it prints every fault with its path in the file and exits 1; nothing was changed.
#   deploy/importeer.sh FILE
# Settings (environment): SD_APP_URL (default http://localhost:8080), SD_KEYCLOAK_REALM_URL (default
# http://localhost:8180/realms/sociaal-dossier), SD_SYSTEEM_CLIENT_ID (default sociaal-dossier-systeem),
# SD_SYSTEEM_CLIENT_SECRET (required, except against the local demo realm, whose secret it then uses).
set -euo pipefail
BESTAND=${1:?usage: deploy/importeer.sh FILE}
[ -r "$BESTAND" ] || { echo "cannot read $BESTAND" >&2; exit 2; }
APP=${SD_APP_URL:-http://localhost:8080}
REALM=${SD_KEYCLOAK_REALM_URL:-http://localhost:8180/realms/sociaal-dossier}
CLIENT=${SD_SYSTEEM_CLIENT_ID:-sociaal-dossier-systeem}
if [ -z "${SD_SYSTEEM_CLIENT_SECRET:-}" ]; then
    case "$REALM" in
        http://localhost:*) SD_SYSTEEM_CLIENT_SECRET=lokaal-systeemgeheim ;; # the demo realm's
        *) echo "set SD_SYSTEEM_CLIENT_SECRET" >&2; exit 2 ;;
    esac
fi
ANTWOORD=$(curl -sS --fail-with-body -d grant_type=client_credentials -d "client_id=$CLIENT" \
    --data-urlencode "client_secret=$SD_SYSTEEM_CLIENT_SECRET" "$REALM/protocol/openid-connect/token") \
    || { echo "no token from $REALM: $ANTWOORD" >&2; exit 2; }
TOKEN=$(printf '%s' "$ANTWOORD" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
[ -n "$TOKEN" ] || { echo "no access token in Keycloak's answer" >&2; exit 2; }
UIT=$(mktemp)
trap 'rm -f "$UIT"' EXIT
STATUS=$(curl -sS -o "$UIT" -w '%{http_code}' -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    --data-binary @"$BESTAND" "$APP/api/v1/import")
cat "$UIT"
echo
case "$STATUS" in
    200) exit 0 ;;
    422) echo "rejected: nothing was changed" >&2; exit 1 ;;
    *) echo "HTTP $STATUS" >&2; exit 2 ;;
esac
