# Sourced by the scripts: installs the Debian packages a step needs when they are missing.
# apt-get runs only when something is missing; as a non-root user it goes through sudo.

ONOMA_BUILD_PACKAGES=(cmake make g++ libicu-dev libfmt-dev libboost-test-dev libcli11-dev
                      nlohmann-json3-dev python3)

onoma_install_packages() {
  local missing=()
  local package
  for package in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
      missing+=("$package")
    fi
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=()
  [ "$(id -u)" -ne 0 ] && sudo=(sudo)
  echo "Installing missing packages: ${missing[*]}" >&2
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
}

onoma_jobs() { nproc 2>/dev/null || echo 2; }
