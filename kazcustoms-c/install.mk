# make install / make uninstall: the C library as a system package
# (included by kazcustoms-c/c.mk).
#
#   make install PREFIX=/usr/local DESTDIR=
#
# builds the release libkazcustoms and installs, under $(DESTDIR)$(PREFIX):
#
#   include/kazcustoms.h, include/kazcustoms.hpp      (flat: #include "kazcustoms.h"
#                                                      with -I$(PREFIX)/include,
#                                                      as in this repository)
#   lib/libkazcustoms.so.$(C_VERSION)                   SONAME libkazcustoms.so.$(C_MAJOR)
#   lib/libkazcustoms.so.$(C_MAJOR) -> libkazcustoms.so.$(C_VERSION)
#   lib/libkazcustoms.so -> libkazcustoms.so.$(C_MAJOR)  (the link-time name)
#   lib/libkazcustoms.a                                 (debug info and LLVM bitcode stripped)
#   lib/pkgconfig/kazcustoms.pc
#   lib/cmake/kazcustoms/kazcustomsConfig.cmake, kazcustomsConfigVersion.cmake
#                                                      (targets kazcustoms::kazcustoms,
#                                                      kazcustoms::kazcustoms_static)
#
# LIBDIR and INCLUDEDIR may be set (e.g. LIBDIR=/usr/lib/x86_64-linux-gnu);
# they default to $(PREFIX)/lib and $(PREFIX)/include. DESTDIR is the
# staging root of a package build: nothing installed refers to it (the .pc
# file names $(PREFIX); the CMake files find their paths from their own
# place). ELF platforms (Linux, the BSDs) only: the SONAME is set by
# kazcustoms-c/build.rs.
#
# Done by hand rather than with cargo-c (`cargo cinstall`), the well-kept
# tool for this: `cargo install cargo-c` builds cargo itself (419
# packages in its lock file); on this 2-core machine it had compiled 107
# of them after 5 minutes (the newest cargo-c also needs a newer rustc than the
# one here), which every fresh machine running `make test` would pay. The
# steps it would do are few and are all below: the SONAME link argument,
# the versioned file and its two symlinks, the .pc file, and (beyond
# cargo-c, which writes no CMake package) the CMake config.

PREFIX ?= /usr/local
DESTDIR ?=
LIBDIR ?= $(PREFIX)/lib
INCLUDEDIR ?= $(PREFIX)/include
STRIP ?= strip
INSTALL ?= install

# The C library's version is kazcustoms-c's package version (cargo pkgid
# prints ...#0.1.0 or ...#kazcustoms-c@0.1.0); the SONAME's number is its major.
# Each is computed once, and only by the targets that use it (the
# `$(eval ...)` idiom), so other make commands do not run cargo or the compiler.
C_VERSION = $(eval C_VERSION := $$(shell $(CARGO) pkgid -p kazcustoms-c 2>/dev/null | sed -e 's/.*[\#@]//'))$(C_VERSION)
C_MAJOR = $(firstword $(subst ., ,$(C_VERSION)))
C_URL = $(eval C_URL := $$(shell sed -n 's/^repository = "\(.*\)"/\1/p' Cargo.toml | head -n 1))$(C_URL)
C_SIZEOF_VOID_P = $(eval C_SIZEOF_VOID_P := $$(shell $(CC) -dM -E - < /dev/null 2>/dev/null \
	| sed -n 's/^\#define __SIZEOF_POINTER__ //p'))$(C_SIZEOF_VOID_P)
C_SO = libkazcustoms.so.$(C_VERSION)
C_INSTALL_LIB := $(DESTDIR)$(LIBDIR)
C_INSTALL_INC := $(DESTDIR)$(INCLUDEDIR)
C_CMAKE_DIR := $(LIBDIR)/cmake/kazcustoms
# The .pc file writes libdir and includedir from ${prefix} when they are under it.
C_PC_LIBDIR := $(patsubst $(PREFIX)/%,$${prefix}/%,$(LIBDIR))
C_PC_INCLUDEDIR := $(patsubst $(PREFIX)/%,$${prefix}/%,$(INCLUDEDIR))
C_INSTALL_SED = sed -e 's|@PREFIX@|$(PREFIX)|g' -e 's|@PC_LIBDIR@|$(C_PC_LIBDIR)|g' \
	-e 's|@PC_INCLUDEDIR@|$(C_PC_INCLUDEDIR)|g' -e 's|@VERSION@|$(C_VERSION)|g' \
	-e 's|@MAJOR@|$(C_MAJOR)|g' -e 's|@URL@|$(C_URL)|g' -e 's|@SIZEOF_VOID_P@|$(C_SIZEOF_VOID_P)|g' \
	-e "s|@CMAKE_TO_PREFIX@|$$(realpath -m --relative-to=$(C_CMAKE_DIR) $(PREFIX))|g" \
	-e "s|@REL_LIBDIR@|$$(realpath -m --relative-to=$(PREFIX) $(LIBDIR))|g" \
	-e "s|@REL_INCLUDEDIR@|$$(realpath -m --relative-to=$(PREFIX) $(INCLUDEDIR))|g"

