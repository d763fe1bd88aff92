#!/usr/bin/env bash
# Loads netadmin's installed bash completion and completes as a person
# pressing TAB would; prints the candidates, one a line, sorted.
#   completion.bash PREFIX WORD...   (the last word is the one being completed)
set -euo pipefail
prefix=$1
shift
export PATH="$prefix/bin:$PATH"
# shellcheck source=/dev/null
source "$prefix/share/bash-completion/completions/netadmin"
complete -p netadmin >/dev/null  # the script registered its function
COMP_WORDS=("$@")
COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
COMP_LINE="$*"
COMP_POINT=${#COMP_LINE}
_netadmin
printf '%s\n' "${COMPREPLY[@]}" | sort
