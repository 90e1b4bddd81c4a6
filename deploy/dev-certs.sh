#!/usr/bin/env bash
# Development certificates for wss and security profile 3: a CA, a server certificate for localhost/127.0.0.1/::1 signed
# by it, and one client certificate per station CN given. For a lab or a laptop only: the CA key sits in the folder
# unprotected, so anyone who can read it can mint station certificates.
#
#   deploy/dev-certs.sh [-o DIR] [-k ec|rsa] [-d DAYS] [STATION_CN ...]
#
# Then (see docs/ocpp.md, "Station security"):
#   Tls__CertificatePath=DIR/server.pem Tls__CertificateKeyPath=DIR/server.key Tls__ClientCaCertificatePath=DIR/ca.pem \
#     dotnet run --project src/OcppCsms.Host --urls https://localhost:5001
# Stations trust DIR/ca.pem and present DIR/station-<CN>.pem with DIR/station-<CN>.key.
set -euo pipefail

out=dev-certs
algorithm=ec
days=365
usage() { sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit "${1:-0}"; }
while getopts "o:k:d:h" option; do
  case "$option" in
    o) out=$OPTARG ;;
    k) algorithm=$OPTARG ;;
    d) days=$OPTARG ;;
    h) usage 0 ;;
    *) usage 64 ;;
  esac
done
shift $((OPTIND - 1))
command -v openssl >/dev/null || { echo "dev-certs: openssl is required" >&2; exit 69; }

# OCPP 2.0.1 part 2 A00.FR.502/503: RSA keys of at least 2048 bits, EC keys of at least 224 bits.
case "$algorithm" in
  ec) key_options=(-algorithm EC -pkeyopt ec_paramgen_curve:P-256); key_usage=digitalSignature ;;
  rsa) key_options=(-algorithm RSA -pkeyopt rsa_keygen_bits:3072); key_usage=digitalSignature,keyEncipherment ;;
  *) echo "dev-certs: -k is ec or rsa (got '$algorithm')" >&2; exit 64 ;;
esac

mkdir -p "$out"
umask 077
new_key() { openssl genpkey "${key_options[@]}" -out "$1" 2>/dev/null; }

# Issues $1.pem for subject $2 with the extensions in $3, signed by the CA. No Extended Key Usage: OCPP 2.0.1 A00.FR.514
# recommends against it (ISO 15118 compatibility).
issue() {
  local name=$1 subject=$2 extensions=$3
  new_key "$out/$name.key"
  openssl req -new -key "$out/$name.key" -subj "$subject" -out "$out/$name.csr"
  openssl x509 -req -in "$out/$name.csr" -CA "$out/ca.pem" -CAkey "$out/ca.key" -CAcreateserial -days "$days" -sha256 \
    -extfile <(printf '%s\n' "$extensions") -out "$out/$name.pem" 2>/dev/null
  rm -f "$out/$name.csr"
}

if [ ! -f "$out/ca.pem" ]; then
  new_key "$out/ca.key"
  # A00.FR.509: the organization in O; the CA signs certificates and nothing else.
  openssl req -x509 -new -key "$out/ca.key" -sha256 -days $((days * 2)) -subj "/O=OcppCsms Development/CN=OcppCsms Development CA" \
    -addext "basicConstraints=critical,CA:TRUE,pathlen:0" -addext "keyUsage=critical,keyCertSign,cRLSign" -out "$out/ca.pem"
  echo "dev-certs: created the CA $out/ca.pem"
fi

if [ ! -f "$out/server.pem" ]; then
  issue server "/O=OcppCsms Development/CN=localhost" \
    "basicConstraints=critical,CA:FALSE
keyUsage=critical,$key_usage
subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1"
  echo "dev-certs: created the server certificate $out/server.pem (localhost, 127.0.0.1, ::1)"
fi

for cn in "$@"; do
  # A00.FR.405/511: the CN is the station's serial number (or identity), as the CSMS expects it (certificateCommonName).
  issue "station-$cn" "/O=OcppCsms Development/CN=$cn" \
    "basicConstraints=critical,CA:FALSE
keyUsage=critical,$key_usage"
  echo "dev-certs: created the station certificate $out/station-$cn.pem (CN=$cn)"
done

cat <<INFO

Start the CSMS with TLS and profile 3 enabled:
  Tls__CertificatePath=$out/server.pem Tls__CertificateKeyPath=$out/server.key Tls__ClientCaCertificatePath=$out/ca.pem \\
    dotnet run --project src/OcppCsms.Host --urls https://localhost:5001
INFO
