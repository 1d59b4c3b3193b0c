# tests/fuzz/fuzz.mk: the libFuzzer targets, built by script/fuzz in its
# own directory with Debian's clang, ASan and UBSan (UBSan aborts):
#   make -f SRC/tests/fuzz/fuzz.mk -C BUILD SRC=SRC
# Each target links only the lib/ sources of the parser it feeds, compiled
# here with the same sanitizers and the coverage libFuzzer steers by.

CC = clang
SAN = -fsanitize=address,undefined -fno-sanitize-recover=all \
	-fno-omit-frame-pointer
CFLAGS = -std=c11 -g -O1 -Wall -Wextra -Wno-unused-parameter -Werror $(SAN)
CPPFLAGS = -I$(SRC)/lib -D_DEFAULT_SOURCE

TARGETS = fuzz_req fuzz_cookies fuzz_urlencoded fuzz_multipart fuzz_valid \
	fuzz_conf fuzz_csv fuzz_ics fuzz_ldap_filter
REQ = lib/arena.o lib/req.o lib/valid.o

all: $(TARGETS)

fuzz_req fuzz_cookies fuzz_urlencoded fuzz_multipart: $(REQ)
fuzz_valid: lib/valid.o
fuzz_conf: lib/conf.o
fuzz_csv: lib/csv.o
fuzz_ics: lib/ics.o lib/calendar.o
fuzz_ldap_filter: lib/directory.o lib/valid.o
fuzz_ldap_filter: LIBS = -lldap -llber

$(TARGETS): %: %.o
	$(CC) $(CFLAGS) -fsanitize=fuzzer -o $@ $^ $(LIBS)

%.o: $(SRC)/tests/fuzz/%.c
	$(CC) $(CPPFLAGS) $(CFLAGS) -fsanitize=fuzzer-no-link -MMD -MP -c -o $@ $<

lib/%.o: $(SRC)/lib/%.c
	@mkdir -p lib
	$(CC) $(CPPFLAGS) $(CFLAGS) -fsanitize=fuzzer-no-link -MMD -MP -c -o $@ $<

.PHONY: all
.SECONDARY:
-include *.d lib/*.d
