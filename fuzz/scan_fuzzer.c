/*
 * libFuzzer harness for the scanner, in plain C over src/ (no PHP). Built and run by
 * fuzz/run with ASan and UBSan. Checks what every caller relies on: findings lie inside
 * the text, come in order without overlapping, and name a valid case, kind and platform.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../src/scan.h"

typedef struct {
	const char *text;
	size_t len;
	size_t next; /* where the next finding may start */
} check_state;

static int check(void *context, const sockerr_finding *f)
{
	check_state *state = context;

	if (f->offset < state->next || f->offset + f->length > state->len || f->length == 0
			|| f->text != state->text + f->offset || f->kind >= SOCKERR_FOUND_COUNT
			|| f->error >= SOCKERR_CASE_COUNT || f->platform >= SOCKERR_PLATFORM_COUNT
			|| f->family >= SOCKERR_FAMILY_COUNT) {
		abort();
	}
	state->next = f->offset + f->length;
	return 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* the scanner needs a NUL after the text, as a zend_string has */
	char *text = malloc(size + 1);
	check_state state;
	sockerr_verdict verdict;
	int platform;

	if (!text) {
		return 0;
	}
	memcpy(text, data, size);
	text[size] = 0;
	sockerr_init();
	for (platform = -1; platform < SOCKERR_PLATFORM_COUNT; platform += 5) {
		state.text = text;
		state.len = size;
		state.next = 0;
		sockerr_scan(text, size, platform, check, &state);
		if (sockerr_scan_best(text, size, platform, &verdict) && verdict.error >= SOCKERR_CASE_COUNT) {
			abort();
		}
	}
	free(text);
	return 0;
}
