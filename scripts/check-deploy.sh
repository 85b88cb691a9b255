#!/usr/bin/env bash
# Checks the deployment files as far as a machine without Docker can: nginx -t on deploy/nginx.conf filled in as the
# compose file fills it, compose.yaml parses and has the topology's services, the Dockerfile's final stage runs as a
# non-root user on Node 24 with a health check on /readyz. (The topology test runs the same nginx configuration.)
set -euo pipefail
cd "$(dirname "$0")/.."
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT

GOTONG_API_1=127.0.0.1:3001 GOTONG_API_2=127.0.0.1:3002 GOTONG_PROXY_PORT=127.0.0.1:18080 \
  envsubst '${GOTONG_API_1} ${GOTONG_API_2} ${GOTONG_PROXY_PORT}' <deploy/nginx.conf >"$prefix/gotong.conf"
printf 'pid %s/nginx.pid;\nerror_log %s/error.log;\nevents {}\nhttp {\n  client_body_temp_path %s;\n  proxy_temp_path %s;\n  include %s/gotong.conf;\n}\n' \
  "$prefix" "$prefix" "$prefix" "$prefix" "$prefix" >"$prefix/nginx.conf"
nginx -t -q -p "$prefix" -c "$prefix/nginx.conf"
echo "deploy/nginx.conf: nginx -t ok"

python3 - <<'PY'
import yaml
compose = yaml.safe_load(open("compose.yaml"))
services = compose["services"]
missing = {"postgres", "redis", "api-1", "api-2", "nginx"} - set(services)
assert not missing, f"compose.yaml lacks {missing}"
assert "./deploy/nginx.conf:/etc/nginx/templates/default.conf.template:ro" in services["nginx"]["volumes"], "nginx must use deploy/nginx.conf"
for name in ("api-1", "api-2"):
    assert services[name]["environment"]["REDIS_URL"], f"{name} needs REDIS_URL"
print("compose.yaml: services", ", ".join(sorted(services)))
PY

final_stage=$(awk '/^FROM /{stage=""} {stage=stage $0 "\n"} END{printf "%s", stage}' Dockerfile)
grep -q '^FROM node:24' <<<"$final_stage" || { echo "Dockerfile: the final stage must be on node:24" >&2; exit 1; }
grep -q '^USER node' <<<"$final_stage" || { echo "Dockerfile: the final stage must run as a non-root user" >&2; exit 1; }
grep -q '^HEALTHCHECK .*' <<<"$final_stage" && grep -q '/readyz' <<<"$final_stage" || { echo "Dockerfile: HEALTHCHECK on /readyz" >&2; exit 1; }
grep -q -- '--omit=dev' Dockerfile || { echo "Dockerfile: production dependencies only" >&2; exit 1; }
echo "Dockerfile: node:24, non-root, HEALTHCHECK /readyz, production dependencies only"
