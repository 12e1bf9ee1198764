/*
 * Checks the plain-C tables in src/ without PHP: compiled alone with
 * cc -std=c99 -pedantic -Wall -Wextra -Werror tests/c/table_check.c src/table.c
 * by tests/native/src_standalone.phpt. Prints "ok" and exits 0 when every invariant holds.
 */
#include <stdio.h>
#include <string.h>

#include "../../src/table.h"

static int failures;

#define CHECK(cond, ...) do { if (!(cond)) { printf(__VA_ARGS__); printf("\n"); failures++; } } while (0)

static size_t list_length(const char *const *list)
{
	size_t n = 0;

	while (list[n]) {
		n++;
	}
	return n;
}

int main(void)
{
	const sockerr_knowledge *knowledge;
	size_t count, i, k;
	int c, p;

	sockerr_init();
	for (c = 0; c < SOCKERR_CASE_COUNT; c++) {
		CHECK(sockerr_case_by_value(sockerr_cases[c].value) == c, "%s: value lookup", sockerr_cases[c].name);
		CHECK(c == 0 || sockerr_cases[c - 1].value < sockerr_cases[c].value, "cases.def is not ordered by value at %s", sockerr_cases[c].name);
		for (p = 0; p < SOCKERR_PLATFORM_COUNT; p++) {
			const sockerr_row *row = sockerr_case_row((sockerr_platform) p, c);

			CHECK(!row || row->error == c, "%s on %s stands for %s, which maps elsewhere",
				sockerr_cases[c].name, sockerr_platform_id((sockerr_platform) p), row ? row->name : "");
		}
	}
	for (p = 0; p < SOCKERR_PLATFORM_COUNT; p++) {
		const sockerr_row *rows;

		count = sockerr_platform_rows((sockerr_platform) p, &rows);
		CHECK(count > 0, "%s has no rows", sockerr_platform_id((sockerr_platform) p));
		for (i = 0; i < count; i++) {
			const sockerr_row *found = sockerr_find_code((sockerr_platform) p, (sockerr_kind) rows[i].kind, rows[i].code);
			const sockerr_row *named = sockerr_find_name((sockerr_platform) p, rows[i].name, strlen(rows[i].name));

			CHECK(found && found <= &rows[i], "%s %s: code lookup", sockerr_platform_id((sockerr_platform) p), rows[i].name);
			CHECK(named == &rows[i], "%s %s: listed twice or name lookup fails", sockerr_platform_id((sockerr_platform) p), rows[i].name);
			CHECK(sockerr_row_knowledge((sockerr_platform) p, &rows[i]) != NULL, "%s: no knowledge", rows[i].name);
			CHECK(!rows[i].message || rows[i].message[0], "%s: empty message", rows[i].name);
		}
	}
	count = sockerr_knowledge_rows(&knowledge);
	for (k = 0; k < count; k++) {
		size_t causes = list_length(knowledge[k].causes), hints = list_length(knowledge[k].hints);

		CHECK(knowledge[k].summary[0] != 0, "%s: empty summary", knowledge[k].key);
		CHECK(causes >= 1 && causes <= 6 && hints >= 1 && hints <= 6, "%s: %zu causes, %zu hints", knowledge[k].key, causes, hints);
		CHECK(sockerr_find_knowledge(knowledge[k].key, strlen(knowledge[k].key)) == &knowledge[k], "%s: key listed twice", knowledge[k].key);
	}
	CHECK(sockerr_platform_parse("macOS", 5) == SOCKERR_PLATFORM_DARWIN, "macOS alias");
	CHECK(sockerr_platform_parse("linuxx", 6) == -1, "prefix accepted as a platform");
	CHECK(sockerr_find_native(SOCKERR_PLATFORM_LINUX, -10001)->error == SOCKERR_CASE_HostNotFound, "ext/sockets h_errno encoding");
	CHECK(sockerr_find_native(SOCKERR_PLATFORM_LINUX, -3)->error == SOCKERR_CASE_TryAgain, "glibc EAI_AGAIN");
	printf("%s\n", failures ? "failed" : "ok");
	return failures != 0;
}
