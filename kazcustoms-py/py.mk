# Python layer targets (included by the root Makefile).
test-py: venv
	@echo "(python layer not yet wired)"
run-py: venv
	@echo "(python example not yet wired)"
