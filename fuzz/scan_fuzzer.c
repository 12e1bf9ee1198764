/*
 * libFuzzer harness for the scanner, in plain C over src/ (no PHP). Built and run by
 * fuzz/run with ASan and UBSan. Checks what every caller relies on: findings lie inside
 * the text, come in order without overlapping, and name a valid case, kind and platform;
 * and that the SSE2 scan finds exactly what the portable byte-at-a-time one does
 * (sockerr_scan_portable is src/scan.c built with SOCKERR_SCAN_PORTABLE), with every
 * platform's numbers, none, and each platform as the host's that the caller did not name;
 * and that sockerr_scan_case() gives the case sockerr_scan_best() decides.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../src/scan.h"

#define MAX_FINDINGS 8192

typedef struct {
	const char *text;
	size_t len;
	size_t next; /* where the next finding may start */
	size_t count;
	sockerr_finding found[MAX_FINDINGS];
} check_state;

void sockerr_scan_portable(const char *text, size_t len, int platform, sockerr_scan_cb callback, void *context);

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
	if (state->count < MAX_FINDINGS) {
		state->found[state->count++] = *f;
	}
	return 1;
}

static int same(const sockerr_finding *a, const sockerr_finding *b)
{
	return a->offset == b->offset && a->length == b->length && a->kind == b->kind && a->error == b->error
		&& a->rank == b->rank && a->family == b->family && a->platform == b->platform
		&& a->native == b->native && a->curl == b->curl
		&& (a->name && b->name ? strcmp(a->name, b->name) == 0 : a->name == b->name);
}

static check_state fast, portable;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* the scanner needs a NUL after the text, as a zend_string has */
	char *text = malloc(size + 1);
	sockerr_verdict verdict;
	int platform;
	size_t i;

	if (!text) {
		return 0;
	}
	memcpy(text, data, size);
	text[size] = 0;
	sockerr_init();
	/* no platform, each platform named, and each as the host's that the caller did not name */
	for (platform = -1; platform < 2 * SOCKERR_PLATFORM_COUNT; platform++) {
		int as = platform < SOCKERR_PLATFORM_COUNT ? platform : (platform - SOCKERR_PLATFORM_COUNT) | SOCKERR_SCAN_HOST;

		fast.text = portable.text = text;
		fast.len = portable.len = size;
		fast.next = portable.next = fast.count = portable.count = 0;
		sockerr_scan(text, size, as, check, &fast);
		sockerr_scan_portable(text, size, as, check, &portable);
		if (fast.count != portable.count) {
			abort();
		}
		for (i = 0; i < fast.count; i++) {
			if (!same(&fast.found[i], &portable.found[i])) {
				abort();
			}
		}
		sockerr_scan_best(text, size, as, &verdict);
		if (verdict.error >= SOCKERR_CASE_COUNT || sockerr_scan_case(text, size, as) != verdict.error) {
			abort();
		}
	}
	free(text);
	return 0;
}