.PHONY: install uninstall c-release

c-release:
	$(CARGO) build --release -p kazcustoms-c

install: c-release
	@test -n "$(C_VERSION)" || { echo "install: cannot read the version of kazcustoms-c"; exit 1; }
	@case "$(PREFIX)" in /*) ;; *) echo "install: PREFIX must be an absolute path (got $(PREFIX))"; exit 1;; esac
	@case "$(LIBDIR)/$(INCLUDEDIR)" in $(PREFIX)/*/$(PREFIX)/*) ;; \
	  *) echo "install: LIBDIR and INCLUDEDIR must be under PREFIX"; exit 1;; esac
	$(INSTALL) -d $(C_INSTALL_INC) $(C_INSTALL_LIB)/pkgconfig $(DESTDIR)$(C_CMAKE_DIR)
	$(INSTALL) -m 644 include/kazcustoms.h include/kazcustoms.hpp $(C_INSTALL_INC)/
	$(INSTALL) -m 755 target/release/libkazcustoms.so $(C_INSTALL_LIB)/$(C_SO)
	$(STRIP) --strip-unneeded $(C_INSTALL_LIB)/$(C_SO)
	ln -sfn $(C_SO) $(C_INSTALL_LIB)/libkazcustoms.so.$(C_MAJOR)
	ln -sfn libkazcustoms.so.$(C_MAJOR) $(C_INSTALL_LIB)/libkazcustoms.so
	$(INSTALL) -m 644 target/release/libkazcustoms.a $(C_INSTALL_LIB)/libkazcustoms.a
	$(STRIP) --strip-debug --remove-section=.llvmbc --remove-section=.llvmcmd \
		$(C_INSTALL_LIB)/libkazcustoms.a
	@echo "write $(C_INSTALL_LIB)/pkgconfig/kazcustoms.pc (prefix=$(PREFIX))"
	@$(C_INSTALL_SED) kazcustoms-c/install/kazcustoms.pc.in > $(C_INSTALL_LIB)/pkgconfig/kazcustoms.pc
	@echo "write $(DESTDIR)$(C_CMAKE_DIR)/kazcustomsConfig.cmake, kazcustomsConfigVersion.cmake"
	@$(C_INSTALL_SED) kazcustoms-c/install/kazcustomsConfig.cmake.in \
		> $(DESTDIR)$(C_CMAKE_DIR)/kazcustomsConfig.cmake
	@$(C_INSTALL_SED) kazcustoms-c/install/kazcustomsConfigVersion.cmake.in \
		> $(DESTDIR)$(C_CMAKE_DIR)/kazcustomsConfigVersion.cmake
	@! grep -n '@[A-Z_]*@' $(C_INSTALL_LIB)/pkgconfig/kazcustoms.pc $(DESTDIR)$(C_CMAKE_DIR)/*.cmake \
		|| { echo "install: a template placeholder was not replaced"; exit 1; }
	chmod 644 $(C_INSTALL_LIB)/pkgconfig/kazcustoms.pc $(DESTDIR)$(C_CMAKE_DIR)/*.cmake
	@echo "installed libkazcustoms $(C_VERSION) (SONAME libkazcustoms.so.$(C_MAJOR)) into $(DESTDIR)$(PREFIX):"
	@ls -l $(C_INSTALL_LIB)/libkazcustoms.* | sed 's|^|  |'

uninstall:
	rm -f $(C_INSTALL_INC)/kazcustoms.h $(C_INSTALL_INC)/kazcustoms.hpp \
		$(C_INSTALL_LIB)/libkazcustoms.so $(C_INSTALL_LIB)/libkazcustoms.so.$(C_MAJOR) \
		$(C_INSTALL_LIB)/$(C_SO) $(C_INSTALL_LIB)/libkazcustoms.a \
		$(C_INSTALL_LIB)/pkgconfig/kazcustoms.pc \
		$(DESTDIR)$(C_CMAKE_DIR)/kazcustomsConfig.cmake $(DESTDIR)$(C_CMAKE_DIR)/kazcustomsConfigVersion.cmake
	-rmdir $(DESTDIR)$(C_CMAKE_DIR) 2>/dev/null
