#!/usr/bin/env bash
# The install test (make test-c-install, part of make test-c): installs the
# C library into a temporary prefix with `make install PREFIX=$tmp/prefix`,
# then, outside the repository's Makefile and its flags, builds the C and
# C++ programs of this directory against the installed files
#
#   1. with pkg-config (PKG_CONFIG_PATH=$prefix/lib/pkgconfig):
#      cc app.c $(pkg-config --cflags --libs kazcustoms), the same for
#      app.cpp, run with LD_LIBRARY_PATH=$prefix/lib (pkg-config gives no
#      rpath: the dynamic loader finds libkazcustoms.so.0, the NEEDED name,
#      by that variable as it would in /usr/local/lib after ldconfig);
#   2. with CMake (find_package(kazcustoms 0.1), CMAKE_PREFIX_PATH=$prefix):
#      shared (run by the RUNPATH CMake writes, no LD_LIBRARY_PATH) and
#      static (kazcustoms::kazcustoms_static; no libkazcustoms in NEEDED);
#
# and runs every program. It also checks the SONAME (readelf -d), the
# symlinks, the version in the .pc and CMake files, that find_package
# refuses versions 0.2 and 1.0, and that a staged install
# (DESTDIR=$tmp/stage PREFIX=/usr) lays out the same files with /usr in
# the .pc file and a CMake package found at its staged place.
#
# Environment: MAKE, CC, CXX, CMAKE (default make, cc, c++, cmake),
# PKG_CONFIG (default pkg-config).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../../.." && pwd)
MAKE=${MAKE:-make}
CC=${CC:-cc}
CXX=${CXX:-c++}
CMAKE=${CMAKE:-cmake}
PKG_CONFIG=${PKG_CONFIG:-pkg-config}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/kazcustoms-install.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
prefix=$tmp/prefix
failures=0

step() { printf '== %s\n' "$*"; }
fail() { printf 'FAIL: %s\n' "$*"; failures=$((failures + 1)); }
expect() { # expect WHAT ACTUAL WANTED
    if [ "$2" = "$3" ]; then printf '   ok: %s: %s\n' "$1" "$2"; else fail "$1: got '$2', expected '$3'"; fi
}
soname() { readelf -d "$1" | sed -n 's/.*(SONAME).*\[\(.*\)\]/\1/p'; }
needed() { readelf -d "$1" | sed -n 's/.*(NEEDED).*\[\(libkazcustoms[^]]*\)\]/\1/p'; }
runpath() { readelf -d "$1" | sed -n 's/.*(\(RUNPATH\|RPATH\)).*\[\(.*\)\]/\2/p'; }
run() { # run WHAT COMMAND...: the program's last line must be "ok"
    local what=$1 out
    shift
    if out=$("$@" 2>&1) && [ "$(printf '%s\n' "$out" | tail -n 1)" = ok ]; then
        printf '   ok: %s: %s\n' "$what" "$(printf '%s\n' "$out" | head -n 1)"
    else
        printf '%s\n' "$out"
        fail "$what did not run cleanly"
    fi
}

step "make install PREFIX=$prefix"
"$MAKE" -s -C "$repo" install PREFIX="$prefix" > "$tmp/install.log" 2>&1 || { cat "$tmp/install.log"; exit 1; }
version=$(sed -n 's/^#define KAZCUSTOMS_VERSION_STRING "\(.*\)"/\1/p' "$prefix/include/kazcustoms.h")
major=${version%%.*}
lib=$prefix/lib
expect "installed header version" "$version" "$(sed -n 's/^Version: //p' "$lib/pkgconfig/kazcustoms.pc")"
expect "SONAME of libkazcustoms.so.$version" "$(soname "$lib/libkazcustoms.so.$version")" "libkazcustoms.so.$major"
expect "libkazcustoms.so.$major" "$(readlink "$lib/libkazcustoms.so.$major")" "libkazcustoms.so.$version"
expect "libkazcustoms.so" "$(readlink "$lib/libkazcustoms.so")" "libkazcustoms.so.$major"
for f in include/kazcustoms.hpp lib/libkazcustoms.a lib/cmake/kazcustoms/kazcustomsConfig.cmake \
    lib/cmake/kazcustoms/kazcustomsConfigVersion.cmake; do
    [ -f "$prefix/$f" ] || fail "$f is not installed"
done
if readelf -S "$lib/libkazcustoms.a" 2> /dev/null | grep -q '\.debug_info\|\.llvmbc'; then
    fail "libkazcustoms.a still has debug info or LLVM bitcode"
