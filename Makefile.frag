# src/scan.c is committed: re2c regenerates it only in the maintainers' build (config.m4), when it
# is present and a source is newer.
$(srcdir)/src/scan.c: $(srcdir)/src/scan.re $(srcdir)/src/scan_rules.re
	@$(RE2C) $(SOCKERR_RE2C_FLAGS) -o $@ $(srcdir)/src/scan.re && chmod 644 $@
