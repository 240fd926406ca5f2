#!/usr/bin/env bash
# CI: makes sure a PostgreSQL server is running with a test database for the store's
# integration tests, installing Debian's server when it is absent. Prints the JDBC URL
# on standard output (everything else goes to standard error):
#   export SITREP_TEST_PG_URL="$(.ci/postgres.sh)"
set -euo pipefail
say() { printf 'postgres.sh: %s\n' "$*" >&2; }
DB=sitrep_test
USER_NAME=sitrep
PASSWORD=sitrep
PORT=${SITREP_TEST_PG_PORT:-5432}
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"

if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  say "installing PostgreSQL from Debian's packages..."
  $SUDO apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq postgresql >&2
fi
VERSION=$(ls /etc/postgresql | sort -n | tail -1)
if ! pg_lsclusters -h | awk -v v="$VERSION" '$1==v && $2=="main" {print $4}' | grep -q online; then
  say "starting PostgreSQL $VERSION..."
  $SUDO pg_ctlcluster "$VERSION" main start >&2
fi
psql_admin() { $SUDO -u postgres psql -v ON_ERROR_STOP=1 -qtA -p "$PORT" "$@"; }
if [ "$(id -u)" -eq 0 ]; then
  psql_admin() { su postgres -c "psql -v ON_ERROR_STOP=1 -qtA -p $PORT $(printf '%q ' "$@")"; }
fi
if [ "$(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname='$USER_NAME'")" != "1" ]; then
  psql_admin -c "CREATE ROLE $USER_NAME LOGIN PASSWORD '$PASSWORD' CREATEDB" >&2
fi
if [ "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname='$DB'")" != "1" ]; then
  psql_admin -c "CREATE DATABASE $DB OWNER $USER_NAME" >&2
fi
say "PostgreSQL $VERSION ready: database $DB, user $USER_NAME"
echo "jdbc:postgresql://localhost:$PORT/$DB?user=$USER_NAME&password=$PASSWORD"