fi
printf '   sizes: libkazcustoms.a %s bytes, libkazcustoms.so.%s %s bytes\n' \
    "$(stat -c %s "$lib/libkazcustoms.a")" "$version" "$(stat -c %s "$lib/libkazcustoms.so.$version")"

step "pkg-config (PKG_CONFIG_PATH=$lib/pkgconfig)"
export PKG_CONFIG_PATH=$lib/pkgconfig
expect "pkg-config --modversion kazcustoms" "$("$PKG_CONFIG" --modversion kazcustoms)" "$version"
mkdir -p "$tmp/pc"
# shellcheck disable=SC2046 # pkg-config's output is a list of words
"$CC" -std=c89 -pedantic-errors -Wall -Wextra -Werror "$here/app.c" \
    $("$PKG_CONFIG" --cflags --libs kazcustoms) -o "$tmp/pc/app-c"
# shellcheck disable=SC2046
"$CXX" -std=c++17 -pedantic-errors -Wall -Wextra -Werror "$here/app.cpp" \
    $("$PKG_CONFIG" --cflags --libs kazcustoms) -o "$tmp/pc/app-cpp"
for p in app-c app-cpp; do
    expect "NEEDED of $p (pkg-config)" "$(needed "$tmp/pc/$p")" "libkazcustoms.so.$major"
    run "$p (pkg-config, LD_LIBRARY_PATH)" env LD_LIBRARY_PATH="$lib" "$tmp/pc/$p"
done

step "CMake (find_package(kazcustoms 0.1), CMAKE_PREFIX_PATH=$prefix)"
cmake_build() { # cmake_build BUILD_DIR PREFIX [ARGS...]
    local dir=$1 at=$2
    shift 2
    "$CMAKE" -S "$here" -B "$dir" -DCMAKE_PREFIX_PATH="$at" -DCMAKE_C_COMPILER="$CC" \
        -DCMAKE_CXX_COMPILER="$CXX" -DCMAKE_BUILD_TYPE=Release "$@" > "$dir.log" 2>&1
}
if cmake_build "$tmp/cmake" "$prefix" && "$CMAKE" --build "$tmp/cmake" >> "$tmp/cmake.log" 2>&1; then
    for p in app-c app-cpp; do
        expect "NEEDED of $p (CMake)" "$(needed "$tmp/cmake/$p")" "libkazcustoms.so.$major"
        expect "RUNPATH of $p (CMake)" "$(runpath "$tmp/cmake/$p")" "$lib"
        run "$p (CMake, RUNPATH)" env -u LD_LIBRARY_PATH "$tmp/cmake/$p"
    done
    expect "NEEDED of app-c-static (CMake, static)" "$(needed "$tmp/cmake/app-c-static")" ""
    run "app-c-static (CMake, static library)" "$tmp/cmake/app-c-static"
else
    cat "$tmp/cmake.log"
    fail "CMake could not configure or build against the installed package"
fi
for want in 0.2 1.0; do
    if cmake_build "$tmp/cmake-$want" "$prefix" -DKAZCUSTOMS_WANT="$want"; then
        fail "find_package(kazcustoms $want) accepted version $version"
    elif ! grep -q "compatible with requested version \"$want\"" "$tmp/cmake-$want.log"; then
        cat "$tmp/cmake-$want.log"
        fail "find_package(kazcustoms $want) failed, but not on the version"
    else
        printf '   ok: find_package(kazcustoms %s) refuses %s\n' "$want" "$version"
    fi
done

step "make install DESTDIR=$tmp/stage PREFIX=/usr"
"$MAKE" -s -C "$repo" install DESTDIR="$tmp/stage" PREFIX=/usr > "$tmp/stage.log" 2>&1 \
    || { cat "$tmp/stage.log"; exit 1; }
expect "staged files" "$(cd "$tmp/stage/usr" && find . | sort | tr '\n' ' ')" \
    "$(cd "$prefix" && find . | sort | tr '\n' ' ')"
expect "prefix in the staged .pc" "$(sed -n 's/^prefix=//p' "$tmp/stage/usr/lib/pkgconfig/kazcustoms.pc")" "/usr"
if cmake_build "$tmp/cmake-stage" "$tmp/stage/usr"; then
    expect "staged CMake package found at" \
        "$(sed -n 's/^kazcustoms_DIR:PATH=//p' "$tmp/cmake-stage/CMakeCache.txt")" \
        "$tmp/stage/usr/lib/cmake/kazcustoms"
else
    cat "$tmp/cmake-stage.log"
    fail "the staged CMake package is not relocatable"
fi

if [ "$failures" -ne 0 ]; then
    echo "install test: $failures check(s) failed"
    exit 1
fi
echo "install test: the installed library works with pkg-config and CMake, shared and static, C and C++"
