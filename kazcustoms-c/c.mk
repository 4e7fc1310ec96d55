# C layer targets (included by the root Makefile).
test-c:
	@echo "(C layer not yet wired)"
run-c:
	@echo "(C example not yet wired)"
