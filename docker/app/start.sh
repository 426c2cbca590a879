#!/bin/sh
# Starts Payara Micro with the WAR from the environment:
#   LOG_FORMAT       json (default) or text
#   CLUSTER_MEMBERS  the data grid's members, host:port,host:port (empty: no data grid)
#   CLUSTER_PORT     this member's data grid port (default 6900)
#   APP_INSTANTIE    this instance's name (also in logs, metrics and health)
# Everything else the app reads itself through MicroProfile Config (DB_URL, OIDC_PROVIDERURI, ...).
set -eu
set -- --deploy /opt/sd/sociaal-dossier.war --contextroot / --port 8080 \
       --postbootcommandfile /opt/sd/payara/post-boot.asadmin
if [ "${LOG_FORMAT:-json}" = json ]; then
    set -- "$@" --logproperties /opt/sd/payara/logging-json.properties
fi
if [ -n "${CLUSTER_MEMBERS:-}" ]; then
    set -- "$@" --name "${APP_INSTANTIE:-sociaal-dossier}" --clustername "${CLUSTER_NAME:-sociaal-dossier}" \
        --clustermode "tcpip:${CLUSTER_MEMBERS}" --startport "${CLUSTER_PORT:-6900}" --nohostaware
    if [ -n "${CLUSTER_PUBLIC_ADDRESS:-}" ]; then
        set -- "$@" --hzpublicaddress "${CLUSTER_PUBLIC_ADDRESS}"
    fi
else
    set -- "$@" --nohazelcast
fi
# shellcheck disable=SC2086
exec java ${JAVA_OPTS:-} -Djava.io.tmpdir=/tmp -jar /opt/sd/payara-micro.jar "$@"
